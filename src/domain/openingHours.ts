/**
 * Opening hours of a commune's service: the periods of a weekday, the hours of a calendar day, and
 * whether it is open at a given moment (Paris time, public holidays included), with the next
 * opening when it is closed. Beyond the weekly schedule, a service is closed on public holidays
 * (unless its file says otherwise) and on its exceptional closures (« pont de l'Ascension »).
 */
import { addDays, parisMoment, toMinutes, weekdayOf } from './parisTime';
import { publicHolidayOn, type HolidayCode } from './publicHolidays';
import type { Closure, CommuneService, DayHours, Weekday } from './types';

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

/** How many days ahead to look for the next opening. */
const LOOK_AHEAD_DAYS = 14;

export interface NextOpening {
  day: string;
  weekday: Weekday;
  opensAt: string;
}

export type OpenStatus =
  | { state: 'unknown' }
  | { state: 'open'; closesAt: string }
  | {
      state: 'closed';
      reason: 'holiday' | 'closure' | 'lunch' | 'beforeOpening' | 'afterClosing' | 'dayOff';
      holiday?: HolidayCode;
      closure?: Closure;
      next?: NextOpening;
    };

/** The periods of a weekday: undefined when the service's hours are not known, [] when it is closed that day. */
export function hoursOn(service: CommuneService, weekday: Weekday): DayHours | undefined {
  if (!service.hours) return undefined;
  return service.hours[weekday] ?? [];
}

function closedForHoliday(service: CommuneService, day: string): HolidayCode | undefined {
  return service.closedOnPublicHolidays === false ? undefined : publicHolidayOn(day);
}

/** The exceptional closure of the service that covers this day, if any. */
export function closureOn(service: CommuneService, day: string): Closure | undefined {
  return service.closures?.find((c) => c.from <= day && day <= c.to);
}

/** Why the service is closed all that day beyond its week: a closure first (its label says more), then a public holiday. */
function closedAllDay(service: CommuneService, day: string): { reason: 'closure'; closure: Closure } | { reason: 'holiday'; holiday: HolidayCode } | undefined {
  const closure = closureOn(service, day);
  if (closure) return { reason: 'closure', closure };
  const holiday = closedForHoliday(service, day);
  return holiday ? { reason: 'holiday', holiday } : undefined;
}

/** The first opening on or after `fromDay`, within the look-ahead window (a closure may push it further). */
function nextOpeningFrom(service: CommuneService, fromDay: string): NextOpening | undefined {
  const longest = Math.max(0, ...(service.closures ?? []).filter((c) => c.to >= fromDay).map((c) => daysBetween(fromDay, c.to) + 1));
  for (let i = 0; i < LOOK_AHEAD_DAYS + Math.min(longest, 366); i++) {
    const day = addDays(fromDay, i);
    if (closedAllDay(service, day)) continue;
    const weekday = weekdayOf(day);
    const first = hoursOn(service, weekday)?.[0];
    if (first) return { day, weekday, opensAt: first[0] };
  }
  return undefined;
}

const withNext = (next: NextOpening | undefined): { next?: NextOpening } => (next ? { next } : {});

export function openStatus(service: CommuneService, at: Date): OpenStatus {
  const now = parisMoment(at);
  return statusAt(service, now.day, now.minutes);
}

/** Whether the service is open on `day` ('YYYY-MM-DD') at `minutes` past midnight, Paris time. */
export function statusAt(service: CommuneService, day: string, minutes: number): OpenStatus {
  const tomorrow = addDays(day, 1);
  // A public holiday or an exceptional closure is known even when the week's hours are not (the SEJ closed in August).
  const shut = closedAllDay(service, day);
  if (shut) return { state: 'closed', ...shut, ...withNext(nextOpeningFrom(service, tomorrow)) };
  if (!service.hours) return { state: 'unknown' };

  const weekday = weekdayOf(day);
  const periods = hoursOn(service, weekday) ?? [];
  if (periods.length === 0) return { state: 'closed', reason: 'dayOff', next: nextOpeningFrom(service, tomorrow) };

  for (const [from, to] of periods) {
    if (minutes >= toMinutes(from) && minutes < toMinutes(to)) return { state: 'open', closesAt: to };
  }
  const later = periods.find(([from]) => toMinutes(from) > minutes);
  if (!later) return { state: 'closed', reason: 'afterClosing', next: nextOpeningFrom(service, tomorrow) };
  const next: NextOpening = { day, weekday, opensAt: later[0] };
  return { state: 'closed', reason: later === periods[0] ? 'beforeOpening' : 'lunch', next };
}

/** One calendar day of a service: its hours that day, or why it is closed (a public holiday, no hours that weekday). */
export type DayStatus =
  | { day: string; weekday: Weekday; state: 'unknown' }
  | { day: string; weekday: Weekday; state: 'open'; periods: DayHours }
  | { day: string; weekday: Weekday; state: 'closed'; reason: 'holiday' | 'closure' | 'dayOff'; holiday?: HolidayCode; closure?: Closure; next?: NextOpening };

export function dayStatus(service: CommuneService, day: string): DayStatus {
  const weekday = weekdayOf(day);
  const shut = closedAllDay(service, day);
  const next = () => nextOpeningFrom(service, addDays(day, 1));
  if (shut) return { day, weekday, state: 'closed', ...shut, ...withNext(next()) };
  if (!service.hours) return { day, weekday, state: 'unknown' };
  const periods = hoursOn(service, weekday) ?? [];
  if (periods.length === 0) return { day, weekday, state: 'closed', reason: 'dayOff', next: next() };
  return { day, weekday, state: 'open', periods };
}
