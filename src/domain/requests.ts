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
  const m = /\b([a-z]{2,5})[\s-]*(\d{4})[\s-]*(\d{1,6})\b/i.exec(typed);
  return m ? `${m[1]?.toUpperCase()}-${m[2]}-${m[3]?.padStart(6, '0')}` : undefined;
}
