/**
 * Days given as bare numbers (« 8 », « 8 et 11 », « 8 11 », « 8, 11 », « 8 and 11 ») where a question asks for
 * days and shows no numbered options: days of the month asked about, written « le 8 et le 11 » for the date reader.
 * Anything else (a number out of 1–31, other words) is left as said.
 */
import { normalize } from '../domain/text';

const ONLY_NUMBERS = /^\d{1,2}(?:\s*(?:,|;|\/|&|\+|\bet\b|\band\b|\s)\s*\d{1,2})*$/;

export function bareDays(text: string): string {
  const said = normalize(text).replace(/[.!]+$/, '').trim();
  if (!ONLY_NUMBERS.test(said)) return text;
  const days = said.match(/\d{1,2}/g) ?? [];
  if (days.some((d) => Number(d) < 1 || Number(d) > 31)) return text;
  return days.map((d) => `le ${Number(d)}`).join(' et ');
}
