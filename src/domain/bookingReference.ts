/**
 * A booking's reference (CSP-RES-2026-000012, given at its confirmation): the basket it numbered, for the
 * household that made it only (another family's reference is not found), with the days it changed and, for
 * each day it booked, whether it is still booked.
 */
import type { BookingAccess } from './bookingAccess';
import type { ReservationDeps } from './reservationTypes';
import type { Account } from './types';

export interface BookedDay {
  childId: number;
  firstName: string;
  day: string;
  action: 'add' | 'remove';
  /** A day it booked still booked (confirmed, pending or waiting), and still to come. */
  stillBooked: boolean;
}

export interface BookedByReference {
  reference: string;
  activityId: number;
  activityLabel: string;
  days: BookedDay[];
}

const BOOKED: readonly string[] = ['confirmed', 'pending', 'waiting'];

/** The basket a reference numbered, or undefined when it is not this household's (or does not exist). */
export async function bookedByReference(deps: ReservationDeps, access: BookingAccess, account: Account, reference: string): Promise<BookedByReference | undefined> {
  if (account.householdId === null) return undefined;
  const record = await deps.reservations.findBasketByReference(reference);
  if (!record || record.householdId !== account.householdId || record.status !== 'confirmed') return undefined;
  const { household, children } = await access.householdOf(account);
  const activity = (await deps.activities.listByCommune(household.communeId)).find((a) => a.id === record.activityId);
  if (!activity) return undefined;
  const days = record.changes.map((c) => c.day).sort();
  const childIds = [...new Set(record.changes.map((c) => c.childId))];
  const now = days.length ? await deps.reservations.list(childIds, days[0] as string, days.at(-1) as string, activity.id) : [];
  const today = access.today();
  return {
    reference,
    activityId: activity.id,
    activityLabel: activity.label,
    days: record.changes.map((c) => ({
      childId: c.childId,
      firstName: children.find((k) => k.id === c.childId)?.firstName ?? '',
      day: c.day,
      action: c.action,
      stillBooked: c.action === 'add' && c.day >= today && now.some((r) => r.childId === c.childId && r.day === c.day && BOOKED.includes(r.status)),
    })),
  };
}
