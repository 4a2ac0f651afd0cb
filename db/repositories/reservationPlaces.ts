/**
 * A day's places where they are counted: their lock, the places taken, and the first on the
 * waiting list taking a freed one. Shared by a basket's confirmation and an agent's refusal.
 */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { HouseholdReservation } from '../../src/domain/ports';
import type { Db } from '../client';
import type * as schema from '../schema';
import { change, lock, one, type Tx } from '../store';
import { TAKEN, toReservation } from './reservationStatuses';

type Tables = typeof schema;

/**
 * Locks the places of each (activity, day), in one order: what counts a day's places and gives or
 * frees one (a confirmation, a refusal and the promotion that follows) runs one writer at a time per
 * day, so the last place is given once; other days and other communes do not wait.
 */
export function* lockPlaces(days: Array<{ activityId: number; day: string }>): Tx<void> {
  const keys = [...new Set(days.map((d) => `${d.activityId}:${d.day}`))].sort();
  for (const key of keys) yield* lock('places', key);
}

/** The places taken (pending or confirmed) on a day of an activity. */
export function* taken(db: Db, tables: Tables, activityId: number, day: string): Tx<number> {
  const { reservations } = tables;
  const row = yield* one(db.select({ n: count() }).from(reservations).where(and(eq(reservations.activityId, activityId), eq(reservations.day, day), inArray(reservations.status, TAKEN))));
  return row?.n ?? 0;
}

/** A place freed on a full day goes to the first on its waiting list, served in the order places were asked for. */
export function* promote(db: Db, tables: Tables, activityId: number, day: string, capacity: number, at: string): Tx<HouseholdReservation | undefined> {
  const { reservations, children } = tables;
  const next = yield* one(
    db
      .select({ r: reservations, householdId: children.householdId })
      .from(reservations)
      .innerJoin(children, eq(children.id, reservations.childId))
      .where(and(eq(reservations.activityId, activityId), eq(reservations.day, day), eq(reservations.status, 'waiting')))
      .orderBy(asc(reservations.updatedAt), asc(reservations.id))
      .limit(1),
  );
  if (!next || (yield* taken(db, tables, activityId, day)) >= capacity) return undefined;
  yield* change(db.update(reservations).set({ status: 'pending', updatedAt: at }).where(eq(reservations.id, next.r.id)));
  return { ...toReservation(next.r), householdId: next.householdId, status: 'pending', updatedAt: at };
}
