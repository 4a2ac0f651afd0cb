/**
 * A postal address as a démarche needs it: a number and a street, a postal code and a town
 * (« 12 rue de la Gare, 78955 Carrières-sous-Poissy »). What is missing is named, never guessed,
 * with one exception: where the address must be in the commune (the démarches of its own mairie,
 * « votre adresse à Carrières-sous-Poissy ? »), the commune's town and its postal code (when it has
 * only one) complete an address that gives the number and the street. What was given is kept, so
 * that the next answer (« 78955 Carrières ») only adds what was missing. An address abroad ends with its
 * country: a number and a street before it are enough (postal codes differ from country to country).
 */
import { countryAtEnd } from './countries';
import { normalize, oneSlipApart } from './text';

export type AddressPart = 'number' | 'street' | 'postalCode' | 'town';

export interface AddressReading {
  /** The address as kept: the words typed, spaces tidied, completed with the commune where it must be there. */
  value: string;
  /** What it still lacks, in the order of an address. */
  missing: AddressPart[];
  /** Whether it gives any part at all (a number, a street, a postal code, a town): worth keeping. */
  found: boolean;
}

/** The commune an address must be in: its name and its postal codes. */
export interface AddressTown {
  name: string;
  postalCodes: readonly string[];
}

const MAX_LENGTH = 200;
const STREET_TYPES =
  'rue|r|avenue|av|ave|boulevard|bd|bld|blvd|place|pl|chemin|ch|che|allee|all|impasse|imp|route|rte|quai|cours|square|sq|sentier|sente|voie|residence|res|cite|lotissement|lot|hameau|lieu dit|lieudit|chaussee|passage|villa|rond point|esplanade|parvis|promenade|ruelle|clos|domaine|parc|mail|faubourg|fg|montee|cote|carrefour|rampe|venelle|traverse|square|port|ile|pont';
