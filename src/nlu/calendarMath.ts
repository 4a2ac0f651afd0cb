/**
 * Calendar arithmetic on 'YYYY-MM-DD' days for the date reader: the next day matching a day of
 * the month, a day and month, or a weekday; weeks; months; spans.
 */
import { addDays, weekdayOf } from '../domain/parisTime';
import { WEEKDAYS, type Weekday } from '../domain/types';

export { addDays, weekdayOf };

const pad = (n: number) => String(n).padStart(2, '0');

/** The day, or undefined when it does not exist (31 April). */
export function makeDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day, 12));
  return d.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

export const yearOf = (day: string) => Number(day.slice(0, 4));
export const monthOf = (day: string) => Number(day.slice(5, 7));
export const domOf = (day: string) => Number(day.slice(8, 10));

/** The first day on or after `from` that is `day` of `month` (any year). */
export function nextDayMonth(from: string, month: number, day: number): string | undefined {
  for (let y = yearOf(from); y <= yearOf(from) + 4; y++) {
    const d = makeDay(y, month, day);
    if (d && d >= from) return d;
  }
  return undefined;
}

/** The last day on or before `until` that is `day` of `month`. */
export function previousDayMonth(until: string, month: number, day: number): string | undefined {
  for (let y = yearOf(until); y >= yearOf(until) - 4; y--) {
    const d = makeDay(y, month, day);
    if (d && d <= until) return d;
  }
  return undefined;
}

/** The first day on or after `from` whose day of the month is `day` (and weekday, when given). */
export function nextDayOfMonth(from: string, day: number, weekday?: Weekday): string | undefined {
  let y = yearOf(from);
  let m = monthOf(from);
  let fallback: string | undefined;
  for (let i = 0; i < 24; i++) {
    const d = makeDay(y, m, day);
    if (d && d >= from) {
      if (!weekday || weekdayOf(d) === weekday) return d;
      fallback ??= d;
    }
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return fallback;
}

/** The last day on or before `until` whose day of the month is `day`. */
export function previousDayOfMonth(until: string, day: number): string | undefined {
  let y = yearOf(until);
  let m = monthOf(until);
  for (let i = 0; i < 24; i++) {
    const d = makeDay(y, m, day);
    if (d && d <= until) return d;
    m--;
    if (m < 1) {
      m = 12;
      y--;
    }
  }
  return undefined;
}

/** The first `weekday` strictly after `from`. */
export function nextWeekday(from: string, weekday: Weekday): string {
  const gap = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(from)) + 7) % 7 || 7;
  return addDays(from, gap);
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -WEEKDAYS.indexOf(weekdayOf(day)));
}

/** « jusqu'à la fin de la semaine »: the school week's end, its Friday (its Sunday when `day` is in the week-end already). */
export function weekEndOf(day: string): string {
  const friday = addDays(mondayOf(day), 4);
  return friday >= day ? friday : addDays(friday, 2);
}

/** Every day from `from` to `to`, both included (at most a year and a day). */
export function span(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to && days.length < 367; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Every day of a month. */
export function monthDays(year: number, month: number): string[] {
  const first = makeDay(year, month, 1) as string;
  const last = addDays(month === 12 ? (makeDay(year + 1, 1, 1) as string) : (makeDay(year, month + 1, 1) as string), -1);
  return span(first, last);
}
