/**
 * A child's days as the family sees them: « Signaler une absence » (days still before the
 * cancellation deadline are simply cancelled; after it, the day stays billed unless the absence is
 * justified by a medical certificate; a day with nothing booked has no absence to note: the
 * communes' pages put the absence with the bookings, « justifiez une absence, inscrivez ou modifiez
 * une réservation »), and the agenda of bookings with the absences noted.
 */
import { activityRuns, calendarOf, cancellationTiming } from './activityCalendar';
import type { BookingAccess } from './bookingAccess';
import type { AbsenceDay, AbsenceUndo, AgendaEntry, ReservationDeps } from './reservationTypes';
import { ACTIVE_STATUSES, type Absence, type Account, type Activity, type Reservation } from './types';

type Deps = Pick<ReservationDeps, 'reservations' | 'activities' | 'documents' | 'audit' | 'clock' | 'calendars'>;

interface PlannedDay {
  day: string;
  activities: Activity[];
  /** The child's active bookings that day. */
  booked: Array<{ id: number; activityId: number; status: Reservation['status'] }>;
  /** Every booking of the day is still before its cancellation deadline: cancelled free of charge. */
  free: boolean;
  /** The bookings of the day whose absence was already reported (never noted twice). */
  noted: number[];
  /** Of those, the ones whose absence is not justified yet (a certificate sent now would justify them). */
  unjustified: number[];
  /** Nothing booked now, but a booking of the day was cancelled (by an absence reported before, or by the family). */
  cancelled: boolean;
}

/** Saturday or Sunday ('YYYY-MM-DD'). */
const weekend = (day: string) => [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay());

/** What an absence would do on each day (read only): cancel free of charge, or keep the day billed. */
async function planAbsence(deps: Deps, access: BookingAccess, account: Account, childId: number, days: string[]): Promise<{ communeId: string; householdId: number; days: PlannedDay[] }> {
  const { household, children } = await access.householdOf(account);
  if (!children.some((c) => c.id === childId)) return access.refuse(account, 'notYourChild', { childIds: [childId] });
  const said = [...new Set(days)].sort();
  if (said.length === 0) return { communeId: household.communeId, householdId: household.id, days: [] };
  const ofDays = (await deps.reservations.list([childId], said[0] as string, said.at(-1) as string)).filter((r) => said.includes(r.day));
  const booked = ofDays.filter((r) => r.status === 'pending' || r.status === 'confirmed');
  // « toute la semaine prochaine »: a week-end day with nothing booked is no day of the absence (unless only such days were said).
  const schoolDays = said.filter((day) => !weekend(day) || booked.some((r) => r.day === day));
  const sorted = schoolDays.length ? schoolDays : said;
  if (sorted.length === 0) return { communeId: household.communeId, householdId: household.id, days: [] };
  const activities = await deps.activities.listByCommune(household.communeId);
  const reported = await deps.reservations.listAbsences([childId], sorted[0] as string, sorted.at(-1) as string);
  const today = access.today();
  return {
    communeId: household.communeId,
    householdId: household.id,
    days: sorted.map((day) => {
      const ofDay = booked.filter((r) => r.day === day);
      const acts = ofDay.map((r) => activities.find((a) => a.id === r.activityId)).filter((a): a is Activity => a !== undefined);
      // A booking still waiting for the commune's instruction (pending) is withdrawn free of charge whatever the day.
      const freeOf = (r: Reservation) => {
        const activity = activities.find((a) => a.id === r.activityId);
        return r.status === 'pending' || (activity !== undefined && cancellationTiming(activity, calendarOf(deps.calendars, activity), day, today).kind === 'free');
      };
      const free = acts.length > 0 && ofDay.every(freeOf);
      const reportedOf = (r: Reservation) => reported.filter((a) => a.day === day && (a.activityId === null || a.activityId === r.activityId));
      const noted = ofDay.filter((r) => r.status === 'confirmed' && reportedOf(r).length > 0).map((r) => r.id);
      const unjustified = ofDay.filter((r) => noted.includes(r.id) && !reportedOf(r).some((a) => a.justified)).map((r) => r.id);
      const cancelled = ofDay.length === 0 && ofDays.some((r) => r.day === day && r.status === 'cancelled');
      return { day, activities: acts, booked: ofDay, free, noted, unjustified, cancelled };
    }),
  };
}

/** Whether the reason matters: some day would stay billed (after the deadline), unless justified. */
export async function absenceNeedsReason(deps: Deps, access: BookingAccess, account: Account, childId: number, days: string[]): Promise<boolean> {
  const plan = await planAbsence(deps, access, account, childId, days);
  return plan.days.some((d) => d.activities.length > 0 && !d.free && d.noted.length < d.booked.length);
}

/** Whether some day's absence is already noted and still billed, not justified: a certificate sent now would justify it. */
export async function absenceToJustify(deps: Deps, access: BookingAccess, account: Account, childId: number, days: string[]): Promise<boolean> {
  const plan = await planAbsence(deps, access, account, childId, days);
  return plan.days.some((d) => !d.free && d.unjustified.length > 0);
}

