/**
 * The démarches a resident can send without an account, beyond civil-status acts: what each one
 * asks, in which order, and the rules that make a request admissible, said to the resident before
 * the first question. The questions' words are in locales/ under `demarche.<kind>.*`.
 *
 * Sources:
 * - Livret de famille: décret n° 74-449 du 15 mai 1974, art. 15 (a second livret for the holder who
 *   has none, after a loss, theft or destruction, or a divorce or separation; asked of the mairie of
 *   the domicile); art. 13 (the livret is updated by the officer who draws up the new act).
 * - Listes électorales: code électoral, art. L11 (18 years old, domicile or second year on the
 *   commune's tax rolls), L11-2 (young people who were recensés are registered automatically),
 *   L17 (applications until the sixth Friday before the election); loi organique n° 98-404 and
 *   n° 77-729 art. 2-1 (citizens of the European Union: municipal and European elections only).
 * - Recensement citoyen: code du service national, art. L113-1 (from the 16th birthday, at the
 *   mairie of the domicile, by the young person or their legal representative).
 * - Attestation de changement de domicile ou d'hébergement and certificat de vie commune: no law
 *   requires the mairie to deliver them (décret n° 2000-1277 du 26 décembre 2000 replaced
 *   certificates of domicile with a sworn statement); the commune delivers them to people living on
 *   its territory, on proof of identity and address; a certificat de vie commune is signed at the
 *   guichet by both partners, who must be adults.
 */
import { addYears, parisDay } from './parisTime';
import { normalize } from './text';

export const DEMARCHE_KINDS = ['family_booklet', 'electoral_roll', 'address_change', 'cohabitation_certificate', 'citizen_census'] as const;
export type DemarcheKind = (typeof DEMARCHE_KINDS)[number];

/** The paper a file field asks for (stored as the document's kind). */
export type PaperKind = 'piece_identite' | 'justificatif_domicile' | 'attestation_hebergement' | 'livret_famille';

export type FieldInput =
  /** One of the options; an option in `refuse` ends the démarche with its explanation. */
  | { type: 'choice'; options: readonly string[]; refuse?: readonly string[] }
  | { type: 'lastName' | 'firstName' | 'email' | 'address' }
  /** Asked only without an e-mail ('' answered to it): a number to be called on, or null for none. */
  | { type: 'phone' }
  /** Free words (names of parents): 2 to 200 characters. */
  | { type: 'text' }
  /** A place (of birth): words, not a date nor digits alone; 2 to 200 characters. */
  | { type: 'place' }
  /**
   * A postal address that must be in this commune; `registerThere`: one elsewhere is answered with
   * where to apply instead (`demarche.<kind>.bad.addressElsewhere`).
   */
  | { type: 'addressHere'; registerThere?: true }
  /**
   * A day in the past; `adult`: of someone aged 18 or more today; `voter`: 18 by the next election.
   * `latest`: said without its year (« depuis le 1er novembre »), the latest such day (a birthday needs its year).
   */
  | { type: 'day'; rule: 'past' | 'adult' | 'voter'; latest?: true }
  | { type: 'count'; max: number }
  | { type: 'file'; paper: PaperKind };

export type Answers = Record<string, string | number | null | undefined>;

export interface FormField {
  id: string;
  input: FieldInput;
  /** Asked only when this holds for the answers so far. */
  when?: (a: Answers) => boolean;
  /** « aucun » / « non » accepted as no value. */
  optional?: boolean;
}

/**
 * The e-mail serves to follow the request; none is needed to make it, as at a guichet: without one
 * (answered ''), a phone number is asked for the service to call, or none (null), and the resident
 * hears by post at the address given (every form asks one).
 */
const CONTACT: readonly FormField[] = [
  { id: 'email', input: { type: 'email' } },
  { id: 'phone', input: { type: 'phone' }, when: (a) => a.email === '' },
];

const file = (id: string, paper: PaperKind, when?: FormField['when']): FormField => ({ id, input: { type: 'file', paper }, ...(when ? { when } : {}) });

