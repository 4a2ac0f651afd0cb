/**
 * Invoices, their lines and the payment attempts, on either store (db/store.ts). Numbering (a
 * counter per prefix, db/repositories/counters.ts) and settling a payment (under a lock on its
 * reference) happen in one write transaction each, so two notifications at once cannot pay an
 * invoice twice.
 */
import { and, asc, desc, eq, exists, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { BillableDay, InvoiceRepository as Port, NewInvoice, SettleOutcome } from '../../src/domain/ports';
import type { NewOutboxMessage } from '../../src/domain/outbox';
import type { Invoice, InvoiceLine, PaymentAttempt, PaymentStatus } from '../../src/domain/types';
import type { Db } from '../client';
import type { invoices, payments } from '../schema';
import { prepared } from '../prepared';
import { change, lock, one, rows, type Store, type Tx } from '../store';
import { numbered, takeNumbers } from './counters';
import { queueIn } from './outboxRepository';

type SettleResult = { paid: boolean; authorization: string | null; errorCode: string; at: string };

type InvoiceRow = typeof invoices.$inferSelect;
type PaymentRow = typeof payments.$inferSelect;

const toInvoice = (r: InvoiceRow): Invoice => ({
  id: r.id,
  householdId: r.householdId,
  number: r.number,
  label: r.label,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  issuedOn: r.issuedOn,
  dueOn: r.dueOn,
  totalCents: r.totalCents,
  status: r.status as Invoice['status'],
  paidAt: r.paidAt,
  kind: r.kind as Invoice['kind'],
});

const toAttempt = (r: PaymentRow): PaymentAttempt => ({
  id: r.id,
  invoiceId: r.invoiceId,
  reference: r.reference,
  amountCents: r.amountCents,
  status: r.status as PaymentStatus,
  provider: r.provider,
  authorization: r.authorization,
  accountId: r.accountId,
  errorCode: r.errorCode,
  createdAt: r.createdAt,
  completedAt: r.completedAt,
});

export class InvoiceRepository implements Port {
  /** A household's invoices (« mes factures »), built once (db/prepared.ts). */
  private readonly ofHousehold;

  constructor(private readonly store: Store) {
    const { invoices } = store.tables;
    this.ofHousehold = prepared(store, 'invoices_of_household', store.db.select().from(invoices).where(eq(invoices.householdId, sql.placeholder('householdId'))).orderBy(desc(invoices.issuedOn), desc(invoices.id)));
  }

  async billableDays(activityIds: number[], from: string, to: string, householdIds?: number[]): Promise<BillableDay[]> {
    if (activityIds.length === 0 || householdIds?.length === 0) return [];
    const { absences, children, reservations } = this.store.tables;
    const justified = exists(
      this.store.db
        .select({ id: absences.id })
        .from(absences)
        .where(and(eq(absences.childId, reservations.childId), eq(absences.day, reservations.day), eq(absences.justified, true), or(isNull(absences.activityId), eq(absences.activityId, reservations.activityId)))),
    );
    return this.store.db
      .select({
        householdId: children.householdId,
        childId: reservations.childId,
        activityId: reservations.activityId,
        day: reservations.day,
        surchargePercent: reservations.surchargePercent,
        justified: sql<number>`${justified}`.mapWith(Boolean),
      })
      .from(reservations)
      .innerJoin(children, eq(children.id, reservations.childId))
      .where(
        and(
          householdIds ? inArray(children.householdId, householdIds) : undefined,
          inArray(reservations.activityId, activityIds),
          gte(reservations.day, from),
          lte(reservations.day, to),
          or(eq(reservations.status, 'confirmed'), and(eq(reservations.status, 'cancelled'), eq(reservations.cancelledLate, true))),
        ),
      )
      .orderBy(asc(children.householdId), asc(reservations.childId), asc(reservations.activityId), asc(reservations.day));
  }

  async createMany(prefix: string, list: NewInvoice[], then?: { at: string; after: (created: Invoice[]) => NewOutboxMessage[] }): Promise<Invoice[]> {
    if (list.length === 0) return [];
    return this.store.write((db) => this.createManyAndQueueIn(db, prefix, list, then));
  }

  private *createManyAndQueueIn(db: Db, prefix: string, list: NewInvoice[], then: { at: string; after: (created: Invoice[]) => NewOutboxMessage[] } | undefined): Tx<Invoice[]> {
    const created = yield* this.createManyIn(db, prefix, list);
    if (then) yield* queueIn(db, this.store.tables, then.after(created), then.at);
    return created;
  }

  private *createManyIn(db: Db, prefix: string, list: NewInvoice[]): Tx<Invoice[]> {
    const { invoices, invoiceLines } = this.store.tables;
    // Two runs of one series at once (the monthly job, an agent's command): the second waits, then
    // finds what the first made and skips it.
    yield* lock('invoicing', prefix);
    // Monthly invoices already made for these households and periods are skipped (a run done again).
    const made = new Set<string>();
    const monthly = list.filter((i) => i.kind === 'monthly' && i.periodStart);
    for (let i = 0; i < monthly.length; i += 500) {
      const slice = monthly.slice(i, i + 500);
      const found = yield* rows(
        db
          .select({ householdId: invoices.householdId, periodStart: invoices.periodStart })
          .from(invoices)
          .where(and(eq(invoices.kind, 'monthly'), inArray(invoices.householdId, slice.map((x) => x.householdId)), inArray(invoices.periodStart, [...new Set(slice.map((x) => x.periodStart as string))]))),
      );
      for (const f of found) made.add(`${f.householdId}:${f.periodStart}`);
    }
    const kept = list.filter((invoice) => {
      const key = `${invoice.householdId}:${invoice.periodStart}`;
      if (invoice.kind !== 'monthly' || !invoice.periodStart) return true;
      if (made.has(key)) return false;
      made.add(key);
      return true;
    });
    if (kept.length === 0) return [];
    // Numbers of the prefix's series, taken at once (the series' counter stays locked until the commit).
    const first = yield* takeNumbers(db, this.store.tables, 'invoices', prefix, kept.length);
    const todo = kept.map((invoice, i) => ({ ...invoice, number: numbered(prefix, first + i) }));
    // Many rows per statement: a monthly run of 100 000 families is a few thousand statements. At most
    // 200 invoices (14 columns) and 300 lines (8 columns) a statement: far under the bound parameters
    // either store takes (32 766 on SQLite, 65 535 on PostgreSQL).
    const created: Invoice[] = [];
    for (let i = 0; i < todo.length; i += 200) {
      const slice = todo.slice(i, i + 200);
      const inserted = yield* rows(
        db
          .insert(invoices)
          .values(slice.map((x) => ({ householdId: x.householdId, number: x.number, label: x.label, periodStart: x.periodStart, periodEnd: x.periodEnd, issuedOn: x.issuedOn, dueOn: x.dueOn, totalCents: x.lines.reduce((sum, l) => sum + l.amountCents, 0), status: 'issued', kind: x.kind })))
          .returning(),
      );
      const byNumber = new Map(inserted.map((r) => [r.number, r]));
      const lines: Array<typeof invoiceLines.$inferInsert> = [];
      for (const x of slice) {
        const row = byNumber.get(x.number) as InvoiceRow;
        for (const l of x.lines) lines.push({ ...l, invoiceId: row.id });
        created.push(toInvoice(row));
      }
      for (let j = 0; j < lines.length; j += 300) yield* change(db.insert(invoiceLines).values(lines.slice(j, j + 300)));
    }
    return created;
  }

  async get(id: number): Promise<Invoice | undefined> {
    const { invoices } = this.store.tables;
    const [row] = await this.store.db.select().from(invoices).where(eq(invoices.id, id)).limit(1);
    return row ? toInvoice(row) : undefined;
  }

  async findByNumber(number: string): Promise<Invoice | undefined> {
    const { invoices } = this.store.tables;
    const [row] = await this.store.db.select().from(invoices).where(eq(invoices.number, number)).limit(1);
    return row ? toInvoice(row) : undefined;
  }

  async listByHousehold(householdId: number): Promise<Invoice[]> {
    return (await this.ofHousehold({ householdId })).map(toInvoice);
  }

  async lines(invoiceId: number): Promise<InvoiceLine[]> {
    const { invoiceLines } = this.store.tables;
    return this.store.db
      .select({ childId: invoiceLines.childId, activityId: invoiceLines.activityId, label: invoiceLines.label, quantity: invoiceLines.quantity, unitPriceCents: invoiceLines.unitPriceCents, amountCents: invoiceLines.amountCents })
      .from(invoiceLines)
      .where(eq(invoiceLines.invoiceId, invoiceId))
      .orderBy(asc(invoiceLines.id));
  }

  async createAttempt(attempt: Pick<PaymentAttempt, 'invoiceId' | 'reference' | 'amountCents' | 'provider' | 'accountId' | 'createdAt'>): Promise<PaymentAttempt> {
    const { payments } = this.store.tables;
    const [row] = await this.store.writeOne((db) => rows(db.insert(payments).values({ ...attempt, status: 'pending' }).returning()));
    return toAttempt(row as PaymentRow);
  }

  async getAttempt(reference: string): Promise<PaymentAttempt | undefined> {
    const { payments } = this.store.tables;
    const [row] = await this.store.db.select().from(payments).where(eq(payments.reference, reference)).limit(1);
    return row ? toAttempt(row) : undefined;
  }

  async listAttempts(invoiceId: number): Promise<PaymentAttempt[]> {
    const { payments } = this.store.tables;
    return (await this.store.db.select().from(payments).where(eq(payments.invoiceId, invoiceId)).orderBy(asc(payments.id))).map(toAttempt);
  }

  async settle(reference: string, result: SettleResult, after: (outcome: SettleOutcome) => NewOutboxMessage[] = () => []): Promise<SettleOutcome> {
    return this.store.write((db) => this.settleAndQueueIn(db, reference, result, after));
  }

  private *settleAndQueueIn(db: Db, reference: string, result: SettleResult, after: (outcome: SettleOutcome) => NewOutboxMessage[]): Tx<SettleOutcome> {
    const outcome = yield* this.settleIn(db, reference, result);
    yield* queueIn(db, this.store.tables, after(outcome), result.at);
    return outcome;
  }

  private *settleIn(db: Db, reference: string, result: SettleResult): Tx<SettleOutcome> {
    const { invoices, payments } = this.store.tables;
    // Two notifications of one payment at once: the second waits, then finds it settled.
    yield* lock('payment', reference);
    const attempt = yield* one(db.select().from(payments).where(eq(payments.reference, reference)));
    if (!attempt || !['pending', 'expired'].includes(attempt.status)) return 'alreadySettled';
    const done = { authorization: result.authorization, errorCode: result.errorCode, completedAt: result.at };
    if (!result.paid) {
      yield* change(db.update(payments).set({ ...done, status: 'refused' }).where(eq(payments.id, attempt.id)));
      return 'refused';
    }
    const paid = yield* change(db.update(invoices).set({ status: 'paid', paidAt: result.at }).where(and(eq(invoices.id, attempt.invoiceId), eq(invoices.status, 'issued'))));
    const outcome = paid === 1 ? 'paid' : 'duplicate';
    yield* change(db.update(payments).set({ ...done, status: outcome }).where(eq(payments.id, attempt.id)));
    return outcome;
  }

  async listDuplicates(communeId?: string): Promise<Array<PaymentAttempt & { invoiceNumber: string }>> {
    const { invoices, payments, households } = this.store.tables;
    const found = await this.store.db
      .select({ payment: payments, invoiceNumber: invoices.number })
      .from(payments)
      .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
      .innerJoin(households, eq(households.id, invoices.householdId))
      .where(and(eq(payments.status, 'duplicate'), communeId === undefined ? undefined : eq(households.communeId, communeId)))
      .orderBy(asc(payments.completedAt), asc(payments.id));
    return found.map((r) => ({ ...toAttempt(r.payment), invoiceNumber: r.invoiceNumber }));
  }

  async listUnconfirmed(communeId: string, before: string): Promise<Array<PaymentAttempt & { invoiceNumber: string; invoiceStatus: Invoice['status'] }>> {
    const { invoices, payments, households } = this.store.tables;
    const found = await this.store.db
      .select({ payment: payments, invoiceNumber: invoices.number, invoiceStatus: invoices.status })
      .from(payments)
      .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
      .innerJoin(households, eq(households.id, invoices.householdId))
      .where(and(inArray(payments.status, ['pending', 'expired']), lte(payments.createdAt, before), eq(households.communeId, communeId)))
      .orderBy(asc(payments.createdAt), asc(payments.id))
      .limit(500);
    return found.map((r) => ({ ...toAttempt(r.payment), invoiceNumber: r.invoiceNumber, invoiceStatus: r.invoiceStatus as Invoice['status'] }));
  }

  async monthlyInvoiced(householdIds: number[], periodStart: string): Promise<number[]> {
    const { invoices } = this.store.tables;
    const found: number[] = [];
    for (let i = 0; i < householdIds.length; i += 500) {
      const slice = householdIds.slice(i, i + 500);
      const rowsFound = await this.store.db
        .select({ householdId: invoices.householdId })
        .from(invoices)
        .where(and(eq(invoices.kind, 'monthly'), eq(invoices.periodStart, periodStart), inArray(invoices.householdId, slice)));
      found.push(...rowsFound.map((r) => r.householdId));
    }
    return found;
  }

  async markRefunded(reference: string): Promise<boolean> {
    const { payments } = this.store.tables;
    return (await this.store.writeOne((db) => change(db.update(payments).set({ status: 'refunded' }).where(and(eq(payments.reference, reference), eq(payments.status, 'duplicate')))))) === 1;
  }

  async expirePending(before: string): Promise<PaymentAttempt[]> {
    return this.store.write((db) => this.expirePendingIn(db, before));
  }

  private *expirePendingIn(db: Db, before: string): Tx<PaymentAttempt[]> {
    const { payments } = this.store.tables;
    const expired = yield* rows(db.update(payments).set({ status: 'expired' }).where(and(eq(payments.status, 'pending'), lte(payments.createdAt, before))).returning());
    // SQLite returns them in id order (it scans the table); PostgreSQL in no set order: sorted the same here.
    return expired.sort((a, b) => a.id - b.id).map(toAttempt);
  }
}