/** For each day, the child's bookings are kept and the absence noted, or cancelled free of charge. */
export async function reportAbsence(deps: Deps, access: BookingAccess, account: Account, childId: number, days: string[], reason: string, documentId: number | null): Promise<AbsenceDay[]> {
  const plan = await planAbsence(deps, access, account, childId, days);
  if (documentId !== null && !(await deps.documents.listByHousehold(plan.householdId)).some((d) => d.id === documentId && d.kind === 'certificat_medical')) {
    return access.refuse(account, 'unknownDocument', { documentId });
  }
  if (plan.days.length === 0) return [];
  const booked = plan.days.filter((d) => d.booked.length > 0);
  // No booking on any day: no absence to note nor anything to cancel (an absence is from a booked day).
  if (booked.length === 0) return plan.days.map((d) => ({ day: d.day, activities: [], billing: d.cancelled ? 'alreadyCancelled' : 'nothingBooked' }));
  const justified = documentId !== null;
  const absences: Array<{ childId: number; activityId: number | null; day: string; reason: string; justified: boolean; documentId: number | null }> = [];
  const cancel: Array<{ id: number; status: 'pending' | 'confirmed'; day: string }> = [];
  for (const d of plan.days) {
    if (d.free) cancel.push(...d.booked.map((r) => ({ id: r.id, status: r.status as 'pending' | 'confirmed', day: d.day })));
    else
      for (const r of d.booked) {
        if (r.status === 'pending') cancel.push({ id: r.id, status: 'pending', day: d.day });
        // A day already reported is not noted twice, unless a certificate now justifies it.
        else if (justified || !d.noted.includes(r.id)) absences.push({ childId, activityId: r.activityId, day: d.day, reason, justified, documentId });
      }
  }
  const added = await deps.reservations.addAbsences(absences, cancel.map((r) => r.id), deps.clock.now().toISOString());
  await deps.audit.append({ actor: `account:${account.id}`, action: 'absence.reported', communeId: plan.communeId, subject: String(childId), details: { days: booked.length, justified } }, deps.clock.now().toISOString());
  const undoOf = (day: string): AbsenceUndo => ({
    absenceIds: added.filter((_, i) => absences[i]?.day === day),
    restore: cancel.filter((r) => r.day === day).map(({ id, status }) => ({ id, status })),
  });
  return plan.days.map((d) => ({
    day: d.day,
    activities: d.activities,
    billing: d.booked.length === 0 ? (d.cancelled ? 'alreadyCancelled' : 'nothingBooked') : d.free ? 'cancelledFree' : justified ? 'notBilled' : d.noted.length === d.booked.length ? 'alreadyNoted' : 'billed',
    undo: undoOf(d.day),
  }));
}

/** An absence just recorded taken back (« en fait pas le 8 »): what it did those days undone, for a child of the household. */
export async function withdrawAbsence(deps: Deps, access: BookingAccess, account: Account, childId: number, undo: AbsenceUndo[]): Promise<void> {
  const { household, children } = await access.householdOf(account);
  if (!children.some((c) => c.id === childId)) return access.refuse(account, 'notYourChild', { childIds: [childId] });
  const at = deps.clock.now().toISOString();
  await deps.reservations.withdrawAbsences([childId], undo.flatMap((u) => u.absenceIds), undo.flatMap((u) => u.restore), at);
  await deps.audit.append({ actor: `account:${account.id}`, action: 'absence.withdrawn', communeId: household.communeId, subject: String(childId), details: { days: undo.length } }, at);
}

/** The children's active bookings between two days, each with whether an absence was reported. */
export async function agenda(deps: Deps, access: BookingAccess, account: Account, childIds: number[], from: string, to: string): Promise<AgendaEntry[]> {
  const { household, children } = await access.householdOf(account);
  if (childIds.some((id) => !children.some((c) => c.id === id))) return access.refuse(account, 'notYourChild', { childIds });
  const activities = await deps.activities.listByCommune(household.communeId);
  const [list, absences] = await Promise.all([deps.reservations.list(childIds, from, to), deps.reservations.listAbsences(childIds, from, to)]);
  return list
    .filter((r) => ACTIVE_STATUSES.includes(r.status))
    .map((r) => ({
      day: r.day,
      childId: r.childId,
      activity: activities.find((a) => a.id === r.activityId) as Activity,
      status: r.status,
      ...absenceOn(absences, r),
    }))
    .filter((e) => e.activity !== undefined);
}

/** Whether an absence was reported for this booking's day and activity, and whether it is justified (a certificate): not billed. */
function absenceOn(absences: readonly Absence[], r: { childId: number; day: string; activityId: number }): { absent: boolean; justified: boolean } {
  const found = absences.filter((a) => a.childId === r.childId && a.day === r.day && (a.activityId === null || a.activityId === r.activityId));
  return { absent: found.length > 0, justified: found.some((a) => a.justified) };
}

/** Of these days, those on which none of the commune's activities runs (a week-end, a public holiday, a day without school): no absence to report. */
export async function daysWithoutActivity(deps: Deps, access: BookingAccess, account: Account, days: string[]): Promise<string[]> {
  const { household } = await access.householdOf(account);
  const activities = await deps.activities.listByCommune(household.communeId);
  return days.filter((day) => !activities.some((a) => activityRuns(a, calendarOf(deps.calendars, a), day).runs));
}
