/**
 * The queries of a basket's confirmation: its days' reservations read in one statement, then each day
 * added or changed, and around them the basket read, claimed, then settled with its reference:
 * on SQLite, prepared once (db/prepared.ts, preparedWrite) and run with each confirmation's values;
 * on PostgreSQL, where a write runs on its transaction's own connection, built there as before.
 */
import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { preparedWrite } from '../prepared';
import type { Store } from '../store';
import type { ReservationRow } from './reservationStatuses';

type Tables = Store['tables'];
type BasketRow = Tables['baskets']['$inferSelect'];
type NewReservation = Tables['reservations']['$inferInsert'];
/** What a confirmation writes of a day's reservation. */
export type DayValues = Pick<NewReservation, 'status' | 'late' | 'surchargePercent' | 'cancelledLate' | 'basketId' | 'updatedAt'>;

export interface ConfirmQueries {
  basket(db: Db, id: number): PromiseLike<BasketRow[]>;
  /** The basket confirmed if still open. */
  claim(db: Db, id: number, at: string): PromiseLike<unknown>;
  /** The child's reservation of that day of that activity. */
  dayOf(db: Db, childId: number, activityId: number, day: string): PromiseLike<ReservationRow[]>;
  /** The reservations of that activity on these children's days, in one read (a day not booked has none). */
  daysOf(db: Db, activityId: number, days: ReadonlyArray<{ childId: number; day: string }>): PromiseLike<ReservationRow[]>;
  addDay(db: Db, day: { childId: number; activityId: number; day: string } & DayValues): PromiseLike<unknown>;
  changeDay(db: Db, id: number, values: DayValues): PromiseLike<unknown>;
  /** The basket's reference and what was done to each change. */
  settle(db: Db, id: number, reference: string, changes: unknown): PromiseLike<unknown>;
}

const p = sql.placeholder;
/** A placeholder where an update's set takes only values or SQL: its value is bound as given (booleans and JSON encoded by the caller). */
const bound = (name: string) => sql`${sql.placeholder(name)}`;
/** The day's values as SQLite stores them (booleans as 0 or 1), for the update's bound placeholders. */
const stored = (v: DayValues) => ({ ...v, late: v.late ? 1 : 0, cancelledLate: v.cancelledLate ? 1 : 0 });

export function confirmQueries(store: Store): ConfirmQueries {
  const { baskets, reservations } = store.tables;
  const { db } = store;
  const dayKey = (childId: unknown, activityId: unknown, day: unknown) =>
    and(eq(reservations.childId, childId as number), eq(reservations.activityId, activityId as number), eq(reservations.day, day as string));
  const ready = {
    basket: preparedWrite<BasketRow[]>(store, db.select().from(baskets).where(eq(baskets.id, p('id')))),
    claim: preparedWrite(store, db.update(baskets).set({ status: 'confirmed', confirmedAt: bound('at') }).where(and(eq(baskets.id, p('id')), eq(baskets.status, 'open')))),
    dayOf: preparedWrite<ReservationRow[]>(store, db.select().from(reservations).where(dayKey(p('childId'), p('activityId'), p('day')))),
    // The pairs as one JSON list ([[childId, day], …]): one statement whatever their number, on the unique index (child, activity, day).
    daysOf: preparedWrite<ReservationRow[]>(
      store,
      db.select().from(reservations).where(and(eq(reservations.activityId, p('activityId')), sql`(${reservations.childId}, ${reservations.day}) in (select value ->> 0, value ->> 1 from json_each(${p('days')}))`)),
    ),
    addDay: preparedWrite(store, db.insert(reservations).values({ childId: p('childId'), activityId: p('activityId'), day: p('day'), status: p('status'), late: p('late'), surchargePercent: p('surchargePercent'), cancelledLate: p('cancelledLate'), basketId: p('basketId'), updatedAt: p('updatedAt') })),
    changeDay: preparedWrite(store, db.update(reservations).set({ status: bound('status'), late: bound('late'), surchargePercent: bound('surchargePercent'), cancelledLate: bound('cancelledLate'), basketId: bound('basketId'), updatedAt: bound('updatedAt') }).where(eq(reservations.id, p('id')))),
    settle: preparedWrite(store, db.update(baskets).set({ reference: bound('reference'), changes: bound('changes') }).where(eq(baskets.id, p('id')))),
  };
  return {
    basket: (tx, id) => ready.basket?.({ id }) ?? tx.select().from(baskets).where(eq(baskets.id, id)),
    claim: (tx, id, at) => ready.claim?.({ id, at }) ?? tx.update(baskets).set({ status: 'confirmed', confirmedAt: at }).where(and(eq(baskets.id, id), eq(baskets.status, 'open'))),
    dayOf: (tx, childId, activityId, day) => ready.dayOf?.({ childId, activityId, day }) ?? tx.select().from(reservations).where(dayKey(childId, activityId, day)),
    daysOf: (tx, activityId, days) =>
      ready.daysOf?.({ activityId, days: JSON.stringify(days.map((d) => [d.childId, d.day])) }) ??
      tx.select().from(reservations).where(or(...days.map((d) => dayKey(d.childId, activityId, d.day)))),
    addDay: (tx, values) => ready.addDay?.(values) ?? tx.insert(reservations).values(values),
    changeDay: (tx, id, values) => ready.changeDay?.({ id, ...stored(values) }) ?? tx.update(reservations).set(values).where(eq(reservations.id, id)),
    settle: (tx, id, reference, changes) => ready.settle?.({ id, reference, changes: JSON.stringify(changes) }) ?? tx.update(baskets).set({ reference, changes }).where(eq(baskets.id, id)),
  };
}
