/**
 * When each activity runs and until when a day can be booked or cancelled, per commune and per
 * activity (the rules are the activity's configuration, see ActivityRules).
 *
 * Sources (the communes' « Espace Citoyens » pages, ../shared/seeds):
 * - « Délais de réservation : 15 jours à l'avance pour les accueils du matin et du soir, la
 *   restauration scolaire et les activités du mercredi ; 4 semaines avant le premier jour de la
 *   session pour les activités vacances. »
 * - « Toutes les réservations de rentrée sont ouvertes jusqu'au 30 septembre. Après cette date,
 *   veillez à bien respecter les délais sous peine d'une éventuelle majoration. »
 * - School days and holidays: the official calendar of the commune's zone (db/reference), public
 *   holidays computed (publicHolidays.ts).
 *
 * Every day is a Europe/Paris calendar day: « 15 jours à l'avance » means a booking for the 20th
 * is on time until the 5th at midnight, Paris time, whatever the daylight-saving period.
 */
import { addDays, weekdayOf } from './parisTime';
import { publicHolidayOn } from './publicHolidays';
import type { Activity, Weekday } from './types';

export interface SchoolHolidayPeriod {
  name: string;
  /** First day without class (a Saturday). */
  from: string;
  /** The morning classes start again (not part of the holiday). */
  resume: string;
}

export interface SchoolYearCalendar {
  schoolYear: string;
  classesStart: string;
  holidays: SchoolHolidayPeriod[];
}

export interface SchoolCalendar {
  years: SchoolYearCalendar[];
}

/**
 * The official calendars of every school zone (A, B, C…), as the reference data holds them now
 * (src/reference/schoolCalendars.ts): a commune's calendar is its zone's. An unknown zone has no
 * year: nothing runs (« noCalendar »).
 */
export interface SchoolCalendars {
  zones(): string[];
  forZone(zone: string | undefined): SchoolCalendar;
}

/** The calendar an activity follows: its commune's zone's. */
export const calendarOf = (calendars: SchoolCalendars, activity: Pick<Activity, 'schoolZone'>): SchoolCalendar => calendars.forZone(activity.schoolZone);

/** A school week of four days (no class on Wednesday), as in the communes served. */
export const SCHOOL_WEEK: readonly Weekday[] = ['mon', 'tue', 'thu', 'fri'];

export type ClosedReason = 'weekend' | 'publicHoliday' | 'schoolHoliday' | 'notThatDay' | 'noSchool' | 'noCalendar';

export type DayRun = { runs: true; schoolYear: string; session?: SchoolHolidayPeriod & { firstDay: string } } | { runs: false; reason: ClosedReason };

/** The school year a day belongs to (from its classesStart to the next one), or undefined outside the published calendar. */
export function schoolYearAt(calendar: SchoolCalendar, day: string): SchoolYearCalendar | undefined {
  const years = yearsInOrder(calendar.years);
  const index = years.findLastIndex((y) => y.classesStart <= day);
  const year = years[index];
  if (!year) return undefined;
  const summer = year.holidays.reduce<SchoolHolidayPeriod | undefined>((last, h) => (!last || h.from > last.from ? h : last), undefined);
  // After the summer holidays' end without the next year published, the calendar is unknown.
  if (summer && day >= summer.resume && !years[index + 1]) return undefined;
  return year;
}

/**
 * The years by their classes' start, sorted once per list of years (a month's calendar asks for each of its days, several
 * times): kept with the years it was sorted from, and sorted again if the list's years changed.
 */
const sortedYears = new WeakMap<readonly SchoolYearCalendar[], { from: SchoolYearCalendar[]; sorted: SchoolYearCalendar[] }>();

function yearsInOrder(years: SchoolYearCalendar[]): SchoolYearCalendar[] {
  const kept = sortedYears.get(years);
  if (kept && kept.from.length === years.length && kept.from.every((y, i) => years[i] === y)) return kept.sorted;
  const sorted = [...years].sort((a, b) => a.classesStart.localeCompare(b.classesStart));
  sortedYears.set(years, { from: [...years], sorted });
  return sorted;
}

function holidayAt(year: SchoolYearCalendar, day: string): SchoolHolidayPeriod | undefined {
  return year.holidays.find((h) => day >= h.from && day < h.resume);
}

/** The first weekday of a holiday period that is not a public holiday: the session's first day. */
function firstSessionDay(period: SchoolHolidayPeriod): string {
  let day = period.from;
  while (day < period.resume && (['sat', 'sun'].includes(weekdayOf(day)) || publicHolidayOn(day))) day = addDays(day, 1);
  return day;
}

/**
 * Whether an activity runs on a day: school days (Monday, Tuesday, Thursday, Friday, or the
 * activity's weekdays) outside holidays; Wednesdays outside holidays; holiday sessions on the
 * weekdays of school holidays. Never on a public holiday or a week-end.
 */
