/**
 * Names typed where the place of an act's event is asked (« Haddad Karim », « HADDAD Karim », « Karim Haddad »):
 * a last name and a first name told apart (fullName.ts), never a town. Words that open a town's name
 * (« Saint Denis », « Sainte Marie », « Le Pecq ») and words around a place (« à », « né à ») are not names.
 */
import { splitFullName, type FullName } from './fullName';
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
