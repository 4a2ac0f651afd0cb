/**
 * Details a resident gives in the message that starts a démarche, so that they are not asked
 * again: for a civil-status act, which act (« acte de naissance »), which form (« copie
 * intégrale »), who they are for its person (« de mon cousin », « pour ma fille », « c'est pour
 * moi », « je suis né… ») and where the event took place (« né au Maroc »: abroad); for the
 * livret de famille, why it is asked (« j'ai perdu mon livret »). Only what is said plainly is
 * read: anything unsure is left for the question.
 */
import { COUNTRIES_FR, FOREIGN_CITIES } from '../domain/countries';
import type { ActFormat, ActKind, Relation } from '../domain/civilActs';
import { normalize } from '../domain/text';
import { splitFullName } from './fullName';

export interface ActDetails {
  kind?: ActKind;
  format?: ActFormat;
  relation?: Relation;
  /** The event took place abroad (a country named, or « à l'étranger »). */
  abroad?: boolean;
  /** The words after « né à », « marié à », « décédé à »: a place, to compare with the commune. */
  place?: string;
  /** The words of the event's day (« né le 3 mars 2015 »), to read as a past day. */
  eventDay?: string;
  /** The event's year said alone (« on s'est mariés en 2012 », « née en 1988 »): the year of a day said later without one. */
  eventYear?: number;
  /** The person of the act named after who they are (« ma fille Léa Durand »): first name, then name. */
  person?: { firstName: string; lastName: string };
  /** The resident's own names (« je m'appelle Karim Haddad », « moi c'est HADDAD Karim »): the person's for one's own act. */
  ownName?: { firstName: string; lastName: string };
  /** Not a copy of an act but the event to declare (made in person at a mairie, never here). */
  declaration?: 'birth' | 'death' | 'recognition';
}

/** « déclarer une naissance », « déclaration de décès », « reconnaissance anticipée », « reconnaître mon enfant ». */
const DECLARATIONS: Array<['birth' | 'death' | 'recognition', RegExp]> = [
  ['recognition', /\b(?:reconnaissance (?:anticipee|prenatale|d un enfant|de (?:mon|notre|l) (?:enfant|bebe)|de paternite|de maternite)|reconnaitre (?:mon|notre|un|l|le|la) (?:enfant|bebe|fils|fille)|declar\w* (?:une |la )?reconnaissance)\b/],
  ['birth', /\b(?:declar\w* (?:une |la |sa |de la |d une )?naissance|declaration (?:de |d )?(?:la |une )?naissance|declarer (?:mon|notre|le|la) (?:bebe|enfant|nouveau ne|fils|fille))\b/],
  ['death', /\b(?:declar\w* (?:un |le |du )?deces|declaration (?:de |du )?deces)\b/],
];

/** The act's own word first (« naissance »), then what tells it (« je suis né à… »): « ne le » may be « je ne le trouve plus ». */
const KINDS: Array<[ActKind, RegExp]> = [
  // With the usual slips: « naisance », « naissence », « mariag », « marriage », « décé ».
  ['birth', /\bn(?:ai|e)s+[ae]n[cs]+e?s?\b/],
  ['marriage', /\bmar+iage?s?\b/],
  ['death', /\b(?:deces|dece|decedee?)\b/],
  ['birth', /\b(?:(?:suis|est|sont) nee?s?|nee?s? (?:a|au|aux|en))\b/],
  ['marriage', /\b(?:(?:nous nous sommes|on s est|je me suis|se sont) mariee?s?)\b/],
  ['death', /\b(?:mort|morte)\b/],
  // In English: « birth certificate », « a copy of my marriage certificate », « death record ».
  ['birth', /\bbirth (?:certificat\w*|records?)\b|\bcertificat\w* of birth\b/],
  ['death', /\bdeath (?:certificat\w*|records?)\b|\bcertificat\w* of death\b/],
  ['marriage', /\bwedding (?:certificat\w*|records?)\b/],
];
const FORMATS: Array<[ActFormat, RegExp]> = [
  ['extract_with_parents', /\b(?:avec (?:la )?filiation|extrait avec|extract with (?:the )?(?:parentage|parents))\b/],
  ['extract_without_parents', /\b(?:sans (?:la )?filiation|extrait sans|extract without (?:the )?(?:parentage|parents))\b/],
  // In English: « a full copy of my birth certificate », « copy full », « the complete copy ».
  ['full_copy', /\b(?:copie integrale?|integrale|copie complete|(?:full|complete) copy|copy (?:in )?full)\b/],
];

