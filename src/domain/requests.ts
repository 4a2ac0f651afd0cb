/**
 * Requests the commune instructs (démarches, changes of address), followed by a reference of the
 * commune's prefix, the year and a number (CSP-2026-000123). Following one without an account
 * needs the reference and the e-mail used for it, both matching.
 */
import { parisDay } from './parisTime';

/** « CSP-2026 »: the part of a reference before its number. */
export const referencePrefix = (communePrefix: string, at: Date): string => `${communePrefix}-${parisDay(at).slice(0, 4)}`;

/** A reference as typed (« csp 2026 123 », « CSP-2026-000123 ») in its stored form, or undefined. */
export function normalizeReference(typed: string): string | undefined {
  for (const m of typed.matchAll(/\b([a-z]{2,5})[\s-]*(20\d{2})[\s-]*(\d{1,6})\b/gi)) {
    // « la 2026… », « est 2026… »: a French word before a number is not a commune's prefix.
    if (NOT_PREFIXES.has((m[1] ?? '').toLowerCase())) continue;
    return `${m[1]?.toUpperCase()}-${m[2]}-${m[3]?.padStart(6, '0')}`;
  }
  return undefined;
}

// « CSP-RES-2026-000004 »: a booking's reference (its « RES » part), never a démarche's.
const NOT_PREFIXES = new Set(['res', 'la', 'le', 'les', 'de', 'du', 'des', 'est', 'ma', 'mon', 'une', 'un', 'en', 'et', 'no', 'num', 'ref', 'c', 'n']);

/**
 * The number alone of a reference, without its prefix and year (« 000123 », « la 123 », « n° 123 »):
 * its 6 digits, or undefined. Only the one number of a short answer, an e-mail address aside.
 */
export function referenceNumberIn(typed: string): string | undefined {
  const numbers = typed.replace(/\S+@\S+/g, ' ').match(/\d+/g) ?? [];
  const number = numbers.length === 1 ? (numbers[0] as string) : undefined;
  if (!number || number.length > 6 || /^0+$/.test(number)) return undefined;
  return number.padStart(6, '0');
}
