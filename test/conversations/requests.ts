/**
 * Démarches without an account: civil-status acts (birth, death), another démarche (the electoral
 * roll: papers brought to the guichet; by SMS no file is asked), and following a request by its
 * reference. Each outcome is the request row (its kind and fields) whose reference the resident was told.
 */
import { toGsm7 } from '../../src/sms/smsText';
import { fr } from '../support/prompts';
import { cross, requested, requestsOf } from './checks';
import type { Conversation, Ctx, Turn } from './runner';

const email = (c: Ctx) => c.resident.email;
const onWebChat = (turn: string) => (c: Ctx) => (c.channel === 'webchat' ? turn : undefined);

const BIRTH_OPENERS = ['je voudrais un acte de naissance', 'acte de naissance svp', 'demande d acte de naisance', "Bonjour, il me faudrait une copie de mon acte de naissance"];
const BIRTH_STYLES: Array<{ style: string; turns: Turn[]; format: string; day: string; parents?: string; relation?: string }> = [
  { style: 'numbers for the choices', turns: ['1', '1', 'Carrieres sous poissy', 'Durand', 'Julie', '14/03/1985', 'Marc Durand et Anne Martin', email, '3 rue verte 78955 carrieres', 'oui'], format: 'full_copy', day: '1985-03-14' },
  { style: 'labels, a date in words', turns: ['copie integrale', "c'est moi", 'Carrières-sous-Poissy', 'DURAND', 'Julie', '14 mars 1985', 'Marc Durand et Anne Martin', email, '3 rue Verte, 78955 Carrières-sous-Poissy', 'ouais'], format: 'full_copy', day: '1985-03-14' },
  { style: 'a word before the place (« ouais carrieres »)', turns: ['1', '1', 'ouais carrieres', 'Durand', 'Julie', '14/03/1985', 'Marc Durand et Anne Martin', email, '3 rue verte 78955 carrieres', 'ok'], format: 'full_copy', day: '1985-03-14' },
  { style: 'an extract without parents', turns: ['extrait sans filiation', 'carrieres', 'Martin', 'Paul', '02/01/1990', email, '12 av de la gare 78955 carrieres sous poissy', 'Paul Martin', "c'est bon"], format: 'extract_without_parents', day: '1990-01-02' },
  { style: 'the e-mail typed at the parents\' question (kept, the parents asked again)', turns: ['1', '1', 'Carrieres sous poissy', 'Durand', 'Julie', '14/03/1985', email, 'Marc Durand et Anne Martin', '3 rue verte 78955 carrieres', 'oui'], format: 'full_copy', day: '1985-03-14', parents: 'Marc Durand et Anne Martin' },
  { style: 'who asks, said where the form is asked (kept, not asked again)', turns: ["c'est pour moi", 'copie integrale', 'Carrieres sous poissy', 'Durand', 'Julie', '14/03/1985', 'Marc Durand et Anne Martin', email, '3 rue verte 78955 carrieres', 'oui'], format: 'full_copy', day: '1985-03-14', relation: 'self' },
  { style: 'hours asked in the middle', turns: ['2', 'moi', 'Carrieres sous poissy', "l'etat civil est ouvert le lundi ?", 'Durand', 'Julie', '14/03/1985', 'Marc Durand et Anne Martin', email, '3 rue verte 78955 carrieres', 'oui'], format: 'extract_with_parents', day: '1985-03-14' },
];

const births: Conversation[] = cross(BIRTH_OPENERS, BIRTH_STYLES).map(([opener, s]) => ({
  task: 'civil-status act',
  name: `« ${opener} », ${s.style}`,
  given: 'guest',
  turns: [opener, ...s.turns],
  outcome: (c) => requested(c, c.resident.email, 'civil_status_act', { kind: 'birth', format: s.format, eventDay: s.day, ...(s.parents ? { parents: s.parents } : {}), ...(s.relation ? { relation: s.relation } : {}) }),
}));

