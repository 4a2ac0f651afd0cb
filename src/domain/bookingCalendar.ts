/**
 * The calendar of one activity for a household's children, a month at a time: each day's state (open, late with its
 * surcharge, cancel only, closed and why) and booking, the months before and after that can be shown, and a version
 * token that tells a calendar card shown earlier from the bookings as they are now.
 */
import { createHash } from 'node:crypto';
import { activityRuns, bookingTiming, calendarOf, cancellationTiming, daysOfMonth, schoolYearAt, shiftMonth, type BookingTiming, type SchoolCalendar } from './activityCalendar';
import type { BookingAccess } from './bookingAccess';
import type { CalendarDay, CalendarView, DayState, ReservationDeps } from './reservationTypes';
import { ACTIVE_STATUSES, type Account, type Activity } from './types';

function dayState(cal: SchoolCalendar, activity: Activity, timing: BookingTiming, booked: boolean, enrolled: boolean, day: string, today: string): DayState {
  if (timing.kind === 'onTime') return enrolled ? { kind: 'open' } : { kind: 'closed', reason: 'notEnrolled' };
  if (timing.kind === 'late') return enrolled ? { kind: 'late', surchargePercent: timing.surchargePercent } : { kind: 'closed', reason: 'notEnrolled' };
  if (booked && timing.reason === 'lateRefused' && cancellationTiming(activity, cal, day, today).kind !== 'past') return { kind: 'cancelOnly' };
  return { kind: 'closed', reason: timing.reason };
}

/** The month's calendar of an activity for the chosen children (checked against the account's household), with its version token. */
export async function calendarView(deps: ReservationDeps, access: BookingAccess, account: Account, activityId: number, childIds: number[], month: string): Promise<CalendarView> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return access.refuse(account, 'badMonth', { month });
  const { activity, children, enrolled } = await access.scope(account, activityId, childIds);
  const cal = calendarOf(deps.calendars, activity);
  const today = access.today();
  const days = daysOfMonth(month);
  const first = days[0] as string;
  const last = days.at(-1) as string;
  const booked = await deps.reservations.list(children.map((c) => c.id), first, last, activity.id);
  const active = new Map(booked.filter((r) => ACTIVE_STATUSES.includes(r.status)).map((r) => [`${r.childId}:${r.day}`, r]));
  const view = children.map((child) => ({
    child,
    days: days.map((day): CalendarDay => {
      const reservation = active.get(`${child.id}:${day}`);
      const run = activityRuns(activity, cal, day);
      const timing = bookingTiming(activity, cal, day, today);
      const state = dayState(cal, activity, timing, reservation !== undefined, run.runs && enrolled(child.id, run.schoolYear), day, today);
      return { day, state, ...(reservation ? { status: reservation.status } : {}) };
    }),
  }));
  // 11 hex characters, not a family key's or a code's shape: the stored state's redaction keeps it (a card asked again).
  const version = createHash('sha256').update(booked.map((r) => `${r.id}:${r.status}:${r.updatedAt}`).join('|')).digest('hex').slice(0, 11);
  const inCalendar = (m: string) => daysOfMonth(m).some((d) => schoolYearAt(cal, d) !== undefined);
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return {
    activity,
    month,
    children: view,
    version,
    ...(previous >= today.slice(0, 7) && inCalendar(previous) ? { previous } : {}),
    ...(inCalendar(next) ? { next } : {}),
  };
}
