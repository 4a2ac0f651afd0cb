/**
 * Dates as the dialogs say them, all in one place: calendar days ('YYYY-MM-DD') as they are,
 * instants in Paris time.
 */
import { dateFormat, dayFormat, sayDay } from '../src/domain/formats';

const atNoon = (day: string) => new Date(`${day}T12:00:00Z`);

/** « 14/03/2019 » for a calendar day; « March 14, 2019 » in English (its own order, the month in words: never read the French way). */
export const shortDay = (locale: string, day: string): string => sayDay(dayFormat(locale, 'UTC'), day);

/** « 28 février 2027 » for a calendar day. */
export const longDay = (locale: string, day: string): string =>
  dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(atNoon(day));

/** « 12 novembre » for a calendar day. */
export const dayAndMonth = (locale: string, day: string): string =>
  dateFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(atNoon(day));

/** « 18/11/2026 » (« November 18, 2026 » in English) and « 15:00 » for an instant, in Paris time. */
export function parisDateTime(locale: string, iso: string): { date: string; time: string } {
  const at = new Date(iso);
  return {
    date: dayFormat(locale, 'Europe/Paris').format(at),
    time: dateFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' }).format(at),
  };
}

/** « mercredi 9 décembre » for a calendar day. */
export const weekdayAndDay = (locale: string, day: string): string =>
  dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(atNoon(day));
