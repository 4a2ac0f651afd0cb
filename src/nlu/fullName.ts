/**
 * A last name and a first name typed together where only the last name is asked (« Haddad Karim »,
 * « HADDAD Karim », « Karim Haddad », « karim BEN SALAH »): which word is which, by the capitals
 * (« NOM Prénom ») or by a first name known (firstNames.ts). Undefined when it cannot be told
 * (« Thomas Robert », « Bernard Thomas »: both first names and last names too; « Da Silva »), one word, or more than a particle and two words: kept as typed.
 */
import { isKnownFirstName, isLastNameToo } from './firstNames';
import { fold } from './yesNo';

export interface FullName {
  lastName: string;
  firstName: string;
}

/** The particle that opens a last name of two words (« Ben Salah », « Da Silva », « Le Goff »). */
const PARTICLE = /^(?:ben|bin|ibn|el|al|abou|abu|da|das|dos|de|del|della|di|du|van|von|le|la|mac|mc|ould|ait|bou)$/;

const inCapitals = (word: string): boolean => word.length > 1 && word === word.toLocaleUpperCase('fr') && word !== word.toLocaleLowerCase('fr');

/** The words of the name: a particle joined to the word after it (« Ben Salah »). */
function nameWords(text: string): string[] {
  const words = text.trim().split(/\s+/);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (next && PARTICLE.test(fold(word)) && words.length > 2) {
      joined.push(`${word} ${next}`);
      i++;
    } else joined.push(word);
  }
  return joined;
}

export function splitFullName(text: string): FullName | undefined {
  const words = nameWords(text.replace(/[.,;]+/g, ' '));
  if (words.length !== 2) return undefined;
  const [a, b] = words as [string, string];
  // « HADDAD Karim », « Karim HADDAD »: the word in capitals is the last name (the other not all in capitals).
  if (inCapitals(a) !== inCapitals(b)) return inCapitals(a) ? { lastName: a, firstName: b } : { lastName: b, firstName: a };
  const firstA = isKnownFirstName(a);
  const firstB = isKnownFirstName(b);
  if (firstA === firstB) return undefined;
  // « bernard thomas »: Thomas is known, but Bernard is a first name too, and each a usual last name: not told apart.
  if (isLastNameToo(a) && isLastNameToo(b)) return undefined;
  return firstB ? { lastName: a, firstName: b } : { lastName: b, firstName: a };
}
