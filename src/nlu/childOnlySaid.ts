/**
 * A child said alone at a booking's basket or calendar (« en fait c'est pour Hugo », « non pour Léa », « plutôt Hugo »): the
 * booking's own answer (the days moved to that child), never « mes réservations » of that child, which the learned model reads
 * in « c'est pour Hugo ». Only small words beside a first name known: « les réservations de Hugo » is the list.
 */
import { normalize } from '../domain/text';
import { isKnownFirstName } from './firstNames';

const SMALL = new Set([
  'non', 'nan', 'ah', 'oh', 'oups', 'pardon', 'euh', 'bon', 'ben', 'en', 'fait', 'finalement', 'plutot', 'c', 'est', 'cest', 'ce', 'sera', 'serait',
  'etait', 'pour', 'pr', 'et', 'pas', 'que', 'qu', 'aussi', 'mais', 'seulement', 'juste', 'uniquement', 'au', 'lieu', 'de', 'd', 'la', 'place', 'ok',
  'oui', 'je', 'me', 'suis', 'trompe', 'trompee', 'sorry', 'it', 's', 'for', 'actually', 'only',
]);

export function childOnlySaid(text: string, names: readonly string[] = []): boolean {
  const words = normalize(text).split(' ').filter(Boolean);
  const own = new Set(names.map((n) => normalize(n)));
  const isName = (w: string) => own.has(w) || (w.length > 2 && !SMALL.has(w) && isKnownFirstName(w));
  return words.some(isName) && words.every((w) => SMALL.has(w) || isName(w));
}
