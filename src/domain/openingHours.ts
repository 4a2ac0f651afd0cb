/**
 * Opening hours of a commune's service: the periods of a weekday, the hours of a calendar day, and
 * whether it is open at a given moment (Paris time, public holidays included), with the next
 * opening when it is closed. The communes' configuration has no closure days of its own: public
 * holidays are the only days closed beyond the weekly schedule.
 */
import { addDays, parisMoment, toMinutes, weekdayOf } from './parisTime';
import { publicHolidayOn, type HolidayCode } from './publicHolidays';
import type { CommuneService, DayHours, Weekday } from './types';

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
      reason: 'holiday' | 'lunch' | 'beforeOpening' | 'afterClosing' | 'dayOff';
      holiday?: HolidayCode;
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

/** The first opening on or after `fromDay`, within the look-ahead window. */
function nextOpeningFrom(service: CommuneService, fromDay: string): NextOpening | undefined {
  for (let i = 0; i < LOOK_AHEAD_DAYS; i++) {
    const day = addDays(fromDay, i);
    if (closedForHoliday(service, day)) continue;
    const weekday = weekdayOf(day);
    const first = hoursOn(service, weekday)?.[0];
    if (first) return { day, weekday, opensAt: first[0] };
  }
  return undefined;
}

export function openStatus(service: CommuneService, at: Date): OpenStatus {
  const now = parisMoment(at);
  return statusAt(service, now.day, now.minutes);
}

/** Whether the service is open on `day` ('YYYY-MM-DD') at `minutes` past midnight, Paris time. */
export function statusAt(service: CommuneService, day: string, minutes: number): OpenStatus {
  if (!service.hours) return { state: 'unknown' };
  const tomorrow = addDays(day, 1);
  const holiday = closedForHoliday(service, day);
  if (holiday) return { state: 'closed', reason: 'holiday', holiday, next: nextOpeningFrom(service, tomorrow) };

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
  | { day: string; weekday: Weekday; state: 'closed'; reason: 'holiday' | 'dayOff'; holiday?: HolidayCode; next?: NextOpening };

export function dayStatus(service: CommuneService, day: string): DayStatus {
  const weekday = weekdayOf(day);
  if (!service.hours) return { day, weekday, state: 'unknown' };
  const holiday = closedForHoliday(service, day);
  const next = () => nextOpeningFrom(service, addDays(day, 1));
  if (holiday) return { day, weekday, state: 'closed', reason: 'holiday', holiday, next: next() };
  const periods = hoursOn(service, weekday) ?? [];
  if (periods.length === 0) return { day, weekday, state: 'closed', reason: 'dayOff', next: next() };
  return { day, weekday, state: 'open', periods };
}
