/**
 * The parents' names as kept and read back, tidied and no more (« paul   martin et marie  durand » → « Paul MARTIN et
 * Marie DURAND »): single spaces, each last name in capitals where it can be told from the first name (as the person's is
 * read back), first names with their capital; the order and the words as typed. A name that cannot be told apart keeps
 * its words (with their capital when typed in lower case).
 */
import { splitFullName } from '../src/nlu/fullName';
import { capitalized } from '../src/domain/capitals';

/** Between two parents: « et », « , », « & », « / ». */
const BETWEEN = /(\s*(?:,|&|\/|\bet\b|\band\b)\s*)/iu;

function personAsFiled(name: string): string {
  const both = splitFullName(name);
  if (!both) return name === name.toLocaleLowerCase('fr') ? capitalized(name) : name;
  const first = both.firstName === both.firstName.toLocaleLowerCase('fr') ? capitalized(both.firstName) : both.firstName;
  const last = both.lastName.toLocaleUpperCase('fr');
  // The words in the order typed (« durand marie » stays « DURAND Marie »).
  return name.trim().startsWith(both.lastName) ? `${last} ${first}` : `${first} ${last}`;
}

export function parentsAsFiled(typed: string): string {
  const text = typed.trim().replace(/\s+/g, ' ');
  return text
    .split(BETWEEN)
    .map((part, i) => (i % 2 === 1 ? (/,/.test(part) ? ', ' : ` ${part.trim()} `) : personAsFiled(part)))
    .join('')
    .trim();
}