const STREET_TYPE = new RegExp(`\\b(?:${STREET_TYPES})\\b`);
/** A word that names a kind of street (« rue », « allée », « bd »), folded. */
export const isStreetType = (word: string): boolean => new RegExp(`^(?:${STREET_TYPES})$`).test(word);
/** Words that name nothing by themselves after a street type (« 12 rue de »). */
const LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'et', 'en', 'sur', 'sous']);
const POSTAL_CODE = /(?<!\d)\d{5}(?!\d)/g;
/** A house number: 1 to 4 digits (« 12 », « 12 bis », « 3b »), never part of a postal code nor a phone number. */
const NUMBER = /(?<![\d])\d{1,4}(?![\d])(?:\s*(?:bis|ter|quater|[a-d])\b)?/;

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/\s+,/g, ',');
/** Lower case without accents, character for character (its indexes are the text's). */
const sameLengthFold = (text: string) => [...text].map((ch) => ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().slice(0, 1) || ch).join('').replace(/[’'`.-]/g, ' ');
/** Lower case without accents, commas kept (normalize() drops them). */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`.]/g, ' ').replace(/\s+/g, ' ');

/** The street's words: what follows the number (or the whole text), without postal code and town. */
function streetOf(said: string): { number: boolean; street: boolean } {
  const beforeCode = said.split(/\b\d{5}\b/)[0] ?? '';
  const numbered = NUMBER.exec(beforeCode);
  const after = numbered ? beforeCode.slice(numbered.index + numbered[0].length) : beforeCode;
  const words = after.split(/[\s,]+/).filter((w) => /[a-z]/.test(w));
  const typed = STREET_TYPE.exec(after);
  // A street type needs a name after it (« rue » alone, « rue de » name nothing); without a type, any name will do.
  const nameWords = typed ? after.slice(typed.index + typed[0].length).split(/[\s,]+/).filter((w) => /[a-z]{2,}|\d/.test(w) && !LINKS.has(w)) : words;
  return { number: numbered !== null, street: nameWords.length > 0 && (typed !== null || numbered !== null) };
}

/** The town: the words after the postal code, or the commune's name anywhere, or a last part after a comma. */
function hasTown(raw: string, said: string, code: string | undefined, here?: AddressTown): boolean {
  if (here && ` ${said} `.includes(` ${normalize(here.name)} `)) return true;
  if (code) {
    const after = said.slice(said.lastIndexOf(code) + 5);
    if (/[a-z]{2,}/.test(after)) return true;
    // « 12 rue de la Gare, Poissy 78300 »: the part just before the code, after a comma, that is not the street.
    const folded = fold(raw);
    const parts = folded.slice(0, folded.lastIndexOf(code)).split(',').map((p) => p.trim()).filter(Boolean);
    const last = parts.at(-1);
    return parts.length > 1 && last !== undefined && /[a-z]{2,}/.test(last) && !NUMBER.test(last) && !STREET_TYPE.test(last);
  }
  return false;
}

/** What the address gives and lacks; `here`: it must be in that commune (its town by default). */
export function readPostalAddress(text: string, here?: AddressTown): AddressReading {
  let value = tidy(text).slice(0, MAX_LENGTH);
  let said = normalize(value);
  const { number, street } = streetOf(said);
  let code = said.match(POSTAL_CODE)?.at(-1);
  let town = hasTown(value, said, code, here);
  const found = number || street || code !== undefined || town;
  if (here && number && street) {
    // The commune's own démarche: its town, and its postal code when it has only one.
    const only = here.postalCodes.length === 1 ? here.postalCodes[0] : undefined;
    if (!code && !town) value = only ? `${value}, ${only} ${here.name}` : `${value}, ${here.name}`;
    else if (!code && town && only) value = withCodeBeforeTown(value, only, here.name);
    else if (code && !town && here.postalCodes.includes(code)) value = `${value} ${here.name}`;
    said = normalize(value);
    code = said.match(POSTAL_CODE)?.at(-1);
    town = hasTown(value, said, code, here);
  }
  // Abroad (« Rue de la Loi 16, 1000 Bruxelles, Belgique »): postal codes and the order of the parts differ from
  // country to country; a number and words besides the country are what can be asked for.
  const country = here ? undefined : countryAtEnd(said);
  if (country) {
    const rest = said.slice(0, said.lastIndexOf(country));
    const abroad: AddressPart[] = [];
    if (!/\d/.test(rest)) abroad.push('number');
    if ((rest.match(/[a-z]{2,}/g) ?? []).length < 2) abroad.push('street');
    return { value, missing: abroad, found: true };
  }
  const missing: AddressPart[] = [];
  if (!number) missing.push('number');
  if (!street) missing.push('street');
  // In the commune, its town (and its only postal code) come by default once the number and the street are given.
  const only = here?.postalCodes.length === 1;
  if (!code && !only) missing.push('postalCode');
  if (!town && !(here && (!code || here.postalCodes.includes(code)))) missing.push('town');
  return { value, missing, found };
}

/** A house number then a street type (« 25 rue », « 3 bis, allée »): where an address starts in a sentence. */
const STREET_START = new RegExp(`(?<![\\d])\\d{1,4}(?:\\s*(?:bis|ter|quater|[a-d])\\b)?\\s*,?\\s*(?:${STREET_TYPES})\\b`);

/**
 * The address said in a sentence (« on a déménagé, nouvelle adresse 25 rue Pasteur 78955 Carrières »): from its
 * number and street type to the end, as typed, without the time said after it (« … depuis mars », « … since May »);
 * undefined when no number is followed by a street type.
 */
export function addressInSentence(text: string): string | undefined {
  const start = STREET_START.exec(sameLengthFold(text))?.index;
  return start === undefined ? undefined : text.slice(start).trim().replace(SINCE_AFTER, '').replace(/[.!]+$/, '') || undefined;
}

/** « … depuis mars », « …, ça fait 2 ans », « … since May »: how long, said after the address. */
const SINCE_AFTER = /\s*,?\s+(?:depuis|since|(?:ca|ça) fait|cela fait|il y a) .*$/i;

/** The value without the commune's name (wherever it was typed, any case or accents), commas tidied; undefined when it is not there. */
function withoutTown(value: string, town: string): string | undefined {
  const name = normalize(town).split(' ');
  const tokens = value.split(/([\s,'’-]+)/);
  const words = tokens.map((tok, i) => ({ tok, i })).filter((w) => w.i % 2 === 0 && normalize(w.tok) !== '');
  for (let k = 0; k + name.length <= words.length; k += 1) {
    if (name.every((n, j) => normalize(words[k + j]?.tok ?? '') === n)) {
      const from = (words[k] as { i: number }).i;
      const to = (words[k + name.length - 1] as { i: number }).i;
      return tidy([...tokens.slice(0, from), ' ', ...tokens.slice(to + 1)].join('')).replace(/^[\s,]+|[\s,]+$/g, '').replace(/,\s*,/g, ',');
    }
  }
  return undefined;
}

/** « 12 rue de la Gare Carrières-sous-Poissy » → « 12 rue de la Gare, 78955 Carrières-sous-Poissy »: the code and the town at the end. */
function withCodeBeforeTown(value: string, code: string, town: string): string {
  const rest = withoutTown(value, town);
  return rest === undefined ? `${value}, ${code}` : `${rest}, ${code} ${town}`;
}

/**
 * The answer to the address question after a partial one: a number alone goes before the street
 * kept; words with a number start a new address (the town or postal code kept, if that was all);
 * words without one are added to what was kept.
 */
export function withKept(kept: string | undefined, text: string): string {
  if (!kept) return text;
  const typed = tidy(text);
  // « 12 » after « rue de la Gare »: the number goes before the street.
  if (/^\d{1,4}(?:\s*(?:bis|ter|quater|[a-d]))?,?$/i.test(typed)) {
    const at = STREET_TYPE.exec(sameLengthFold(kept))?.index ?? 0;
    return `${kept.slice(0, at)}${typed.replace(/,$/, '')} ${kept.slice(at)}`;
  }
  const alone = streetOf(normalize(typed));
  const before = streetOf(normalize(kept));
  // A street's name after « 12 rue »: the same line, before the postal code or town kept; anything else without a number (« 78955 Carrières »): added after a comma.
  if (!alone.number) {
    if (!before.number || before.street || /^\d{5}(?!\d)/.test(typed)) return `${kept}, ${typed}`;
    const at = kept.search(/,|(?<!\d)\d{5}(?!\d)/);
    return at < 0 ? `${kept} ${typed}` : `${kept.slice(0, at).trimEnd()} ${typed}${kept.slice(at).startsWith(',') ? '' : ','} ${kept.slice(at)}`.replace(/ ,/g, ',');
  }
  // A number again: a new address, unless what was kept was only the town or the postal code.
  return before.number || before.street ? typed : `${typed}, ${kept}`;
}


/**
 * An address corrected by a postal code and a town alone (« 78955 Carrières » after « 3 rue
 * Verte 78300 Poissy »): its number and street kept, what followed them replaced.
 */
export function withNewTown(current: string, typed: string): string {
  const code = [...sameLengthFold(current).matchAll(POSTAL_CODE)].at(-1);
  const parts = (code ? current.slice(0, code.index) : current).split(',');
  // « 3 rue Verte, Poissy 78300 »: the town before the code goes too.
  const last = sameLengthFold(parts.at(-1) ?? '');
  if (parts.length > 1 && !NUMBER.test(last) && !STREET_TYPE.test(last)) parts.pop();
  return `${tidy(parts.join(',')).replace(/[\s,]+$/, '')}, ${tidy(typed)}`;
}

/**
 * « 12 rue de la Gare à Carrières », « 3 allée des Acacias, carrieres »: the town known (the commune served) named short
 * or with a slip at the end, without a postal code: its full name and its code (when it has one code). Another town
 * after « à » (« 12 rue de la Gare à Poissy ») is written after a comma, as a town is read before its code
 * (« 12 rue de la Gare, Poissy, 78300 » once the code is given). The words before must still be a number and a street
 * (« 12 rue de Carrières » is a street). Anything else is returned as typed.
 */
/** « a côté de la poste », « a gauche », « à l'angle »: where the door is, not a town (normalized words). */
const SAYS_WHERE = /^(?:cote|gauche|droite|l angle|angle|proximite|deux pas|l etage|etage|la hauteur|hauteur|face|l entree|l arriere|l interieur|l exterieur|l adresse|la mairie|la poste|la gare)\b/;

/** The town known, named in full, short (« carrieres ») or with a slip (normalized words). */
export function namesTown(short: string, town: AddressTown | undefined): boolean {
  const name = normalize(town?.name ?? '');
  return name !== '' && (short === name || (short.length >= 5 && name.startsWith(short)) || (short.length >= 8 && oneSlipApart(short, name)) || (short.length >= 5 && !short.includes(' ') && oneSlipApart(short, name.split(' ')[0] ?? '')));
}

/** « 12 rue des écoles carrieres »: the town known at the end, without a comma nor « à » (after « de », « du »… it is the street's name). */
function withKnownTownAtEnd(text: string, town: AddressTown | undefined): string {
  const words = text.trim().replace(/[\s.!]+$/, '').split(/\s+/);
  if (!town || town.postalCodes.length !== 1) return text;
  for (let n = 1; n <= Math.min(4, words.length - 3); n++) {
    const before = words.slice(0, -n).join(' ');
    if (/^(?:de|du|des|d|la|le|les|l|a|au|aux|en|sur|sous)$/.test(normalize(words.at(-n - 1) ?? '')) || /['’]$/.test(before)) continue;
    if (namesTown(normalize(words.slice(-n).join(' ')), town) && addressInSentence(before) !== undefined) return `${before}, ${town.postalCodes[0] as string} ${town.name}`;
  }
  return text;
}

export function withKnownTownNamed(text: string, town: AddressTown | undefined): string {
  if (/(?<!\d)\d{5}(?!\d)/.test(text)) return text;
  const said = /^(.*\S)(\s*,\s*|\s+(?:à|a)\s+)([\p{L}'’ -]{3,40}?)[\s.!]*$/iu.exec(text.trim());
  const [, before, separator, tail] = said ?? [];
  if (!before || !separator || !tail || addressInSentence(before) === undefined) return withKnownTownAtEnd(text, town);
  const short = normalize(tail);
  if (namesTown(short, town) && town?.postalCodes.length === 1) return `${before}, ${town.postalCodes[0] as string} ${town.name}`;
  return separator.includes(',') || short.split(' ').length > 4 || SAYS_WHERE.test(short) ? text : `${before}, ${tail}`;
}
