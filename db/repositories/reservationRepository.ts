import { and, asc, count, desc, eq, gte, inArray, isNull, like, lte, notExists, or, type SQL } from 'drizzle-orm';
import type {
  BasketChange,
  BasketRecord,
  ChangeOutcome,
  ConfirmResult,
  HeadcountRow,
  PendingReservation,
  ReservationRepository as Port,
} from '../../src/domain/ports';
import type { Absence, ActivityRules, Reservation, ReservationStatus } from '../../src/domain/types';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { absences, activities, baskets, children, reservations } from '../schema';

type Row = typeof reservations.$inferSelect;

const toReservation = (r: Row): Reservation => ({
  id: r.id,
  childId: r.childId,
  activityId: r.activityId,
  day: r.day,
  status: r.status as ReservationStatus,
  late: r.late,
  surchargePercent: r.surchargePercent,
  cancelledLate: r.cancelledLate,
  basketId: r.basketId,
  updatedAt: r.updatedAt ?? r.createdAt,
});

const TAKEN: ReservationStatus[] = ['pending', 'confirmed'];
const ACTIVE: ReservationStatus[] = ['pending', 'confirmed', 'waiting'];

export class ReservationRepository implements Port {
  constructor(private readonly db: Db) {}

  async list(childIds: number[], from: string, to: string, activityId?: number): Promise<Reservation[]> {
    if (childIds.length === 0) return [];
    const where = and(inArray(reservations.childId, childIds), gte(reservations.day, from), lte(reservations.day, to), activityId === undefined ? undefined : eq(reservations.activityId, activityId));
    return this.db.select().from(reservations).where(where).orderBy(asc(reservations.day), asc(reservations.childId)).all().map(toReservation);
  }

  async countTaken(activityId: number, from: string, to: string): Promise<Map<string, number>> {
    const rows = this.db
      .select({ day: reservations.day, n: count() })
      .from(reservations)
      .where(and(eq(reservations.activityId, activityId), gte(reservations.day, from), lte(reservations.day, to), inArray(reservations.status, TAKEN)))
      .groupBy(reservations.day)
      .all();
    return new Map(rows.map((r) => [r.day, r.n]));
  }

  async createBasket(basket: Omit<BasketRecord, 'id' | 'status' | 'reference'>): Promise<number> {
    return this.db.insert(baskets).values({ ...basket, status: 'open' }).returning({ id: baskets.id }).get().id;
  }

  async getBasket(id: number): Promise<BasketRecord | undefined> {
    const r = this.db.select().from(baskets).where(eq(baskets.id, id)).get();
    if (!r) return undefined;
    return { id: r.id, householdId: r.householdId, accountId: r.accountId, activityId: r.activityId, changes: r.changes as BasketChange[], status: r.status as BasketRecord['status'], reference: r.reference, createdAt: r.createdAt };
  }

  async replaceBasket(id: number): Promise<void> {
    this.db.update(baskets).set({ status: 'replaced' }).where(and(eq(baskets.id, id), eq(baskets.status, 'open'))).run();
  }

  async confirmBasket(id: number, referencePrefix: string, capacity: number | undefined, at: string): Promise<ConfirmResult> {
    return writeTransaction(this.db, () => {
      const basket = this.db.select().from(baskets).where(eq(baskets.id, id)).get();
      if (!basket) throw new Error(`No basket ${id}`);
      if (basket.status !== 'open') return { reference: basket.reference ?? '', alreadyConfirmed: true, outcomes: [], promoted: [] };
      const last = this.db.select({ reference: baskets.reference }).from(baskets).where(like(baskets.reference, `${referencePrefix}-%`)).orderBy(desc(baskets.reference)).get()?.reference;
      const reference = `${referencePrefix}-${String((last ? Number(last.slice(referencePrefix.length + 1)) : 0) + 1).padStart(6, '0')}`;
      this.db.update(baskets).set({ status: 'confirmed', reference, confirmedAt: at }).where(eq(baskets.id, id)).run();
      const outcomes: ChangeOutcome[] = [];
      const promoted: Reservation[] = [];
      for (const change of basket.changes as BasketChange[]) {
        const key = and(eq(reservations.childId, change.childId), eq(reservations.activityId, basket.activityId), eq(reservations.day, change.day));
        const existing = this.db.select().from(reservations).where(key).get();
        const active = existing !== undefined && ACTIVE.includes(existing.status as ReservationStatus);
        if (change.action === 'add') {
          if (active) {
            outcomes.push('already');
            continue;
          }
          const full = capacity !== undefined && this.taken(basket.activityId, change.day) >= capacity;
          const status: ReservationStatus = full ? 'waiting' : (change.status ?? 'confirmed');
          const values = { status, late: change.late, surchargePercent: change.surchargePercent, cancelledLate: false, basketId: id, updatedAt: at };
          if (existing) this.db.update(reservations).set(values).where(eq(reservations.id, existing.id)).run();
          else this.db.insert(reservations).values({ childId: change.childId, activityId: basket.activityId, day: change.day, ...values }).run();
          outcomes.push(full ? 'waiting' : 'added');
        } else {
          if (!existing || !active) {
            outcomes.push('notBooked');
            continue;
          }
          const wasTaken = TAKEN.includes(existing.status as ReservationStatus);
          this.db.update(reservations).set({ status: 'cancelled', cancelledLate: change.billed === true && wasTaken, basketId: id, updatedAt: at }).where(eq(reservations.id, existing.id)).run();
          outcomes.push('removed');
          if (wasTaken && capacity !== undefined) {
            const next = this.firstWaiting(basket.activityId, change.day);
            if (next && this.taken(basket.activityId, change.day) < capacity) {
              this.db.update(reservations).set({ status: 'pending', updatedAt: at }).where(eq(reservations.id, next.id)).run();
              promoted.push({ ...toReservation(next), status: 'pending', updatedAt: at });
            }
          }
        }
      }
      return { reference, alreadyConfirmed: false, outcomes, promoted };
    });
  }