export function activityRuns(activity: Pick<Activity, 'rules'>, calendar: SchoolCalendar, day: string): DayRun {
  const weekday = weekdayOf(day);
  if (weekday === 'sat' || weekday === 'sun') return { runs: false, reason: 'weekend' };
  const year = schoolYearAt(calendar, day);
  if (!year) return { runs: false, reason: 'noCalendar' };
  if (publicHolidayOn(day)) return { runs: false, reason: 'publicHoliday' };
  const holiday = holidayAt(year, day);
  const { rules } = activity;
  if (rules.runsOn === 'holidays') {
    if (!holiday) return { runs: false, reason: 'noSchool' };
    return { runs: true, schoolYear: year.schoolYear, session: { ...holiday, firstDay: firstSessionDay(holiday) } };
  }
  if (holiday) return { runs: false, reason: 'schoolHoliday' };
  if (rules.runsOn === 'wednesdays') return weekday === 'wed' ? { runs: true, schoolYear: year.schoolYear } : { runs: false, reason: 'notThatDay' };
  const days = rules.weekdays ?? SCHOOL_WEEK;
  return days.includes(weekday) ? { runs: true, schoolYear: year.schoolYear } : { runs: false, reason: 'notThatDay' };
}

/** Whether a booking made today for a day is on time, late (with a surcharge) or no longer possible. */
export type BookingTiming =
  | { kind: 'onTime'; deadline: string }
  | { kind: 'late'; surchargePercent: number; deadline: string }
  | { kind: 'closed'; reason: 'past' | 'lateRefused' | ClosedReason; deadline?: string };

/** The last day (included, Paris time) a day can be booked or cancelled without being late. */
export function deadlineOf(activity: Pick<Activity, 'rules'>, run: DayRun & { runs: true }, day: string): string {
  const { deadline } = activity.rules;
  if (deadline.kind === 'weeksBeforeSession') return addDays(run.session?.firstDay ?? day, -7 * deadline.weeks);
  return addDays(day, -deadline.days);
}

/** The back-to-school window: until 30 September (the rule's MM-DD) of the day's school year, every later day is on time. */
function inBackToSchoolWindow(activity: Pick<Activity, 'rules'>, schoolYear: string, today: string): boolean {
  const until = activity.rules.backToSchoolUntil;
  if (!until) return false;
  return today <= `${schoolYear.slice(0, 4)}-${until}`;
}

export function bookingTiming(activity: Pick<Activity, 'rules'>, calendar: SchoolCalendar, day: string, today: string): BookingTiming {
  const run = activityRuns(activity, calendar, day);
  if (!run.runs) return { kind: 'closed', reason: run.reason };
  const deadline = deadlineOf(activity, run, day);
  if (day <= today) return { kind: 'closed', reason: 'past', deadline };
  if (today <= deadline || inBackToSchoolWindow(activity, run.schoolYear, today)) return { kind: 'onTime', deadline };
  const { late } = activity.rules;
  if (late.kind === 'refuse') return { kind: 'closed', reason: 'lateRefused', deadline };
  return { kind: 'late', surchargePercent: late.percent, deadline };
}

/** Cancelling: free until the deadline; after it, the day stays billed unless an absence is justified. */
export type CancelTiming = { kind: 'free'; deadline: string } | { kind: 'billed'; deadline: string } | { kind: 'past' };

export function cancellationTiming(activity: Pick<Activity, 'rules'>, calendar: SchoolCalendar, day: string, today: string): CancelTiming {
  if (day <= today) return { kind: 'past' };
  const run = activityRuns(activity, calendar, day);
  if (!run.runs) return { kind: 'free', deadline: day };
  const deadline = deadlineOf(activity, run, day);
  if (today <= deadline || inBackToSchoolWindow(activity, run.schoolYear, today)) return { kind: 'free', deadline };
  return { kind: 'billed', deadline };
}

/**
 * The days nearest to `from` (before or after it, from tomorrow on) on which the activity runs and
 * a booking is still possible today (on time or late), in order: what to offer when a day asked is
 * not one of its days (« cantine mercredi »: the Tuesday and Thursday around it).
 */
export function nearestBookableDays(activity: Pick<Activity, 'rules'>, calendar: SchoolCalendar, from: string, today: string, count = 2): string[] {
  const distance = (day: string) => Math.abs(Date.parse(`${day}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`));
  const open: string[] = [];
  // Four months ahead at most: past the summer holidays, a Wednesday activity runs again.
  for (let day = addDays(today, 1), n = 0; n < 120; day = addDays(day, 1), n += 1) {
    if (bookingTiming(activity, calendar, day, today).kind !== 'closed') open.push(day);
    // Later days are only farther: `count` of them after `from` are enough.
    if (open.filter((d) => d > from).length >= count) break;
  }
  return open.sort((a, b) => distance(a) - distance(b) || a.localeCompare(b)).slice(0, count).sort();
}

/** The days of a month ('YYYY-MM'). */
export function daysOfMonth(month: string): string[] {
  const days: string[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  return days;
}

/** 'YYYY-MM' moved by n months. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The surcharge of a late day, rounded to the cent. */
export const surchargeCents = (priceCents: number, percent: number): number => Math.round((priceCents * percent) / 100);