/** Whose act it is, said as « de / pour mon … »: who the resident is for that person. */
const PEOPLE: Array<[Relation, string]> = [
  ['ascendant', 'fils|fille|filles|enfant|enfants|petit fils|petite fille|bebe|son|daughter|child|children|baby|grandson|granddaughter'],
  ['descendant', 'pere|mere|papa|maman|parents|grand pere|grand mere|father|mother|dad|mum|mom|grandfather|grandmother|grandma|grandpa'],
  ['spouse', 'mari|femme|epoux|epouse|conjoint|conjointe|compagne|compagnon|husband|wife|spouse'],
  ['other', 'cousin|cousine|frere|soeur|oncle|tante|neveu|niece|ami|amie|voisin|voisine|beau pere|belle mere|beau frere|belle soeur|brother|sister|uncle|aunt|nephew|friend|neighbour|neighbor'],
];
const SELF = /\b(?:(?:c est|cest) (?:pour|pr) moi|(?:c est|cest) (?:le mien|la mienne|moi|moi meme)|(?:pour|pr) moi meme|(?:pour|pr) moi|mon propre acte|mon acte|je suis nee?|ma naissance|mon mariage|je me suis mariee?|on s est mariee?s?|nous nous sommes mariee?s?|c moi(?: meme)?|(?:it s|its|it is|that s|thats|that is) (?:me|mine|for me)|(?:for )?myself|for me|my own (?:birth|marriage)|my (?:birth|marriage) (?:certificat\w*|records?)|i was born|i got married)\b/;
const REPRESENTATIVE = /\b(?:je suis (?:son |sa |le |la )?(?:tuteur|tutrice|curateur|curatrice|representant legal|representante legale)|en tant que (?:tuteur|tutrice|representant legal|representante legale))\b/;

/** Countries people name for an event abroad (French names, accents removed), and big cities abroad (« à Bruxelles »). */
export const COUNTRIES = ['etranger', ...COUNTRIES_FR, ...FOREIGN_CITIES];
/** A day said between the event and its place: « né le 3 mars 2015 à Poissy ». */
const DAY = '(?:\\d{1,2}|1er|premier) (?:[a-z]+|\\d{1,2})(?: \\d{4})?';
/** The day or the year said between the event and its place: « né le 3 mars 2015 à Poissy », « né en 2015 à Poissy », « née en 1988 au Maroc ». */
const WHEN_BETWEEN = `(?: (?:le|on) ${DAY}| (?:en|in) (?:19|20)\\d{2})?`;
const ABROAD = new RegExp(`\\b(?:nee?s?|mariee?s?|decedee?s?|naissance|mariage|deces)${WHEN_BETWEEN} (?:a l |au |aux |en |a )(?:${COUNTRIES.join('|')})\\b`);
const PLACE = new RegExp(`\\b(?:nee?s?|mariee?s?|decedee?s?|naissance|mariage|deces|born|married|died|passed away)${WHEN_BETWEEN}(?: (?:last|this) (?:month|year|week)| le mois dernier| l an dernier)? (?:(?:a|au|in|at) ((?:[a-z]+ ?){1,5})|(ici|here)\\b)`);
/** « né le 3 mars 2015 », « mariés le 12/06/2010 à Poissy », « décédée à Poissy le 2 janvier 2024 », « né ici le 3 mars 2015 ». */
/** « mariés à Carrières en 2012 », « née en 1988 », « décédé en 2024 »: the event's verb, then its year alone within a few words. */
const EVENT_YEAR = /\b(?:nee?s?|mariee?s?|marie|decedee?s?|mort|morte|born|married|died)\b(?: [a-z]+){0,6}? (?:en|in) ((?:19|20)\d{2})\b/;
const EVENT_DAY = new RegExp(`\\b(?:nee?s?|mariee?s?|decedee?s?|born|married|died)(?: (?:a|au|in|at)(?: [a-z]+){1,5}?| ici| here)? (?:le|on) (${DAY})`);
/** Words that end a place's name in a sentence (« né à Poissy le 3 mars »). */
const AFTER_PLACE = new Set(['le', 'en', 'et', 'pour', 'mais', 'il', 'elle', 'je', 'j', 'dans', 'depuis', 'svp', 'merci', 'de', 'du', 'son', 'sa', 'mon', 'ma', 'on', 'in', 'and', 'for', 'but', 'he', 'she', 'i', 'since', 'please', 'thanks', 'last', 'my', 'his', 'her']);

