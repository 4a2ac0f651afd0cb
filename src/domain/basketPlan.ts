/**
 * The basket of one activity, worked out from the resident's wishes: each day is checked (the
 * activity runs, the child is enrolled, the deadline, already booked or not), priced with its late
 * surcharge, and either becomes a line (with the change to store) or is set aside with its reason,
 * never silently. Pure: the caller reads the bookings and saves the changes.
 */
import { activityRuns, bookingTiming, cancellationTiming, surchargeCents, type ClosedReason, type SchoolCalendar } from './activityCalendar';
import type { BasketChange } from './ports';
import type { Basket, SetAside, Wish } from './reservationTypes';
import { ACTIVE_STATUSES, type Activity, type Child, type Reservation } from './types';
import { addDays } from './parisTime';

/** Days of the last month: « le 3 décembre » said on 6 December, read as next year's, is that day just past, not a day eleven months ahead. */
const JUST_PAST_DAYS = 31;

/** The day is next year's same day as one of the last month (a day without its year read forward). */
export function justPastDayNextYear(day: string, today: string): boolean {
  const lastYear = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  return day > addDays(today, 365 - JUST_PAST_DAYS) && lastYear < today && lastYear >= addDays(today, -JUST_PAST_DAYS);
}

export interface BasketInput {
  activity: Activity;
  calendar: SchoolCalendar;
  /** Today in Paris, 'YYYY-MM-DD'. */
  today: string;
  children: readonly Child[];
  enrolled(childId: number, schoolYear: string): boolean;
  /** The household's bookings of the activity over the days wished. */
  existing: readonly Reservation[];
  /** The price of one day for the household, in cents. */
  priceCents: number;
  wishes: readonly Wish[];
}

/** The basket (id 0: not saved yet) and the changes to store for it, one per line. */
export function planBasketLines(input: BasketInput): { basket: Basket; changes: BasketChange[] } {
  const { activity, calendar, today, children, enrolled, existing, priceCents: price } = input;
  const sorted = [...input.wishes].sort((a, b) => a.day.localeCompare(b.day) || a.childId - b.childId);
  const activeOf = (childId: number, day: string) => existing.find((r) => r.childId === childId && r.day === day && ACTIVE_STATUSES.includes(r.status));
  const nameOf = (childId: number) => children.find((c) => c.id === childId)?.firstName ?? '';
  const basket: Basket = { id: 0, activity, lines: [], setAside: [], addedCents: 0, refundedCents: 0 };
  const changes: BasketChange[] = [];
  const seen = new Set<string>();
  for (const wish of sorted) {
    const key = `${wish.childId}:${wish.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const childName = nameOf(wish.childId);
    const aside = (reason: SetAside, closed?: ClosedReason) => basket.setAside.push({ childId: wish.childId, childName, day: wish.day, reason, ...(closed ? { closed } : {}) });
    // « le 3 décembre » said on 6 December: the day just past, said so (it was « pas inscrit », the school year of next December).
    if (justPastDayNextYear(wish.day, today)) {
      aside('past');
      continue;
    }
    const run = activityRuns(activity, calendar, wish.day);
    if (!run.runs) {
      aside(run.reason === 'noCalendar' ? 'noCalendar' : 'notRunning', run.reason);
      continue;
    }
    const booked = activeOf(wish.childId, wish.day);
    if (wish.action === 'add') {
      if (!enrolled(wish.childId, run.schoolYear)) aside('notEnrolled');
      else if (booked) aside('alreadyBooked');
      else {
        const timing = bookingTiming(activity, calendar, wish.day, today);
        if (timing.kind === 'closed') aside(timing.reason === 'lateRefused' ? 'lateRefused' : 'past');
        else {
          const late = timing.kind === 'late';
          const percent = late ? timing.surchargePercent : 0;
          const review = activity.rules.review ?? 'none';
          const pending = review === 'all' || (review === 'late' && late);
          const extra = surchargeCents(price, percent);
          changes.push({ childId: wish.childId, day: wish.day, action: 'add', status: pending ? 'pending' : 'confirmed', late, surchargePercent: percent, timing: late ? `late:${percent}` : 'onTime' });
          basket.lines.push({ childId: wish.childId, childName, day: wish.day, action: 'add', late, surchargePercent: percent, priceCents: price, surchargeCents: extra, billed: true, pending });
          basket.addedCents += price + extra;
        }
      }
    } else if (!booked) aside('notBooked');
    else {
      const timing = cancellationTiming(activity, calendar, wish.day, today);
      if (timing.kind === 'past') aside('past');
      else {
        // After the deadline a confirmed day stays billed. A day still waiting for the commune's
        // instruction (pending, a late booking) or on the waiting list was never granted: withdrawn,
        // neither the day nor its late surcharge is due (invoicing.ts bills confirmed days only).
        const billed = timing.kind === 'billed' && booked.status === 'confirmed';
        changes.push({ childId: wish.childId, day: wish.day, action: 'remove', late: billed, surchargePercent: 0, billed, timing: timing.kind });
        basket.lines.push({ childId: wish.childId, childName, day: wish.day, action: 'remove', late: billed, surchargePercent: 0, priceCents: price, surchargeCents: 0, billed, pending: false });
        if (!billed && booked.status !== 'waiting') basket.refundedCents += price + surchargeCents(price, booked.surchargePercent);
      }
    }
  }
  return { basket, changes };
}

/** The deadline situation of each change now: 'onTime', 'late:20', 'closed', 'free', 'billed' or 'past'. */
export function timingsOf(activity: Activity, calendar: SchoolCalendar, today: string, changes: ReadonlyArray<{ day: string; action: 'add' | 'remove' }>): string[] {
  return changes.map((c) => {
    if (c.action === 'remove') return cancellationTiming(activity, calendar, c.day, today).kind;
    const timing = bookingTiming(activity, calendar, c.day, today);
    return timing.kind === 'late' ? `late:${timing.surchargePercent}` : timing.kind;
  });
}