export const DEMARCHE_FORMS: Record<DemarcheKind, readonly FormField[]> = {
  family_booklet: [
    { id: 'reason', input: { type: 'choice', options: ['lost', 'separated', 'update'], refuse: ['update'] } },
    { id: 'holder', input: { type: 'choice', options: ['yes', 'no'], refuse: ['no'] } },
    { id: 'livesHere', input: { type: 'choice', options: ['yes', 'no'], refuse: ['no'] } },
    { id: 'lastName', input: { type: 'lastName' } },
    { id: 'firstName', input: { type: 'firstName' } },
    { id: 'otherParent', input: { type: 'lastName' }, optional: true },
    { id: 'marriageDay', input: { type: 'day', rule: 'past' }, optional: true },
    { id: 'children', input: { type: 'count', max: 20 } },
    ...CONTACT,
    { id: 'address', input: { type: 'addressHere' } },
    file('identity', 'piece_identite'),
  ],
  electoral_roll: [
    { id: 'nationality', input: { type: 'choice', options: ['french', 'european', 'other'], refuse: ['other'] } },
    { id: 'tie', input: { type: 'choice', options: ['lives', 'taxpayer', 'none'], refuse: ['none'] } },
    { id: 'lastName', input: { type: 'lastName' } },
    { id: 'firstName', input: { type: 'firstName' } },
    { id: 'birthDay', input: { type: 'day', rule: 'voter' } },
    ...CONTACT,
    // Living here is the link: the address must be here (code électoral, art. L11). A taxpayer may live elsewhere.
    { id: 'address', input: { type: 'addressHere', registerThere: true }, when: (a) => a.tie === 'lives' },
    { id: 'address', input: { type: 'address' }, when: (a) => a.tie !== 'lives' },
    file('identity', 'piece_identite'),
    file('proof', 'justificatif_domicile'),
  ],
  address_change: [
    { id: 'case', input: { type: 'choice', options: ['moved', 'hosted'] } },
    { id: 'lastName', input: { type: 'lastName' } },
    { id: 'firstName', input: { type: 'firstName' } },
    { id: 'birthDay', input: { type: 'day', rule: 'past' } },
    { id: 'address', input: { type: 'addressHere' } },
    { id: 'since', input: { type: 'day', rule: 'past', latest: true } },
    { id: 'host', input: { type: 'lastName' }, when: (a) => a.case === 'hosted' },
    ...CONTACT,
    file('identity', 'piece_identite'),
    file('proof', 'justificatif_domicile'),
    file('hostLetter', 'attestation_hebergement', (a) => a.case === 'hosted'),
  ],
  cohabitation_certificate: [
    { id: 'lastName', input: { type: 'lastName' } },
    { id: 'firstName', input: { type: 'firstName' } },
    { id: 'birthDay', input: { type: 'day', rule: 'adult' } },
    { id: 'partnerLastName', input: { type: 'lastName' } },
    { id: 'partnerFirstName', input: { type: 'firstName' } },
    { id: 'partnerBirthDay', input: { type: 'day', rule: 'adult' } },
    { id: 'address', input: { type: 'addressHere' } },
    { id: 'since', input: { type: 'day', rule: 'past', latest: true } },
    ...CONTACT,
    file('identity', 'piece_identite'),
    file('partnerIdentity', 'piece_identite'),
    file('proof', 'justificatif_domicile'),
  ],
  // Code du service national, art. L113-1 and R111-3: at the mairie of the domicile, from the
  // 16th birthday (the timing is checked before, in src/domain/census.ts).
  citizen_census: [
    { id: 'lastName', input: { type: 'lastName' } },
    { id: 'firstName', input: { type: 'firstName' } },
    { id: 'birthDay', input: { type: 'day', rule: 'past' } },
    { id: 'birthPlace', input: { type: 'place' } },
    { id: 'parents', input: { type: 'text' } },
    { id: 'address', input: { type: 'addressHere' } },
    ...CONTACT,
    file('identity', 'piece_identite'),
    file('booklet', 'livret_famille'),
    file('proof', 'justificatif_domicile'),
  ],
};

