/**
 * What the official school calendar says to a resident who asks (« c'est quand les vacances de février ? », « quand est
 * la rentrée ? », « il y a école le 11 novembre ? »): the next holiday period (of a name, or the next one) and its last day of class before, the day
 * classes start again, and whether there are classes on a day (a week-end, a public holiday, a school holiday, a
 * Wednesday without class in the four-day week, or classes).
 */
import { SCHOOL_WEEK, schoolYearAt, type SchoolCalendar, type SchoolHolidayPeriod } from './activityCalendar';
import { addDays, weekdayOf } from './parisTime';
import { publicHolidayOn, type HolidayCode } from './publicHolidays';
import { normalize } from './text';

/** A holiday period as a resident reads it: its first and last day without class, and the day classes resume. */
export interface HolidayDates {
  name: string;
  from: string;
  /** The last day without class (the day before `resume`). */
  to: string;
  resume: string;
  /** Follows the usual rule, not yet in the official source. */
  unconfirmed: boolean;
}

/** The holiday a resident names: a key of the calendar's names (« Noël », « Hiver », « Pont de l'Ascension », « Été »). */
export type HolidayKey = 'toussaint' | 'noel' | 'hiver' | 'printemps' | 'ascension' | 'ete';

const HOLIDAY_KEYS: readonly HolidayKey[] = ['toussaint', 'noel', 'hiver', 'printemps', 'ascension', 'ete'];

/** The key of a period's name in the calendar (« Noël » → noel), for the resident's language to name it; undefined for a name of no key. */
export function holidayKeyOf(name: string): HolidayKey | undefined {
  const said = normalize(name);
  return HOLIDAY_KEYS.find((k) => said.split(' ').includes(k));
}

const datesOf = (p: SchoolHolidayPeriod & { unconfirmed?: boolean }): HolidayDates => ({ name: p.name, from: p.from, to: addDays(p.resume, -1), resume: p.resume, unconfirmed: p.unconfirmed === true });

/** Every holiday period of the calendar, in order. */
function periods(calendar: SchoolCalendar): HolidayDates[] {
  return calendar.years.flatMap((y) => y.holidays.map((h) => datesOf({ ...h, unconfirmed: (h as { unconfirmed?: boolean }).unconfirmed ?? (y as { unconfirmed?: boolean }).unconfirmed })));
}

/** The holiday period under way or next (of that name when one is given), or undefined when the calendar has none. */
export function nextHoliday(calendar: SchoolCalendar, today: string, key?: HolidayKey): HolidayDates | undefined {
  return periods(calendar)
    .filter((p) => p.resume > today && (!key || holidayKeyOf(p.name) === key))
    .sort((a, b) => a.from.localeCompare(b.from))[0];
}

/**
 * When classes start again: after the holiday under way or the next one of the school year (`now`: under way), and the next
 * school year's first day (undefined when not published).
 */
export function nextClassesStart(calendar: SchoolCalendar, today: string): { resume?: { day: string; after: string; now: boolean }; yearStart?: string } {
  const yearStart = calendar.years.map((y) => y.classesStart).filter((d) => d > today).sort()[0];
  const next = periods(calendar)
    .filter((p) => p.resume > today && !(yearStart && p.resume >= yearStart))
    .sort((a, b) => a.from.localeCompare(b.from))[0];
  const resume = next && next.resume !== yearStart ? { day: next.resume, after: next.name, now: next.from <= today } : undefined;
  return { ...(resume ? { resume } : {}), ...(yearStart ? { yearStart } : {}) };
}

/** The last day with class before a holiday period (classes end that evening): the day before it, back over a week-end or a day without class. */
export function lastClassDay(calendar: SchoolCalendar, period: HolidayDates): string {
  let day = addDays(period.from, -1);
  for (let i = 0; i < 7 && schoolOn(calendar, day).kind !== 'classes'; i += 1) day = addDays(day, -1);
  return day;
}

export type SchoolDay =
  | { kind: 'classes' }
  | { kind: 'weekend' }
  | { kind: 'noClassWednesday' }
  | { kind: 'publicHoliday'; holiday: HolidayCode }
  | { kind: 'holiday'; period: HolidayDates }
  | { kind: 'unknown' };

/** Whether there are classes on a day, and why not. */
export function schoolOn(calendar: SchoolCalendar, day: string): SchoolDay {
  const weekday = weekdayOf(day);
  if (weekday === 'sat' || weekday === 'sun') return { kind: 'weekend' };
  const holiday = publicHolidayOn(day);
  if (holiday) return { kind: 'publicHoliday', holiday };
  if (!schoolYearAt(calendar, day)) return { kind: 'unknown' };
  const period = periods(calendar).find((p) => p.from <= day && day < p.resume);
  if (period) return { kind: 'holiday', period };
  return SCHOOL_WEEK.includes(weekday) ? { kind: 'classes' } : { kind: 'noClassWednesday' };
}
