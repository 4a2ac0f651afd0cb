import { and, asc, count, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { NewOutboxMessage } from '../../src/domain/outbox';
import type {
  BasketChange,
  BasketRecord,
  BookingDecision,
  ChangeOutcome,
  ConfirmResult,
  HeadcountRow,
  HouseholdReservation,
  PendingReservation,
  ReservationRepository as Port,
} from '../../src/domain/ports';
import type { Absence, AuditEntry, Reservation, ReservationStatus } from '../../src/domain/types';
import type { Db } from '../client';
import type { baskets } from '../schema';
import { prepared, preparedWrite } from '../prepared';
import { change, KEEPS_TURN_READS, lock, one, rows, type Store, type Tx } from '../store';
import { addAbsences, headcount, justifyAbsences, listAbsences, listUnjustifiedAbsences, setAbsenceReason, withdrawAbsences } from './absenceRows';
import { numbered, takeNumbers } from './counters';
import { ACTIVE, TAKEN, toReservation, type ReservationRow as Row } from './reservationStatuses';
import { queueIn } from './outboxRepository';
import { auditInsert } from './auditRepository';
import { confirmQueries, type ConfirmQueries } from './confirmQueries';
import { decide, describe, listPending } from './reservationDecisions';
import { lockPlaces, promote, taken } from './reservationPlaces';

/** What a confirmation asks to write with its result, in its transaction. */
type Follow<T> = (result: ConfirmResult) => T;

/** A household's children read at once by the prepared reads (more are read by a query built each time). */
const PREPARED_CHILDREN = 4;

export class ReservationRepository implements Port {
  /** The reads and the write of a booking turn, built once (db/prepared.ts): the children's days by their number, a basket, a new basket (SQLite). */
  private readonly daysOf = new Map<string, (values: Record<string, unknown>) => Promise<Row[]>>();
  private readonly basket;
  private readonly newBasket;
  /** The confirmation's queries, prepared on SQLite. */
  private readonly confirming: ConfirmQueries;
  /** The confirmation's audit entry, written in its transaction. */
  private readonly audit: ReturnType<typeof auditInsert>;

  constructor(private readonly store: Store) {
    const { baskets } = store.tables;
    this.basket = prepared(store, 'basket_by_id', store.db.select().from(baskets).where(eq(baskets.id, sql.placeholder('id'))).limit(1));
    const values = { householdId: sql.placeholder('householdId'), accountId: sql.placeholder('accountId'), activityId: sql.placeholder('activityId'), changes: sql.placeholder('changes'), status: 'open', createdAt: sql.placeholder('createdAt') };
    this.newBasket = preparedWrite<Array<{ id: number }>>(store, store.db.insert(baskets).values(values).returning({ id: baskets.id }));
    this.confirming = confirmQueries(store);
    this.audit = auditInsert(store);
  }

  /** The select of the days of `count` children (with an activity or not), prepared at its first use. */
  private days(count: number, withActivity: boolean): (values: Record<string, unknown>) => Promise<Row[]> {
    const key = `${count}:${withActivity}`;
    let found = this.daysOf.get(key);
    if (!found) {
      const { reservations } = this.store.tables;
      const children = Array.from({ length: count }, (_, i) => sql.placeholder(`c${i}`));
      const where = and(inArray(reservations.childId, children), gte(reservations.day, sql.placeholder('from')), lte(reservations.day, sql.placeholder('to')), withActivity ? eq(reservations.activityId, sql.placeholder('activityId')) : undefined);
      found = prepared(this.store, `reservations_of_${count}_children${withActivity ? '_activity' : ''}`, this.store.db.select().from(reservations).where(where).orderBy(asc(reservations.day), asc(reservations.childId)));
      this.daysOf.set(key, found);
    }
    return found;
  }

  async list(childIds: number[], from: string, to: string, activityId?: number): Promise<Reservation[]> {
    if (childIds.length === 0) return [];
    if (childIds.length <= PREPARED_CHILDREN) {
      const values: Record<string, unknown> = { from, to, activityId };
      childIds.forEach((id, i) => (values[`c${i}`] = id));
      return (await this.days(childIds.length, activityId !== undefined)(values)).map(toReservation);
    }
    const { reservations } = this.store.tables;
    const where = and(inArray(reservations.childId, childIds), gte(reservations.day, from), lte(reservations.day, to), activityId === undefined ? undefined : eq(reservations.activityId, activityId));
    return (await this.store.db.select().from(reservations).where(where).orderBy(asc(reservations.day), asc(reservations.childId))).map(toReservation);
  }

  async countTaken(activityId: number, from: string, to: string): Promise<Map<string, number>> {
    const { reservations } = this.store.tables;
    const found = await this.store.db
      .select({ day: reservations.day, n: count() })
      .from(reservations)
      .where(and(eq(reservations.activityId, activityId), gte(reservations.day, from), lte(reservations.day, to), inArray(reservations.status, TAKEN)))
      .groupBy(reservations.day);
    return new Map(found.map((r) => [r.day, r.n]));
  }

  async createBasket(basket: Omit<BasketRecord, 'id' | 'status' | 'reference'>): Promise<number> {
    const { baskets } = this.store.tables;
    const ready = this.newBasket;
    const [row] = await this.store.writeOne((db) => rows(ready ? ready({ ...basket }) : db.insert(baskets).values({ ...basket, status: 'open' }).returning({ id: baskets.id })), KEEPS_TURN_READS);
    return (row as { id: number }).id;
  }

  async getBasket(id: number): Promise<BasketRecord | undefined> {
    const [r] = await this.basket({ id });
    return r ? basketRecord(r) : undefined;
  }

  async findBasketByReference(reference: string): Promise<BasketRecord | undefined> {
    const { baskets } = this.store.tables;
    const [r] = await this.store.db.select().from(baskets).where(eq(baskets.reference, reference)).limit(1);
    return r ? basketRecord(r) : undefined;
  }

  async replaceBasket(id: number): Promise<void> {
    const { baskets } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(baskets).set({ status: 'replaced' }).where(and(eq(baskets.id, id), eq(baskets.status, 'open')))), KEEPS_TURN_READS);
  }

  async confirmBasket(id: number, referencePrefix: string, capacity: number | undefined, at: string, after: Follow<NewOutboxMessage[]> = () => [], read?: BasketRead, audited?: Follow<AuditEntry | undefined>): Promise<ConfirmResult> {
    return this.store.write((db) => this.confirmAndQueueIn(db, id, referencePrefix, capacity, at, after, read, audited), KEEPS_TURN_READS);
  }

  private *confirmAndQueueIn(db: Db, id: number, referencePrefix: string, capacity: number | undefined, at: string, after: Follow<NewOutboxMessage[]>, read: BasketRead | undefined, audited: Follow<AuditEntry | undefined> | undefined): Tx<ConfirmResult> {
    const result = yield* this.confirmIn(db, id, referencePrefix, capacity, at, read);
    yield* queueIn(db, this.store, after(result), at);
    const entry = audited?.(result);
    if (entry) yield* change(this.audit(db, entry, at));
    return result;
  }

  private *confirmIn(db: Db, id: number, referencePrefix: string, capacity: number | undefined, at: string, read: BasketRead | undefined): Tx<ConfirmResult> {
    const { baskets, reservations } = this.store.tables;
    const q = this.confirming;
    // Read by the caller while open: its activity and changes are still those (only its claim, below, tells whether it still is open).
    const basket = read?.status === 'open' ? read : yield* one(q.basket(db, id));
    if (!basket) throw new Error(`No basket ${id}`);
    // Claimed by a conditional write: of two confirmations at once, the second finds it taken (on
    // PostgreSQL it waits for the first's commit), and tells the first one's reference.
    const claimed = basket.status === 'open' && (yield* change(q.claim(db, id, at))) === 1;
    if (!claimed) {
      const reference = (yield* one(db.select({ reference: baskets.reference }).from(baskets).where(eq(baskets.id, id))))?.reference;
      return { reference: reference ?? '', alreadyConfirmed: true, outcomes: [], promoted: [] };
    }
    const changes = basket.changes as BasketChange[];
    // With a capacity, the places of each day of this activity are counted and given by one writer
    // at a time; without one, only the same child's day is (two baskets of one family at once):
    // the canteen of a whole commune is not booked in single file.
    if (capacity !== undefined) yield* lockPlaces(changes.map((c) => ({ activityId: basket.activityId, day: c.day })));
    else for (const key of [...new Set(changes.map((c) => `${c.childId}:${basket.activityId}:${c.day}`))].sort()) yield* lock('childDay', key);
    const outcomes: ChangeOutcome[] = [];
    const promoted: HouseholdReservation[] = [];
    // Every day's reservation in one read; a day met again in the same basket is read again (the first may have written it).
    const before = new Map((changes.length ? yield* rows(q.daysOf(db, basket.activityId, changes)) : []).map((r) => [`${r.childId}:${r.day}`, r]));
    const met = new Set<string>();
    for (const item of changes) {
      const key = `${item.childId}:${item.day}`;
      const existing = met.has(key) ? yield* one(q.dayOf(db, item.childId, basket.activityId, item.day)) : before.get(key);
      met.add(key);
      const active = existing !== undefined && ACTIVE.includes(existing.status as ReservationStatus);
      if (item.action === 'add') {
        if (active) {
          outcomes.push('already');
          continue;
        }
        const full = capacity !== undefined && (yield* taken(db, this.store.tables, basket.activityId, item.day)) >= capacity;
        const status: ReservationStatus = full ? 'waiting' : (item.status ?? 'confirmed');
        const values = { status, late: item.late, surchargePercent: item.surchargePercent, cancelledLate: false, basketId: id, updatedAt: at };
        if (existing) yield* change(q.changeDay(db, existing.id, values));
        else yield* change(q.addDay(db, { childId: item.childId, activityId: basket.activityId, day: item.day, ...values }));
        outcomes.push(full ? 'waiting' : 'added');
      } else {
        if (!existing || !active) {
          outcomes.push('notBooked');
          continue;
        }
        const wasTaken = TAKEN.includes(existing.status as ReservationStatus);
        yield* change(db.update(reservations).set({ status: 'cancelled', cancelledLate: item.billed === true && existing.status === 'confirmed', basketId: id, updatedAt: at }).where(eq(reservations.id, existing.id)));
        outcomes.push('removed');
        if (wasTaken && capacity !== undefined) {
          const next = yield* promote(db, this.store.tables, basket.activityId, item.day, capacity, at);
          if (next) promoted.push(next);
        }
      }
    }
    // Numbered last: the series' counter is held only until the commit that follows.
    const reference = numbered(referencePrefix, yield* takeNumbers(db, this.store, 'baskets', referencePrefix));
    // What was done to each change stays with the basket (its confirmation mail says it).
    yield* change(q.settle(db, id, reference, changes.map((c, i) => ({ ...c, outcome: outcomes[i] }))));
    return { reference, alreadyConfirmed: false, outcomes, promoted };
  }

  listPending(communeId: string | undefined): Promise<PendingReservation[]> {
    return listPending(this.store, communeId);
  }

  describe(ids: number[]): Promise<PendingReservation[]> {
    return describe(this.store, ids);
  }

  decide(ids: number[], status: 'confirmed' | 'refused', at: string, after?: (result: BookingDecision) => NewOutboxMessage[]): Promise<BookingDecision> {
    return decide(this.store, ids, status, at, after);
  }

  addAbsences(list: Array<Omit<Absence, 'id'>>, cancel: number[], at: string): Promise<number[]> {
    return addAbsences(this.store, list, cancel, at);
  }

  withdrawAbsences(childIds: number[], absenceIds: number[], restore: Array<{ id: number; status: 'pending' | 'confirmed' }>, at: string): Promise<void> {
    return withdrawAbsences(this.store, childIds, absenceIds, restore, at);
  }

  setAbsenceReason(childIds: number[], absenceIds: number[], reason: string): Promise<number> {
    return setAbsenceReason(this.store, childIds, absenceIds, reason);
  }

  listAbsences(childIds: number[], from: string, to: string): Promise<Absence[]> {
    return listAbsences(this.store, childIds, from, to);
  }

  listUnjustifiedAbsences(childIds: number[], from: string): Promise<Array<Absence & { createdAt: string }>> {
    return listUnjustifiedAbsences(this.store, childIds, from);
  }

  justifyAbsences(ids: number[], documentId: number): Promise<number> {
    return justifyAbsences(this.store, ids, documentId);
  }

  headcount(activityIds: number[], day: string): Promise<HeadcountRow[]> {
    return headcount(this.store, activityIds, day);
  }
}

/** A basket as the caller of a confirmation read it. */
type BasketRead = Pick<BasketRecord, 'status' | 'activityId' | 'changes'>;

function basketRecord(r: typeof baskets.$inferSelect): BasketRecord {
  return { id: r.id, householdId: r.householdId, accountId: r.accountId, activityId: r.activityId, changes: r.changes as BasketChange[], status: r.status as BasketRecord['status'], reference: r.reference, createdAt: r.createdAt };
}