const DEATH_OPENERS = ['acte de deces', 'je voudrais un acte de décès de mon père', 'certificat de deces svp'];
const DEATH_STYLES: Array<{ style: string; turns: Turn[] }> = [
  { style: 'as asked', turns: ['Carrieres sous poissy', 'Martin', 'Paul', '02/01/2020', email, '3 rue verte 78955 carrieres', 'Julie Martin', 'oui'] },
  { style: 'the e-mail in a sentence', turns: ['Carrieres sous poissy', 'Martin', 'Paul', '02/01/2020', (c) => `mon adresse mail c'est ${c.resident.email}`, '3 rue verte 78955 carrieres', 'Julie Martin', 'oui'] },
  { style: 'another commune first, then here', turns: ['Lyon', 'Carrières-sous-Poissy', 'Martin', 'Paul', '2 janvier 2020', email, '3 rue verte 78955 carrieres', 'Julie Martin', 'ouais'] },
];
const deaths: Conversation[] = cross(DEATH_OPENERS, DEATH_STYLES).map(([opener, s]) => ({
  task: 'civil-status act',
  name: `« ${opener} », ${s.style}`,
  given: 'guest',
  turns: [opener, ...s.turns],
  outcome: (c) => requested(c, c.resident.email, 'civil_status_act', { kind: 'death', eventDay: '2020-01-02' }),
}));

/** The resident's phone as the bot keeps it (« 0612345678 »). */
const national = (c: Ctx) => `0${c.resident.phone.slice(3)}`;
/** A surname of this resident's own (« Martin-Bebi » for resident 12; syllables, never a word such as « ca »): the requests without e-mail are told apart by it. */
const SYLLABLES = ['ba', 'be', 'bi', 'bo', 'bu', 'da', 'de', 'di', 'do', 'du'];
const surname = (c: Ctx) => `Martin-${String(c.resident.n).replace(/\d/g, (d) => SYLLABLES[Number(d)] as string).replace(/^./, (x) => x.toUpperCase())}`;
/** One act request made without an e-mail, with this phone (or none), its reference told. */
async function requestedWithoutEmail(c: Ctx, phone: string | null | undefined): Promise<string | undefined> {
  const found = (await requestsOf(c.core, '')).filter((r) => r.data.lastName === surname(c));
  if (found.length !== 1) return `expected one request without e-mail for ${surname(c)}; found ${JSON.stringify(found)}`;
  const r = found[0]!;
  if (r.data.phone !== phone) return `request ${r.reference}: expected the phone ${phone}; its data is ${JSON.stringify(r.data)}`;
  return c.replies.some((t) => t.includes(r.reference)) ? undefined : `the reference ${r.reference} was never told to the resident`;
}
const NO_EMAIL: Array<{ style: string; none: string; phone: Turn; kept: (c: Ctx) => string | undefined; channels?: readonly ('webchat' | 'sms')[] }> = [
  { style: '« je n\'ai pas d\'email », a phone number', none: "je n'ai pas d'email", phone: (c) => national(c).replace(/(\d{2})(?=\d)/g, '$1 '), kept: national },
  { style: '« pas de mail », the number in a sentence', none: 'pas de mail', phone: (c) => `c'est le ${national(c)}`, kept: national },
  { style: '« non j\'en ai pas », no phone either', none: "non j'en ai pas", phone: 'non', kept: () => undefined },
  { style: '« non », by SMS « ce numéro »', none: 'non', phone: 'ce numéro', kept: national, channels: ['sms'] },
];
const withoutEmail: Conversation[] = NO_EMAIL.map((s) => ({
  task: 'civil-status act',
  name: `without an e-mail: ${s.style}`,
  given: 'guest',
  ...(s.channels ? { channels: s.channels } : {}),
  turns: ['acte de deces', 'Carrieres sous poissy', surname, 'Paul', '02/01/2020', s.none, s.phone, '3 rue verte 78955 carrieres', 'Julie Martin', 'oui'],
  outcome: (c) => requestedWithoutEmail(c, s.kept(c)),
}));