  private taken(activityId: number, day: string): number {
    return (
      this.db
        .select({ n: count() })
        .from(reservations)
        .where(and(eq(reservations.activityId, activityId), eq(reservations.day, day), inArray(reservations.status, TAKEN)))
        .get()?.n ?? 0
    );
  }

  /** The waiting list is served in the order places were asked for. */
  private firstWaiting(activityId: number, day: string): Row | undefined {
    return this.db
      .select()
      .from(reservations)
      .where(and(eq(reservations.activityId, activityId), eq(reservations.day, day), eq(reservations.status, 'waiting')))
      .orderBy(asc(reservations.updatedAt), asc(reservations.id))
      .get();
  }

  async listPending(communeId: string | undefined): Promise<PendingReservation[]> {
    return this.described(and(eq(reservations.status, 'pending'), communeId ? eq(activities.communeId, communeId) : undefined));
  }

  async describe(ids: number[]): Promise<PendingReservation[]> {
    return ids.length === 0 ? [] : this.described(inArray(reservations.id, ids));
  }

  private described(where: SQL | undefined): PendingReservation[] {
    const rows = this.db
      .select({ r: reservations, householdId: children.householdId, firstName: children.firstName, lastName: children.lastName, label: activities.label, communeId: activities.communeId })
      .from(reservations)
      .innerJoin(children, eq(children.id, reservations.childId))
      .innerJoin(activities, eq(activities.id, reservations.activityId))
      .where(where)
      .orderBy(asc(reservations.day), asc(reservations.id))
      .all();
    return rows.map((x) => ({ ...toReservation(x.r), householdId: x.householdId, childName: `${x.firstName} ${x.lastName}`, activityLabel: x.label, communeId: x.communeId }));
  }

  async decide(ids: number[], status: 'confirmed' | 'refused', at: string): Promise<{ decided: Reservation[]; promoted: Reservation[] }> {
    if (ids.length === 0) return { decided: [], promoted: [] };
    return writeTransaction(this.db, () => {
      const pending = this.db.select().from(reservations).where(and(inArray(reservations.id, ids), eq(reservations.status, 'pending'))).all();
      if (pending.length > 0) this.db.update(reservations).set({ status, updatedAt: at }).where(inArray(reservations.id, pending.map((p) => p.id))).run();
      const promoted: Reservation[] = [];
      if (status === 'refused') {
        // A refused booking frees its place: the first on the waiting list of that day takes it.
        for (const r of pending) {
          const capacity = (this.db.select({ rules: activities.rules }).from(activities).where(eq(activities.id, r.activityId)).get()?.rules as ActivityRules | undefined)?.capacity;
          if (capacity === undefined) continue;
          const next = this.firstWaiting(r.activityId, r.day);
          if (next && this.taken(r.activityId, r.day) < capacity) {
            this.db.update(reservations).set({ status: 'pending', updatedAt: at }).where(eq(reservations.id, next.id)).run();
            promoted.push({ ...toReservation(next), status: 'pending', updatedAt: at });
          }
        }
      }
      return { decided: pending.map((p) => ({ ...toReservation(p), status, updatedAt: at })), promoted };
    });
  }

  async addAbsences(list: Array<Omit<Absence, 'id'>>, cancel: number[], at: string): Promise<void> {
    writeTransaction(this.db, () => {
      if (list.length > 0) this.db.insert(absences).values(list).run();
      if (cancel.length > 0) this.db.update(reservations).set({ status: 'cancelled', cancelledLate: false, updatedAt: at }).where(and(inArray(reservations.id, cancel), inArray(reservations.status, ACTIVE))).run();
    });
  }

  async listAbsences(childIds: number[], from: string, to: string): Promise<Absence[]> {
    if (childIds.length === 0) return [];
    return this.db
      .select()
      .from(absences)
      .where(and(inArray(absences.childId, childIds), gte(absences.day, from), lte(absences.day, to)))
      .orderBy(asc(absences.day))
      .all()
      .map((a) => ({ id: a.id, childId: a.childId, activityId: a.activityId, day: a.day, reason: a.reason, justified: a.justified, documentId: a.documentId }));
  }

  async headcount(activityIds: number[], day: string): Promise<HeadcountRow[]> {
    if (activityIds.length === 0) return [];
    return this.db
      .select({ school: children.school, activityId: reservations.activityId, count: count() })
      .from(reservations)
      .innerJoin(children, eq(children.id, reservations.childId))
      .where(
        and(
          inArray(reservations.activityId, activityIds),
          eq(reservations.day, day),
          inArray(reservations.status, TAKEN),
          // A reported absence frees the child's place in the count (the kitchens cook for who comes).
          notExists(
            this.db
              .select({ id: absences.id })
              .from(absences)
              .where(and(eq(absences.childId, reservations.childId), eq(absences.day, reservations.day), or(isNull(absences.activityId), eq(absences.activityId, reservations.activityId)))),
          ),
        ),
      )
      .groupBy(children.school, reservations.activityId)
      .orderBy(asc(children.school), asc(reservations.activityId))
      .all();
  }
}