export function readActDetails(text: string): ActDetails {
  const said = normalize(text);
  const details: ActDetails = {};
  const kind = KINDS.find(([, words]) => words.test(said))?.[0];
  if (kind) details.kind = kind;
  const format = FORMATS.find(([, words]) => words.test(said))?.[0];
  if (format) details.format = format;
  const relation = relationIn(said);
  if (relation) details.relation = relation;
  const declaration = DECLARATIONS.find(([, words]) => words.test(said))?.[0];
  if (declaration) details.declaration = declaration;
  const day = EVENT_DAY.exec(said)?.[1];
  if (day) details.eventDay = day;
  const year = day ? undefined : EVENT_YEAR.exec(said)?.[1];
  if (year) details.eventYear = Number(year);
  const person = personIn(text);
  if (person) details.person = person;
  const own = ownNameIn(text);
  if (own) details.ownName = own;
  if (ABROAD.test(said)) details.abroad = true;
  else {
    const place = placeIn(placeMatch(said));
    if (place) details.place = place;
  }
  return details;
}

/** Pronouns after « naissance à », « acte de naissance à moi »: whose act it is, never its place. */
const PRONOUNS = new Set(['moi', 'toi', 'lui', 'elle', 'nous', 'vous', 'eux', 'elles', 'me', 'him', 'her', 'us', 'them']);

/** The first match of PLACE whose words are a place (« mon acte de naissance à moi, je suis né à Poissy » → « Poissy »). */
function placeMatch(said: string): RegExpExecArray | null {
  const every = new RegExp(PLACE.source, 'g');
  for (let match = every.exec(said); match; match = every.exec(said)) {
    const first = (match[1] ?? match[2])?.trim().split(' ')[0] ?? '';
    if (!PRONOUNS.has(first)) return match;
    // The next match may begin inside this one (« naissance à moi je suis né à … »): searched from after the pronoun.
    every.lastIndex = match.index + match[0].length - (match[1] ?? '').length + first.length;
  }
  return null;
}

/** The place's words in a match of PLACE, up to what ends it (« poissy le 3 mars » → « poissy »). */
function placeIn(match: RegExpExecArray | null): string {
  const words = (match?.[1] ?? match?.[2])?.trim().split(' ') ?? [];
  const end = words.findIndex((w, i) => i > 0 && AFTER_PLACE.has(w));
  return (end > 0 ? words.slice(0, end) : words).join(' ');
}

/**
 * The message (normalized) without the place of an act's event (« acte de naissance, je suis né à Poissy » →
 * « acte de naissance, je suis ne a »): that place is the act's, never the commune the resident lives in.
 */
export function withoutEventPlace(text: string): string {
  const said = normalize(text);
  const match = placeMatch(said);
  const place = placeIn(match);
  if (!match || !place) return said;
  const start = match.index + match[0].length - (match[1] ?? match[2] ?? '').length;
  return `${said.slice(0, start)}${said.slice(start + place.length)}`.replace(/\s+/g, ' ').trim();
}

/** The words of a person's relation to the resident, as typed (accents optional). */
const RELATIVES = 'fille|fils|enfant|b[ée]b[ée]|p[èe]re|m[èe]re|papa|maman|mari|femme|[ée]poux|[ée]pouse|conjointe?|compagne|compagnon|cousine?|fr[èe]re|s(?:œ|oe)ur|oncle|tante|neveu|ni[èe]ce|grand[- ]p[èe]re|grand[- ]m[èe]re';
/**
 * « ma fille Léa Durand née… », « pour mon père Jean Martin, », « mon fils, Tom Durand, né… », « ma fille qui s'appelle Léa Durand » :
 * two words after the relative (and its « qui s'appelle », « nommée »), then the end, a comma, « né » or « qui est né ».
 */
const CALLED = `(?:,\\s*)?(?:(?:qui\\s+s['’ ]?appelle|nomm[ée]e?|pr[ée]nomm[ée]e?|appel[ée]e?)\\s+)?`;
const NAMED = new RegExp(`(?:^|[\\s,(])(?:mon|ma)\\s+(?:${RELATIVES})\\s*${CALLED}\\s*(\\p{L}[\\p{L}'’-]+)\\s+(\\p{L}[\\p{L}'’-]+)(?=\\s*(?:[,.;:)]|$)|\\s+(?:qui|elle|il|n[ée]e?s?|mari[ée]e?s?|d[ée]c[ée]d[ée]e?s?)(?!\\p{L}))`, 'iu');
/** Words that are never a name here (« ma fille est née », « mon père a été »). */
const NOT_NAMES = new Set(['est', 'a', 'qui', 'de', 'du', 'des', 'le', 'la', 'les', 'et', 'en', 'au', 'aux', 'pour', 'svp', 'merci', 'ne', 'nee', 'marie', 'mariee', 'decede', 'decedee', 'aussi', 'etait', 'sont', 'avec', 'sans', 'acte', 'extrait', 'copie', 'naissance', 'mariage', 'deces', 'moi', 'elle', 'il']);

