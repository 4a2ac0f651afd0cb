/**
 * A weekday taken out of a basket that holds it on several weeks (« pas jeudi il mange chez sa tata », « pas le jeudi pour
 * Hugo » at a basket of the Mondays and Thursdays of January): every Thursday of the basket leaves it, not the one Thursday
 * the reader picks in the basket's last week (the 28th). A day with its number (« pas jeudi 14 ») is that day alone; a
 * basket with one such weekday is read as before.
 */
import type { Wish } from '../src/domain/reservations';
import { normalize } from '../src/domain/text';
import type { Understanding } from '../src/nlu/understand';

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAY = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi)s?\b/g;
const weekdayOf = (day: string): number => new Date(`${day}T12:00:00Z`).getUTCDay();

/** The basket's days of the weekday said (one weekday, no day number), when it holds two or more; else `understood` as read. */
export function weekdayOutOfBasket(said: string, understood: Understanding, current: readonly Wish[]): Understanding {
  const text = normalize(said);
  const named = [...new Set([...text.matchAll(WEEKDAY)].map((m) => m[1] as string))];
  if (/\d/.test(text) || named.length !== 1 || understood.dates.length === 0) return understood;
  const weekday = WEEKDAYS.indexOf(named[0] as string);
  if (!understood.dates.every((d) => weekdayOf(d) === weekday)) return understood;
  const days = [...new Set(current.map((w) => w.day))].filter((d) => weekdayOf(d) === weekday).sort();
  return days.length > 1 ? { ...understood, dates: days } : understood;
}
