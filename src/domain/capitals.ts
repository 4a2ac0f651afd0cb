/**
 * Capitals given to what a resident typed all in lower case, in one place: a person's name (« jean-pierre » → « Jean-Pierre »,
 * particles kept in lower case inside it: « Marie de la Fontaine ») and the words of a postal address (« rue des lilas » →
 * « rue des Lilas »: links and the street's kind kept in lower case). What was typed with capitals is kept as typed.
 */
import { isStreetType } from './postalAddress';
import { normalize } from './text';

const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', "d'", 'd’', 'van', 'von', 'der', 'den']);
/** A name typed all in lower case gets its capitals (« jean-pierre » → « Jean-Pierre », « de la fontaine » → « de la Fontaine »); one typed with capitals is kept. */
export function capitalized(name: string): string {
  if (name !== name.toLocaleLowerCase('fr')) return name;
  return name.replace(/(^|[\s'’-])(\p{L})(\p{L}*)/gu, (whole, sep: string, first: string, more: string, at: number) => {
    const word = `${first}${more}`;
    const next = name[at + whole.length];
    const particle = at > 0 && (PARTICLES.has(word) || ((next === "'" || next === '’') && PARTICLES.has(`${word}${next}`)));
    return particle ? whole : `${sep}${first.toLocaleUpperCase('fr')}${more}`;
  });
}

/** Words that stay in lower case inside a name (« rue des Lilas », « Saint-Germain-en-Laye »), and a number's « bis ». */
const LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'et', 'en', 'sur', 'sous', 'les', 'bis', 'ter', 'quater']);

/** Each word of a name with its capital, but the links and the street's kind (`first`: the first word too). */
export function wordCapitals(text: string, first: boolean): string {
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
