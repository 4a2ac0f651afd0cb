/**
 * The absences a family recorded for days to come, and taking one back later (« finalement Léa ira à
 * la cantine lundi », « annuler l'absence du 12 »), in any conversation: not only the one just
 * recorded (its own undo, absences.ts).
 *
 * An absence left two traces: after the deadline, absence rows beside the booking kept (billed);
 * before it, the booking cancelled free of charge, its row still pointing to the basket that had
 * added it (a basket that cancels a day points the row to itself). Taking it back deletes the rows,
 * and puts a booking it cancelled back as it was, when that day can still be booked on time (no
 * surcharge) and, with counted places, one is left.
 */
import { bookingTiming, calendarOf } from './activityCalendar';
import type { BookingAccess } from './bookingAccess';
import { addDays } from './parisTime';
import type { AbsenceUndo, ReservationDeps } from './reservationTypes';
import type { Account, Activity } from './types';

type Deps = Pick<ReservationDeps, 'reservations' | 'activities' | 'audit' | 'clock' | 'calendars'>;

/** An absence of one child on one day still to come. */
export interface RecordedAbsence {
  childId: number;
  day: string;
  /** The activities it concerns (kept but noted absent, or cancelled). */
  activities: Activity[];
  /** What taking it back does: the rows deleted, the bookings put back. */
  undo: AbsenceUndo;
  /** It can be taken back: a booking it cancelled could not be made again on time (or no place is left): not. */
  withdrawable: boolean;
}

/** How far ahead absences are looked for. */
const AHEAD_DAYS = 400;

/** The absences of the household's children on days to come, by day then child. */
export async function recordedAbsences(deps: Deps, access: BookingAccess, account: Account): Promise<RecordedAbsence[]> {
  const { household, children } = await access.householdOf(account);
  const childIds = children.map((c) => c.id);
  if (childIds.length === 0) return [];
  const today = access.today();
  const from = addDays(today, 1);
  const to = addDays(today, AHEAD_DAYS);
  const [rows, reservations, activities] = await Promise.all([
    deps.reservations.listAbsences(childIds, from, to),
    deps.reservations.list(childIds, from, to),
    deps.activities.listByCommune(household.communeId),
  ]);
  const found = new Map<string, RecordedAbsence>();
  const entry = (childId: number, day: string): RecordedAbsence => {
    const key = `${day}|${childId}`;
    let e = found.get(key);
    if (!e) {
      e = { childId, day, activities: [], undo: { absenceIds: [], restore: [] }, withdrawable: true };
      found.set(key, e);
    }
    return e;
  };
  const add = (e: RecordedAbsence, activity: Activity | undefined) => {
    if (activity && !e.activities.some((a) => a.id === activity.id)) e.activities.push(activity);
  };
  for (const a of rows) {
    const e = entry(a.childId, a.day);
    e.undo.absenceIds.push(a.id);
    add(e, activities.find((x) => x.id === a.activityId));
  }
  const baskets = new Map<number, Awaited<ReturnType<Deps['reservations']['getBasket']>>>();
  for (const r of reservations.filter((x) => x.status === 'cancelled' && !x.cancelledLate && x.basketId !== null)) {
    const basketId = r.basketId as number;
    if (!baskets.has(basketId)) baskets.set(basketId, await deps.reservations.getBasket(basketId));
    // Still pointing to the basket that added it: cancelled by an absence, not by a basket.
    const added = baskets.get(basketId)?.changes.find((c) => c.childId === r.childId && c.day === r.day && c.action === 'add');
    const activity = activities.find((x) => x.id === r.activityId);
    if (!added || !activity) continue;
    const e = entry(r.childId, r.day);
    e.undo.restore.push({ id: r.id, status: added.status ?? 'confirmed' });
    add(e, activity);
    if (!(await bookableAgain(deps, activity, r.day, today))) e.withdrawable = false;
  }
  return [...found.values()].sort((a, b) => a.day.localeCompare(b.day) || childIds.indexOf(a.childId) - childIds.indexOf(b.childId));
}

/** A day cancelled can be booked again as it was: on time (no surcharge) and, with counted places, one left. */
async function bookableAgain(deps: Deps, activity: Activity, day: string, today: string): Promise<boolean> {
  if (bookingTiming(activity, calendarOf(deps.calendars, activity), day, today).kind !== 'onTime') return false;
  const capacity = activity.rules.capacity;
  if (capacity === undefined) return true;
  return ((await deps.reservations.countTaken(activity.id, day, day)).get(day) ?? 0) < capacity;
}

/** Takes back the absence of a child on a day (as found again now); false when there is none that can be. */
export async function withdrawRecordedAbsence(deps: Deps, access: BookingAccess, account: Account, childId: number, day: string): Promise<boolean> {
  const { household } = await access.householdOf(account);
  const found = (await recordedAbsences(deps, access, account)).find((a) => a.childId === childId && a.day === day);
  if (!found?.withdrawable) return false;
  const at = deps.clock.now().toISOString();
  await deps.reservations.withdrawAbsences([childId], found.undo.absenceIds, found.undo.restore, at);
  await deps.audit.append({ actor: `account:${account.id}`, action: 'absence.withdrawn', communeId: household.communeId, subject: String(childId), details: { days: 1, later: true } }, at);
  return true;
}

/** The reason of an absence just recorded, said afterwards (« il a rdv chez le médecin »): its rows, for a child of the household. */
export async function restateAbsenceReason(deps: Deps, access: BookingAccess, account: Account, childId: number, absenceIds: number[], reason: string): Promise<void> {
  const { household, children } = await access.householdOf(account);
  if (!children.some((c) => c.id === childId)) return access.refuse(account, 'notYourChild', { childIds: [childId] });
  const changed = await deps.reservations.setAbsenceReason([childId], absenceIds, reason);
  if (changed > 0) await deps.audit.append({ actor: `account:${account.id}`, action: 'absence.reasonGiven', communeId: household.communeId, subject: String(childId), details: { rows: changed } }, deps.clock.now().toISOString());
}
