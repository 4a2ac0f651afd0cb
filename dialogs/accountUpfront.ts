/**
 * What the message that starts the sign-up says plainly, so that it is not asked again: the
 * civility and the names after « je suis Monsieur / Madame » (« je suis Monsieur Karim Haddad, »),
 * an e-mail address, a phone number. « je suis » followed by anything else (« je suis nouvelle
 * ici », « je suis Madame la directrice ») is not a name; three words are read only as a first name and a
 * last name with its particle (« Nadia Ben Salah », « Maria Da Silva »); more are left for the questions,
 * which the read-back shows anyway.
 */
import { normalize } from '../src/domain/text';
import { isKnownFirstName, isLastNameToo } from '../src/nlu/firstNames';
import { splitFullName } from '../src/nlu/fullName';
import { check, phoneIn, type Field } from './accountFields';

export type AccountDraft = Partial<Record<Field, string>>;

const WORD = String.raw`\p{L}[\p{L}'’-]*`;
/** What may follow the names without a comma: an e-mail address or a phone number (« je suis Mme Claire Dubois claire@… 06… »). */
const NEXT = String.raw`(?:[\w.+-]+@|\+?\d)`;
/** « je suis Monsieur Karim Haddad », « jsuis Mme Durand », then the end, a punctuation or what starts another clause. */
const INTRODUCED = new RegExp(
  String.raw`(?:^|[\s,.!;])(?:je\s+suis|j['’ ]?\s?suis|jsuis|moi\s+c['’ ]?est|c['’ ]?est|i['’ ]?m|i\s+am|this\s+is|it['’ ]?s)\s+(madame|monsieur|mme|mrs|ms|miss|mr|m\.|mademoiselle|mlle)\.?\s+((?:${WORD})(?:\s+${WORD}){0,3}?)(?=\s*(?:[,.;:!?()]|$)|\s+(?:et|je|j['’]|jveux|mon|ma|mes|pour|qui|voici|svp|merci|and|my|i|please)(?:\s|$)|\s+${NEXT})`,
  'iu',
);
/** « je m'appelle Marie Durand », « je suis Marie Durand », « créer mon compte, Marie Durand »: two words, no civility. */
const NAMED = new RegExp(
  String.raw`(?:(?:^|[\s,.!;])(?:je\s+m['’ ]?\s?appelle|jm['’ ]?\s?appelle|mon\s+nom\s+est|je\s+suis|j['’ ]?\s?suis|jsuis|moi\s+c['’ ]?est)|(?:compte|espace)\s*[,:])\s+(${WORD}\s+${WORD})(?=\s*(?:[,.;:!?()]|$)|\s+(?:et|je|j['’]|mon|ma|mes|pour|qui|voici|svp|merci)(?:\s|$)|\s+${NEXT})`,
  'iu',
);
/** Words that are never a name said after the civility (« Madame la directrice », « Monsieur tout le monde »). */
const NOT_NAMES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'de', 'du', 'des', 'd', 'tout', 'toute', 'bien', 'tres', 'pas', 'nouveau', 'nouvelle', 'perdu', 'perdue', 'parent', 'pere', 'mere', 'maman', 'papa', 'maire', 'directeur', 'directrice', 'inscrit', 'inscrite', 'ici', 'moi', 'merci', 'beaucoup', 'svp', 'stp', 'bonjour', 'bonsoir', 'urgent', 'vite']);

/** The particle that opens a last name of two words (« Ben Salah », « Da Silva », « Van Damme », « Le Goff »). */
const PARTICLE = /^(?:ben|bin|ibn|el|al|abou|abu|da|das|dos|de|del|della|di|du|van|von|le|la|mac|mc|ould|ait|bou)$/;

/** The civility, from the word typed. */
const civilityOf = (word: string): 'madame' | 'monsieur' => (/^(?:madame|mme|mrs|ms|miss|mademoiselle|mlle)$/i.test(word) ? 'madame' : 'monsieur');

/** The names after the civility: one word is the last name; two are first name then last name, unless one is in capitals (« HADDAD Karim ») or a first name known (« durand léa »). */
function namesOf(words: string[]): AccountDraft | undefined {
  // « Nadia Ben Salah »: the first name, then the last name with its particle.
  const [first3, particle, rest3] = words;
  if (words.length === 3 && first3 && particle && rest3 && PARTICLE.test(normalize(particle)) && ![first3, rest3].some((w) => NOT_NAMES.has(normalize(w)))) {
    const last = check('lastName', `${particle} ${rest3}`);
    const first = check('firstName', first3);
    return last && first ? { lastName: last, firstName: first } : undefined;
  }
  if (words.length === 0 || words.length > 2 || words.some((w) => NOT_NAMES.has(normalize(w)))) return undefined;
  // « madame durand léa »: which word is the first name, by the capitals or a first name known (fullName.ts), before the order.
  const split = words.length === 2 ? splitFullName(words.join(' ')) : undefined;
  // « monsieur bernard thomas »: both words first names (and last names too), told apart by no capitals: not guessed; kept as typed,
  // the first name asked next is taken off it (withoutFirstName), as at the last name's question.
  if (words.length === 2 && !split && words.every((w) => (isKnownFirstName(w) || isLastNameToo(w)))) {
    const typed = check('lastName', words.join(' '));
    return typed ? { lastName: typed } : undefined;
  }
  const lastName = words.length === 1 ? words[0] : split?.lastName ?? words.find((w, i) => w.length > 1 && w === w.toLocaleUpperCase('fr') && words[1 - i] !== words[1 - i]?.toLocaleUpperCase('fr')) ?? words[1];
  const firstName = words.length === 2 ? words.find((w) => w !== lastName) : undefined;
  const last = lastName ? check('lastName', lastName) : undefined;
  const first = firstName ? check('firstName', firstName) : undefined;
  if (!last || (firstName && !first)) return undefined;
  return first ? { lastName: last, firstName: first } : { lastName: last };
}

