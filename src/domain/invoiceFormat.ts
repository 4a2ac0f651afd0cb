/** Amounts and months as invoices, baskets and payments say them, in the resident's locale. */
import { dateFormat, numberFormat } from './formats';

/** « 73,80 », « 73.80 », « 73 », « 73,80 € » → 7380; undefined when not an amount (a sign included: « -5 » is not one). */
export function parseAmount(text: string): number | undefined {
  const m = /^\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*(?:€|eur)?\s*$/i.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** « 73,80 € » for cents. */
export const euros = (cents: number, locale = 'fr-FR'): string => numberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** « décembre 2026 ». */
export function monthName(month: string, locale = 'fr-FR'): string {
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
}
