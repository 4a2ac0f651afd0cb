/**
 * A postal address as it is kept and read back, tidied and no more (« 12 rue des lilas 78955 carrieres » → « 12 rue des
 * Lilas, 78955 Carrières-sous-Poissy »): single spaces, a comma before the postal code, capitals on the street's and the
 * town's names when they were typed all in lower case, and the commune's full name for its short or slipped name after one
 * of its postal codes. Words typed with capitals are kept as typed; nothing is added or taken away.
 */
import { namesTown, type AddressTown } from './postalAddress';
import { wordCapitals } from './capitals';
import { normalize } from './text';

const lower = (text: string) => text === text.toLocaleLowerCase('fr');

export function addressShown(value: string, known?: AddressTown): string {
  const text = value.trim().replace(/\s+/g, ' ').replace(/\s+,/g, ',');
  const code = /(?<!\d)(\d{5})(?!\d)(?!.*(?<!\d)\d{5}(?!\d))/.exec(text);
  if (!code) return lower(text) ? wordCapitals(text, false) : text;
  const street = text.slice(0, code.index).replace(/[\s,]+$/, '');
  const town = text.slice(code.index + 5).trim();
  // A town before the code (« …, Poissy 78300 »), or none: the words' capitals only, in the order typed.
  if (!/\p{L}/u.test(town)) return lower(text) ? wordCapitals(text, false) : text;
  const ownTown = known && known.postalCodes.includes(code[1] as string) && namesTown(normalize(town), known) ? known.name : undefined;
  const shownTown = ownTown ?? (lower(town) ? wordCapitals(town, true) : town);
  const shownStreet = lower(street) ? wordCapitals(street, false) : street;
  return shownStreet ? `${shownStreet}, ${code[1]} ${shownTown}` : `${code[1]} ${shownTown}`;
}