/** The field to ask next, or undefined when every field that applies has its answer. */
export function nextField(kind: DemarcheKind, answers: Answers): FormField | undefined {
  return DEMARCHE_FORMS[kind].find((f) => (!f.when || f.when(answers)) && answers[f.id] === undefined);
}

/** The fields that apply to these answers, in order (for the read-back). */
export const fieldsFor = (kind: DemarcheKind, answers: Answers): FormField[] => DEMARCHE_FORMS[kind].filter((f) => !f.when || f.when(answers));

/** Whole years between a birth day and a day ('YYYY-MM-DD'). */
export function ageOn(birthDay: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDay.slice(0, 4));
  return day.slice(5) >= birthDay.slice(5) ? years : years - 1;
}

/** A typed day checked against its rule: 'ok', or the refusal (future, tooOld, minor). */
export function checkDay(day: string, rule: 'past' | 'adult' | 'voter', today: string): 'ok' | 'future' | 'tooOld' | 'minor' {
  if (day > today) return 'future';
  if (day < '1900-01-01') return 'tooOld';
  if (rule === 'adult' && ageOn(day, today) < 18) return 'minor';
  return 'ok';
}

/** Whether a postal address is in this commune: its name or its postal code appears in it. */
export function isAddressIn(address: string, communeName: string, postalCodes: readonly string[]): boolean {
  const said = ` ${normalize(address)} `;
  return said.includes(` ${normalize(communeName)} `) || postalCodes.some((code) => said.includes(` ${code} `));
}

/**
 * The last day to apply for an election whose first round is on `firstRound` ('YYYY-MM-DD'): the
 * sixth Friday before it (code électoral, art. L17). For a Sunday election, 37 days before.
 */
export function registrationDeadline(firstRound: string): string {
  const day = new Date(`${firstRound}T12:00:00Z`);
  // The Friday strictly before the first round, then five more weeks back.
  const back = ((day.getUTCDay() - 5 + 7) % 7) || 7;
  day.setUTCDate(day.getUTCDate() - back - 35);
  return day.toISOString().slice(0, 10);
}

export type ElectionCheck = { state: 'noneKnown' } | { state: 'inTime'; firstRound: string; deadline: string } | { state: 'tooLate'; firstRound: string; deadline: string };

/** Where an application made now stands against the next known election (first rounds in config). */
export function electionCheck(firstRounds: readonly string[], now: Date): ElectionCheck {
  const today = parisDay(now);
  const next = [...firstRounds].sort().find((d) => d >= today);
  if (!next) return { state: 'noneKnown' };
  const deadline = registrationDeadline(next);
  return { state: today <= deadline ? 'inTime' : 'tooLate', firstRound: next, deadline };
}

/** A typed count (« 2 », « deux », « aucun »), or undefined. */
export function parseCount(typed: string, max: number): number | undefined {
  const words = ['zero', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];
  // The words around the number (« 2 enfants », « il y en a 3 », « j'en ai 2 », « on a 3 enfants », « 1 seul ») say nothing more.
  const said = normalize(typed)
    .replace(/\b(?:enfants?|il y en a|y en a|il y a|on en a|on a|j en ai|j ai|nous en avons|nous avons|en tout|au total|en fait|seule?s?|ils sont|elles sont)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const n = /^\d{1,2}$/.test(said) ? Number(said) : /^(aucun|aucune|pas d|pas de|none)$/.test(said) ? 0 : words.indexOf(said.replace(/^une$/, 'un'));
  return n >= 0 && n <= max ? n : undefined;
}

/** The 18th birthday of someone born on that day ('YYYY-MM-DD'; 29 February → 1 March). */
export const eighteenth = (birthDay: string): string => addYears(birthDay, 18);

/**
 * Whether someone can register to vote now: 18 years old today, or by the first round of the next
 * known election (code électoral, art. L11 and L11-1).
 */
export function oldEnoughToVote(birthDay: string, today: string, nextFirstRound?: string): boolean {
  return eighteenth(birthDay) <= (nextFirstRound && nextFirstRound > today ? nextFirstRound : today);
}
