/**
 * A weekday and a day said together, with no month (« jeudi 12 »): the next 12th that is a Thursday, when it comes soon (this
 * month's 12th or the next month's). When neither is a Thursday, the weekday and the day disagree: no day is read (a person at
 * the desk would ask which of the two is meant, not book the Thursday 12th of some month far ahead, nor the Friday 12th).
 */
import type { Weekday } from '../domain/types';
import { addDays, nextDayOfMonth, weekdayOf } from './calendarMath';

/** How many of the day's next dates (this month's, the next month's) the weekday may pick among. */
const SOON = 2;

/** The day of the month `day`, on or after `from`, that is a `weekday` among its next SOON dates; null when they disagree. */
export function agreeingDayOfMonth(from: string, day: number, weekday: Weekday): string | null | undefined {
  let d = nextDayOfMonth(from, day);
  if (!d) return undefined;
  for (let i = 0; i < SOON && d; i++) {
    if (weekdayOf(d) === weekday) return d;
    d = nextDayOfMonth(addDays(d, 1), day);
  }
  return null;
}
