/**
 * A weekday said with its day and month (« du lundi 23 au vendredi 27 novembre », « le mardi 3 novembre »): the weekday
 * must match. Read forward, a day of this school year already gone is next year's, most often on another weekday; when the
 * weekday said matches the day gone this school year (since 1 September) and not next year's, the day gone is meant (the
 * booking then tells it is past), never next year's day with another weekday.
 */
import type { Weekday } from '../domain/types';
import { addDays, monthOf, nextDayMonth, previousDayMonth, weekdayOf, yearOf } from './calendarMath';

/** The first day of the school year `day` is in (1 September). */
export function schoolYearStart(day: string): string {
  const y = monthOf(day) >= 9 ? yearOf(day) : yearOf(day) - 1;
  return `${y}-09-01`;
}

/** The day `day` of `month` meant from `from`, its weekday said: the next one, or the one gone this school year when only it matches. */
export function dayMonthWithWeekday(from: string, month: number, day: number, weekday: Weekday): string | undefined {
  const next = nextDayMonth(from, month, day);
  if (!next || weekdayOf(next) === weekday) return next;
  const gone = previousDayMonth(addDays(from, -1), month, day);
  return gone && gone >= schoolYearStart(from) && weekdayOf(gone) === weekday ? gone : next;
}
