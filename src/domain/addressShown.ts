/**
 * A postal address as it is kept and read back, tidied and no more (« 12 rue des lilas 78955 carrieres » → « 12 rue des
 * Lilas, 78955 Carrières-sous-Poissy »): single spaces, a comma before the postal code, capitals on the street's and the
 * town's names when they were typed all in lower case, and the commune's full name for its short or slipped name after one
 * of its postal codes. Words typed with capitals are kept as typed; nothing is added or taken away.
 */
import { isStreetType, namesTown, type AddressTown } from './postalAddress';
import { normalize } from './text';

/** Words that stay in lower case inside a name (« rue des Lilas », « Saint-Germain-en-Laye »), and a number's « bis ». */
const LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'et', 'en', 'sur', 'sous', 'les', 'bis', 'ter', 'quater']);

const lower = (text: string) => text === text.toLocaleLowerCase('fr');

/** Each word of a name with its capital, but the links and the street's kind (`first`: the first word too). */
function capitals(text: string, first: boolean): string {
  let start = first;
  return text
    .split(/([\s'’-]+)/)
    .map((part) => {
      if (!/\p{L}/u.test(part) || /^\d/.test(part)) return part;
      const folded = normalize(part);
      const keep = (!start && LINKS.has(folded)) || isStreetType(folded);
      start = false;
      return keep ? part : part.charAt(0).toLocaleUpperCase('fr') + part.slice(1);
    })
    .join('');
}

export function addressShown(value: string, known?: AddressTown): string {
  const text = value.trim().replace(/\s+/g, ' ').replace(/\s+,/g, ',');
  const code = /(?<!\d)(\d{5})(?!\d)(?!.*(?<!\d)\d{5}(?!\d))/.exec(text);
  if (!code) return lower(text) ? capitals(text, false) : text;
  const street = text.slice(0, code.index).replace(/[\s,]+$/, '');
  const town = text.slice(code.index + 5).trim();
  // A town before the code (« …, Poissy 78300 »), or none: the words' capitals only, in the order typed.
  if (!/\p{L}/u.test(town)) return lower(text) ? capitals(text, false) : text;
  const ownTown = known && known.postalCodes.includes(code[1] as string) && namesTown(normalize(town), known) ? known.name : undefined;
  const shownTown = ownTown ?? (lower(town) ? capitals(town, true) : town);
  const shownStreet = lower(street) ? capitals(street, false) : street;
  return shownStreet ? `${shownStreet}, ${code[1]} ${shownTown}` : `${code[1]} ${shownTown}`;
}