/** At the read-back, a wrong e-mail corrected alone; names that are not names asked again; the menu's slips. */
const FIXES: Array<{ style: string; turns: Turn[] }> = [
  { style: 'a wrong e-mail corrected: « 2 », « l\'email »', turns: ['acte de deces', 'Carrieres sous poissy', 'Martin', 'Paul', '02/01/2020', 'faux@example.org', '3 rue verte 78955 carrieres', 'Julie Martin', '2', "l'email", email, 'oui'] },
  { style: 'a wrong e-mail corrected: « non », « le mail »', turns: ['acte de deces', 'Carrieres sous poissy', 'Martin', 'Paul', '02/01/2020', 'faux@example.org', '3 rue verte 78955 carrieres', 'Julie Martin', 'non', 'le mail', email, 'oui'] },
  { style: 'a wrong e-mail corrected in one go', turns: ['acte de deces', 'Carrieres sous poissy', 'Martin', 'Paul', '02/01/2020', 'faux@example.org', '3 rue verte 78955 carrieres', 'Julie Martin', (c) => `non l'email c'est ${c.resident.email}`, 'oui'] },
  { style: '« c quoi deja », « pourquoi ? » at the names', turns: ['acte de deces', 'Carrieres sous poissy', 'c quoi deja', 'Martin', 'pourquoi ?', 'Paul', '02/01/2020', email, '3 rue verte 78955 carrieres', 'Julie Martin', 'oui'] },
  { style: '« letat civil » at the menu', turns: ['letat civil', '3', 'Carrieres sous poissy', 'Martin', 'Paul', '02/01/2020', email, '3 rue verte 78955 carrieres', 'Julie Martin', 'oui'] },
  { style: '« etat-civil » at the menu', turns: ['etat-civil', 'deces', 'Carrieres sous poissy', 'Martin', 'Paul', '02/01/2020', email, '3 rue verte 78955 carrieres', 'Julie Martin', 'oui'] },
];
const fixes: Conversation[] = FIXES.map((s) => ({
  task: 'civil-status act',
  name: s.style,
  given: 'guest',
  turns: s.turns,
  outcome: (c) => requested(c, c.resident.email, 'civil_status_act', { kind: 'death', eventDay: '2020-01-02', lastName: 'Martin', firstName: 'Paul' }),
}));

const ROLL_OPENERS = ['je veux m inscrire sur les listes electorales', 'inscription liste electorale', 'je veux voter ici', 'Démarches sans compte'];
const ROLL_STYLES: Array<{ style: string; turns: Turn[] }> = [
  { style: 'numbers for the choices', turns: ['1', '1', 'Bernard', 'Julie', '03/02/1995', email, '3 rue Verte 78955 Carrières-sous-Poissy', onWebChat('au guichet'), onWebChat('au guichet'), 'oui'] },
  { style: 'words for the choices', turns: ['francaise', "j'y habite", 'Bernard', 'Julie', '3 fevrier 1995', email, '3 rue verte 78955 carrieres', onWebChat('je l apporterai au guichet'), onWebChat('au guichet'), 'oui'] },
];
const roll: Conversation[] = cross(ROLL_OPENERS, ROLL_STYLES).map(([opener, s]) => ({
  task: 'other démarche',
  name: `« ${opener} », ${s.style}`,
  given: 'guest',
  // From the menu of démarches: the electoral roll is chosen by its name.
  turns: [opener, ...(opener === 'Démarches sans compte' ? ['listes electorales'] : []), ...s.turns],
  outcome: (c) => requested(c, c.resident.email, 'electoral_roll', { nationality: 'french', tie: 'lives', birthDay: '1995-02-03' }),
}));