/** « Marie » with its capital and no accent is the first name, never « mariée » (« ma mère Marie Moreau »). */
const notAName = (word: string): boolean => NOT_NAMES.has(normalize(word)) && !(word === 'Marie' || word === 'MARIE');

function personIn(text: string): { firstName: string; lastName: string } | undefined {
  const match = NAMED.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  if ([match[1], match[2]].some(notAName)) return undefined;
  return { firstName: match[1], lastName: match[2] };
}

/** « je m'appelle Karim Haddad, », « moi c'est HADDAD Karim né… »: two words, then the end, a comma or what starts another clause. */
const SELF_NAMED = new RegExp(`(?:^|[\\s,(])(?:je\\s+m['’ ]?\\s?appelle|jm['’ ]?\\s?appelle|moi\\s+c['’ ]?\\s?est|mon\\s+nom\\s+(?:est|c['’ ]?\\s?est))\\s+(\\p{L}[\\p{L}'’-]+)\\s+(\\p{L}[\\p{L}'’-]+)(?=\\s*(?:[,.;:)]|$)|\\s+(?:et|je|j['’]|n[ée]e?|pour|svp|merci)(?!\\p{L}))`, 'iu');

/** The names after « je m'appelle »: which is which told by the capitals or a first name known (fullName.ts), else first name first. */
function ownNameIn(text: string): { firstName: string; lastName: string } | undefined {
  const match = SELF_NAMED.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  if ([match[1], match[2]].some((w) => NOT_NAMES.has(normalize(w)))) return undefined;
  return splitFullName(`${match[1]} ${match[2]}`) ?? { firstName: match[1], lastName: match[2] };
}

function relationIn(said: string): Relation | undefined {
  if (REPRESENTATIVE.test(said)) return 'legal_representative';
  for (const [relation, people] of PEOPLE) {
    if (new RegExp(`\\b(?:(?:de |d |pour |pr )?(?:mon|ma|mes|notre|nos)|my|our) (?:${people})\\b`).test(said)) return relation;
  }
  return SELF.test(said) ? 'self' : undefined;
}

/** The words of a place, longest first (« carrieres sous poissy le » → …, « carrieres sous poissy », …). */
export const placePrefixes = (place: string): string[] => {
  const words = place.split(' ');
  return words.map((_, i) => words.slice(0, words.length - i).join(' '));
};

/**
 * Why a livret de famille is asked, when the opening message says it: lost (or stolen, destroyed), or a separation.
 * `asked`: at the reason's question, an update (« pour ajouter mon bébé ») too, which that question explains.
 */
export function readBookletReason(text: string, asked = false): 'lost' | 'separated' | 'update' | undefined {
  const said = normalize(text);
  if (/\b(?:perdu|perdue|perte|vol|vole|volee|egare|egaree|detruit|detruite|destruction|brule|brulee|abime|abimee|introuvable|je ne (?:le )?trouve plus|je n ai plus (?:de |mon |notre )?livret|lost|stolen|destroyed)\b/.test(said)) return 'lost';
  if (/\b(?:divorce|divorcee|divorces|divorcer|separation|separe|separee|separes|divorced|separated|mon ex|ma ex|mon ancien(?:ne)? (?:mari|femme|conjoint|conjointe|epoux|epouse|compagnon|compagne))\b/.test(said)) return 'separated';
  if (asked && /\b(?:ajout\w*|rajout\w*|mettre a jour|mise a jour|maj|actualiser|completer|bebe|nouveau ne|nouvel enfant|second enfant|deuxieme enfant|add|update)\b/.test(said)) return 'update';
  return undefined;
}

/** « on est marié », « nous sommes mariés », « on vient de se marier »: a situation, not a reason for a second livret. */
export const saysMarried = (text: string): boolean => /\b(?:marie|mariee|maries|mariees|married|mariage|se marier)\b/.test(normalize(text)) && !readBookletReason(text, true);

/**
 * The situation asked for an attestation de domicile, said in words at its question: hosted (« je vis chez ma mère »,
 * « hébergée chez une amie ») or moved in (« j'ai déménagé ici », « nouvelle adresse »).
 */
export function readAddressCase(text: string): 'moved' | 'hosted' | undefined {
  const said = normalize(text);
  if (/\b(?:chez (?:ma|mon|mes|des|un|une|quelqu un|moi parent|mes parents|ma famille)|heberg\w*|hosted|staying with|living with|i live with)\b/.test(said)) return 'hosted';
  if (/\b(?:emmenag\w*|demenag\w*|nouvelle adresse|nouveau logement|je viens d arriver|arrivee? recemment|moved|new address)\b/.test(said)) return 'moved';
  return undefined;
}
