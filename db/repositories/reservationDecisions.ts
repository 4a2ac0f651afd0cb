/**
 * The commune agents' side of bookings in the store: the bookings waiting for instruction (with
 * their household, child and activity), and the decision on them, where a refusal gives the freed
 * place to the first on that day's waiting list.
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { NewOutboxMessage } from '../../src/domain/outbox';
import type { BookingDecision, HouseholdReservation, PendingReservation } from '../../src/domain/ports';
import type { ActivityRules } from '../../src/domain/types';
import type { Db } from '../client';
import { one, rows, type Store, type Tx } from '../store';
import { queueIn } from './outboxRepository';
import { lockPlaces, promote } from './reservationPlaces';
import { toReservation } from './reservationStatuses';

export async function listPending(store: Store, communeId: string | undefined): Promise<PendingReservation[]> {
  const { reservations, activities } = store.tables;
  return described(store, and(eq(reservations.status, 'pending'), communeId ? eq(activities.communeId, communeId) : undefined));
}

export async function describe(store: Store, ids: number[]): Promise<PendingReservation[]> {
  const { reservations } = store.tables;
  return ids.length === 0 ? [] : described(store, inArray(reservations.id, ids));
}

async function described(store: Store, where: SQL | undefined): Promise<PendingReservation[]> {
  const { reservations, children, activities } = store.tables;
  const found = await store.db
    .select({ r: reservations, householdId: children.householdId, firstName: children.firstName, lastName: children.lastName, label: activities.label, communeId: activities.communeId })
    .from(reservations)
    .innerJoin(children, eq(children.id, reservations.childId))
    .innerJoin(activities, eq(activities.id, reservations.activityId))
    .where(where)
    .orderBy(asc(reservations.day), asc(reservations.id));
  return found.map((x) => ({ ...toReservation(x.r), householdId: x.householdId, childName: `${x.firstName} ${x.lastName}`, activityLabel: x.label, communeId: x.communeId }));
}

export async function decide(store: Store, ids: number[], status: 'confirmed' | 'refused', at: string, after: (result: BookingDecision) => NewOutboxMessage[] = () => []): Promise<BookingDecision> {
  if (ids.length === 0) return { decided: [], promoted: [] };
  return store.write((db) => decideAndQueueIn(store, db, ids, status, at, after));
}

function* decideAndQueueIn(store: Store, db: Db, ids: number[], status: 'confirmed' | 'refused', at: string, after: (result: BookingDecision) => NewOutboxMessage[]): Tx<BookingDecision> {
  const result = yield* decideIn(store, db, ids, status, at);
  yield* queueIn(db, store, after(result), at);
  return result;
}

function* decideIn(store: Store, db: Db, ids: number[], status: 'confirmed' | 'refused', at: string): Tx<BookingDecision> {
  const { reservations, activities, children } = store.tables;
  const candidates = yield* rows(
    db
      .select({ r: reservations, householdId: children.householdId })
      .from(reservations)
      .innerJoin(children, eq(children.id, reservations.childId))
      .where(and(inArray(reservations.id, ids), eq(reservations.status, 'pending'))),
  );
  if (candidates.length === 0) return { decided: [], promoted: [] };
  // A refusal frees places: those days' places are given by one writer at a time.
  if (status === 'refused') yield* lockPlaces(candidates.map((x) => x.r));
  // Still pending when written (another agent may have decided meanwhile): only those are decided here.
  const decidedIds = new Set((yield* rows(db.update(reservations).set({ status, updatedAt: at }).where(and(inArray(reservations.id, candidates.map((x) => x.r.id)), eq(reservations.status, 'pending'))).returning({ id: reservations.id }))).map((r) => r.id));
  const found = candidates.filter((x) => decidedIds.has(x.r.id));
  const pending = found.map((x) => x.r);
  const promoted: HouseholdReservation[] = [];
  if (status === 'refused') {
    // A refused booking frees its place: the first on the waiting list of that day takes it.
    for (const r of pending) {
      const capacity = ((yield* one(db.select({ rules: activities.rules }).from(activities).where(eq(activities.id, r.activityId))))?.rules as ActivityRules | undefined)?.capacity;
      if (capacity === undefined) continue;
      const next = yield* promote(db, store.tables, r.activityId, r.day, capacity, at);
      if (next) promoted.push(next);
    }
  }
  return { decided: found.map((x) => ({ ...toReservation(x.r), householdId: x.householdId, status, updatedAt: at })), promoted };
}