/** The electoral roll without an e-mail (a phone instead, or nothing: the service writes by post), and doubts at its names. */
const ROLL_NO_EMAIL: Array<{ style: string; none: string; phone: Turn; kept: (c: Ctx) => string | null; channels?: readonly ('webchat' | 'sms')[] }> = [
  { style: '« je n\'ai pas d\'email », a phone number', none: "je n'ai pas d'email", phone: (c) => national(c).replace(/(\d{2})(?=\d)/g, '$1 '), kept: national },
  { style: '« pas de mail », the number in a sentence', none: 'pas de mail', phone: (c) => `c'est le ${national(c)}`, kept: national },
  { style: '« non j\'en ai pas », no phone either', none: "non j'en ai pas", phone: 'non', kept: () => null },
  { style: '« non », by SMS « ce numéro »', none: 'non', phone: 'ce numéro', kept: national, channels: ['sms'] },
];
const rollWithoutEmail: Conversation[] = ROLL_NO_EMAIL.map((s) => ({
  task: 'other démarche',
  name: `electoral roll without an e-mail: ${s.style}`,
  given: 'guest',
  ...(s.channels ? { channels: s.channels } : {}),
  turns: ['je veux m inscrire sur les listes electorales', '1', '1', surname, 'Julie', '03/02/1995', s.none, s.phone, '3 rue verte 78955 carrieres', onWebChat('au guichet'), onWebChat('au guichet'), 'oui'],
  outcome: (c) => requestedWithoutEmail(c, s.kept(c)),
}));
const rollNames: Conversation[] = [
  ['c quoi deja', 'pourquoi ?'],
  ['je sais pas', 'c quoi deja'],
].map(([atLast, atFirst]) => ({
  task: 'other démarche',
  name: `electoral roll: « ${atLast} » at the surname, « ${atFirst} » at the first name`,
  given: 'guest',
  turns: ['je veux m inscrire sur les listes electorales', '1', '1', atLast as string, 'Bernard', atFirst as string, 'Julie', '03/02/1995', email, '3 rue verte 78955 carrieres', onWebChat('au guichet'), onWebChat('au guichet'), 'oui'],
  outcome: (c) => requested(c, c.resident.email, 'electoral_roll', { lastName: 'Bernard', firstName: 'Julie', birthDay: '1995-02-03' }),
}));

/** A request made before the conversation (a change of address), followed by its reference. */
async function madeBefore(c: Ctx): Promise<void> {
  const repos = c.core.service.deps.repos;
  const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: c.resident.email, civility: null, firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
  c.data.reference = await c.core.service.requests.submitAddressChange(account, await c.core.service.getCommune('carrieres-sous-poissy'), '8 allée des Lilas 78955 Carrières-sous-Poissy');
}
const ref = (c: Ctx) => String(c.data.reference);
const FOLLOWS: Array<{ name: string; turns: Turn[] }> = [
  { name: '« suivre ma demande », then the reference', turns: ['suivre ma demande', ref, email] },
  { name: 'the reference up front', turns: [(c) => `ou en est ma demande ${ref(c)} ?`, email] },
  { name: 'the reference in lower case', turns: ['je voudrais suivre ma demande', (c) => ref(c).toLowerCase(), email] },
  { name: 'only the number', turns: ['ma demande en est ou ?', (c) => ref(c).slice(-6), email] },
  { name: 'the number without its zeros', turns: ['suivre ma demande', (c) => `la ${Number(ref(c).slice(-6))}`, email] },
  { name: 'the number in a sentence, the e-mail too', turns: ['ou en est ma demande ?', (c) => `c'est la ${ref(c).slice(-6)}`, (c) => `mon mail c'est ${c.resident.email}`] },
  { name: 'the number and the e-mail in one message', turns: ['suivre ma demande', (c) => `${ref(c).slice(-6)}, mon mail est ${c.resident.email}`] },
  { name: '« des nouvelles de ma demande », then the reference', turns: ['des nouvelles de ma demande ?', ref, (c) => `voici mon adresse : ${c.resident.email}`] },
  { name: 'a wrong number first', turns: ['suivre ma demande', 'la 123', ref, email] },
  { name: 'from the démarches menu', turns: ['Démarches sans compte', 'suivre une demande', ref, email] },
  { name: 'asked where the sign-in of another task waits for the e-mail', turns: ['mes factures', 'ou en est ma demande ?', ref, email] },
  { name: 'asked where the sign-in for online invoices waits for the e-mail', turns: ['je veux recevoir mes factures par mail', 'ou en est ma demande', ref, email] },
];
const follow: Conversation[] = FOLLOWS.map((f) => ({
  task: 'follow request',
  name: f.name,
  given: 'guest',
  setup: madeBefore,
  turns: f.turns,
  // The status of that request is told: its reference and its status (submitted).
  outcome: async (c) => {
    const status = fr['request.status.submitted'] ?? '';
    return c.last.text.includes(ref(c)) && c.last.text.includes(c.channel === 'sms' ? toGsm7(status) : status) ? undefined : `the status of ${ref(c)} was not told`;
  },
}));

export const requestConversations: Conversation[] = [...births, ...deaths, ...withoutEmail, ...fixes, ...roll, ...rollWithoutEmail, ...rollNames, ...follow];
