/**
 * Names typed where the place of an act's event is asked (« Haddad Karim », « HADDAD Karim », « Karim Haddad »):
 * a last name and a first name told apart (fullName.ts), never a town. Words that open a town's name
 * (« Saint Denis », « Sainte Marie », « Le Pecq ») and words around a place (« à », « né à ») are not names.
 */
import { splitFullName, type FullName } from './fullName';
import { isKnownFirstName, isLastNameToo } from './firstNames';
import { fold } from './yesNo';

/** Words that open or join a town's name, never a person's (« Saint Louis », « Mont Dore », « Bourg Madame »). */
const TOWN_WORDS = /^(?:st|ste|saint|sainte|saints|mont|pont|port|fort|bourg|val|ville|villa|sur|sous|les|lez|en|a|au|aux|ne|nee|le|la|l|d|de|du|des)$/;

export function namesForPlace(text: string): FullName | undefined {
  const typed = text.trim().replace(/[.!]+$/, '');
  // Letters only (a hyphen or an apostrophe inside a word): no digit, no comma list, no question.
  if (!/^[\p{L}'’-]+(?:\s+[\p{L}'’-]+)+$/u.test(typed)) return undefined;
  if (typed.split(/\s+/).some((word) => TOWN_WORDS.test(fold(word).replace(/['’-].*$/, '')))) return undefined;
  return splitFullName(typed);
}

/** First names that are towns too (« Nancy », « Florence »): typed alone at a place, the town. */
const TOWNS_TOO = new Set(['nancy', 'florence', 'victoria', 'sydney', 'adelaide', 'lorraine', 'france', 'orange', 'vienne', 'valence', 'lourdes', 'monaco', 'dakar', 'alger', 'marseille']);

/** A known first name typed alone where the place is asked (« ROBERT », « Jean »), as typed; never a town that is a first name too (« Nancy »). */
export function nameTypedAlone(text: string): string | undefined {
  const typed = text.trim().replace(/[.!]+$/, '');
  return /^[\p{L}'’-]+$/u.test(typed) && !TOWNS_TOO.has(fold(typed)) && isKnownFirstName(typed) ? typed : undefined;
}

/** A first name typed alone where the place is asked (« Jean », « marie »): the person's first name (firstNames.ts), never a town; not one that is a last name too (« ROBERT »). */
export function firstNameForPlace(text: string): string | undefined {
  const typed = nameTypedAlone(text);
  return typed && !isLastNameToo(typed) ? typed : undefined;
}