export function readAccountDetails(text: string): AccountDraft {
  const draft: AccountDraft = {};
  const introduced = INTRODUCED.exec(text);
  if (introduced?.[1] && introduced[2]) {
    const names = namesOf(introduced[2].trim().split(/\s+/));
    draft.civility = civilityOf(introduced[1]);
    Object.assign(draft, names ?? {});
  }
  const named = draft.lastName ? undefined : NAMED.exec(text)?.[1];
  if (named) Object.assign(draft, namesOf(named.trim().split(/\s+/)) ?? {});
  const email = check('email', text);
  if (email) draft.email = email;
  const phone = phoneIn(text);
  if (phone) draft.phone = phone;
  return { ...listedDetails(text), ...draft };
}

/**
 * Details listed with commas, as a form is filled in (« Madame Françoise Durand, francoise@…, 06…, 3 rue de Paris 78955
 * Carrières-sous-Poissy »): the part opening with a civility gives the names (as « Mme Sarah Lemoine » at the civility's
 * question), and the part with a postal code (with the street before it, when written apart) a complete address.
 * Each kept only when it passes its question's check; the rest is asked.
 */
function listedDetails(text: string): AccountDraft {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return {};
  const draft: AccountDraft = {};
  const named = parts.findIndex((p) => civilityFirst(p, 'civility')?.lastName !== undefined);
  if (named >= 0) Object.assign(draft, civilityFirst(parts[named] as string, 'civility'));
  const coded = parts.findIndex((p, i) => i !== named && /\b\d{5}\b/.test(p) && !check('email', p) && !phoneIn(p));
  const before = parts[coded - 1];
  const street = coded > 0 && coded - 1 !== named && before && /^\d/.test(before) && !/^\d{1,4}\b/.test(parts[coded] ?? '') && !phoneIn(before) ? `${before}, ` : '';
  const address = coded >= 0 ? check('address', `${street}${parts[coded]}`) : undefined;
  if (address) draft.address = address;
  return draft;
}

/** A civility that opens an answer (« Mme Sarah Lemoine », « M. Durand », « Madame »). */
const CIVILITY_FIRST = /^\s*(mademoiselle|madame|monsieur|mlle|mme|mrs|miss|ms|mr|m)\.?(?:\s+|$)/iu;

/**
 * An answer of the sign-up that opens with a civility (« Mme Sarah Lemoine » at « Quel est votre nom de famille ? »): the
 * civility said (the later word wins over the one chosen before), and the names after it: two or three words are the
 * first and last names as in the first message, one is the name asked (`field`; at the civility's question, the last
 * name). Undefined when the answer opens with no civility, or what follows is no name.
 */
export function civilityFirst(text: string, field: 'civility' | 'lastName' | 'firstName'): AccountDraft | undefined {
  const opening = CIVILITY_FIRST.exec(text);
  if (!opening?.[1]) return undefined;
  const civility = civilityOf(opening[1]);
  const rest = text.slice(opening[0].length).trim().replace(/[.!]+$/, '');
  if (!rest) return field === 'civility' ? undefined : { civility };
  const words = rest.split(/\s+/);
  const names = words.length > 1 ? namesOf(words) : undefined;
  if (names) return { civility, ...names };
  const asked = field === 'civility' ? 'lastName' : field;
  const name = words.length === 1 ? check(asked, rest) : undefined;
  return name ? { civility, [asked]: name } : undefined;
}

/** A name typed as a name: a capital first (« Martine », « DURAND », « Ben »). */
const CAPITALIZED = /^\p{Lu}/u;

/**
 * The names alone, typed where another question was asked (« Martine Durand » at « Madame ou Monsieur ? »): two or three
 * words each written with a capital, read as in the first message; or a first name known alone (« Sophie »). Undefined for
 * anything else (« je sais pas », « Durand »: a name, but which one cannot be told).
 */
export function namesAlone(text: string): AccountDraft | undefined {
  const words = text.trim().replace(/[.!]+$/, '').split(/\s+/);
  // « Sophie » alone: a first name known (never a usual last name too, « Martin »), taken as the first name.
  const word = words[0];
  if (words.length === 1 && word && /^\p{L}[\p{L}'’-]+$/u.test(word) && isKnownFirstName(word) && !isLastNameToo(word)) {
    const firstName = check('firstName', word);
    return firstName ? { firstName } : undefined;
  }
  if (words.length < 2 || words.length > 3 || !words.every((w) => CAPITALIZED.test(w) || PARTICLE.test(normalize(w)))) return undefined;
  return namesOf(words);
}
