/**
 * Invoices, their lines and the payment attempts. Numbering and settling a payment happen in one
 * write transaction each, so two notifications at once cannot pay an invoice twice.
 */
import { and, asc, desc, eq, exists, gte, inArray, isNull, like, lte, or, sql } from 'drizzle-orm';
import type { BillableDay, InvoiceRepository as Port, NewInvoice, SettleOutcome } from '../../src/domain/ports';
import type { Invoice, InvoiceLine, PaymentAttempt, PaymentStatus } from '../../src/domain/types';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { absences, children, invoiceLines, invoices, payments, reservations } from '../schema';

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
  constructor(private readonly db: Db) {}

  async billableDays(activityIds: number[], from: string, to: string, householdIds?: number[]): Promise<BillableDay[]> {
    if (activityIds.length === 0 || householdIds?.length === 0) return [];
    const justified = exists(
      this.db
        .select({ id: absences.id })
        .from(absences)
        .where(and(eq(absences.childId, reservations.childId), eq(absences.day, reservations.day), eq(absences.justified, true), or(isNull(absences.activityId), eq(absences.activityId, reservations.activityId)))),
    );
    return this.db
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
      .orderBy(asc(children.householdId), asc(reservations.childId), asc(reservations.activityId), asc(reservations.day))
      .all();
  }

  async createMany(prefix: string, list: NewInvoice[]): Promise<Invoice[]> {
    if (list.length === 0) return [];
    return writeTransaction(this.db, () => {
      const last = this.db.select({ number: invoices.number }).from(invoices).where(like(invoices.number, `${prefix}-%`)).orderBy(desc(invoices.number)).get()?.number;
      let next = last ? Number(last.slice(prefix.length + 1)) + 1 : 1;
      // Monthly invoices already made for these households and periods are skipped (a run done again).
      const made = new Set<string>();
      const monthly = list.filter((i) => i.kind === 'monthly' && i.periodStart);
      for (let i = 0; i < monthly.length; i += 500) {
        const slice = monthly.slice(i, i + 500);
        const found = this.db
          .select({ householdId: invoices.householdId, periodStart: invoices.periodStart })
          .from(invoices)
          .where(and(eq(invoices.kind, 'monthly'), inArray(invoices.householdId, slice.map((x) => x.householdId)), inArray(invoices.periodStart, [...new Set(slice.map((x) => x.periodStart as string))])))
          .all();
        for (const f of found) made.add(`${f.householdId}:${f.periodStart}`);
      }
      const todo: Array<NewInvoice & { number: string }> = [];
      for (const invoice of list) {
        const key = `${invoice.householdId}:${invoice.periodStart}`;
        if (invoice.kind === 'monthly' && invoice.periodStart) {
          if (made.has(key)) continue;
          made.add(key);
        }
        todo.push({ ...invoice, number: `${prefix}-${String(next).padStart(6, '0')}` });
        next += 1;
      }
      // Many rows per statement: a monthly run of 100 000 families is a few thousand statements.
      const created: Invoice[] = [];
      for (let i = 0; i < todo.length; i += 200) {
        const slice = todo.slice(i, i + 200);
        const rows = this.db
          .insert(invoices)
          .values(slice.map((x) => ({ householdId: x.householdId, number: x.number, label: x.label, periodStart: x.periodStart, periodEnd: x.periodEnd, issuedOn: x.issuedOn, dueOn: x.dueOn, totalCents: x.lines.reduce((sum, l) => sum + l.amountCents, 0), status: 'issued', kind: x.kind })))
          .returning()
          .all();
        const byNumber = new Map(rows.map((r) => [r.number, r]));
        const lines: Array<typeof invoiceLines.$inferInsert> = [];
        for (const x of slice) {
          const row = byNumber.get(x.number) as InvoiceRow;
          for (const l of x.lines) lines.push({ ...l, invoiceId: row.id });
          created.push(toInvoice(row));
        }
        for (let j = 0; j < lines.length; j += 300) this.db.insert(invoiceLines).values(lines.slice(j, j + 300)).run();
      }
      return created;
    });
  }

  async get(id: number): Promise<Invoice | undefined> {
    const row = this.db.select().from(invoices).where(eq(invoices.id, id)).get();
    return row ? toInvoice(row) : undefined;
  }

  async findByNumber(number: string): Promise<Invoice | undefined> {
    const row = this.db.select().from(invoices).where(eq(invoices.number, number)).get();
    return row ? toInvoice(row) : undefined;
  }

  async listByHousehold(householdId: number): Promise<Invoice[]> {
    return this.db.select().from(invoices).where(eq(invoices.householdId, householdId)).orderBy(desc(invoices.issuedOn), desc(invoices.id)).all().map(toInvoice);
  }

  async lines(invoiceId: number): Promise<InvoiceLine[]> {
    return this.db
      .select({ childId: invoiceLines.childId, activityId: invoiceLines.activityId, label: invoiceLines.label, quantity: invoiceLines.quantity, unitPriceCents: invoiceLines.unitPriceCents, amountCents: invoiceLines.amountCents })
      .from(invoiceLines)
      .where(eq(invoiceLines.invoiceId, invoiceId))
      .orderBy(asc(invoiceLines.id))
      .all();
  }

  async createAttempt(attempt: Pick<PaymentAttempt, 'invoiceId' | 'reference' | 'amountCents' | 'provider' | 'accountId' | 'createdAt'>): Promise<PaymentAttempt> {
    return toAttempt(this.db.insert(payments).values({ ...attempt, status: 'pending' }).returning().get());
  }

  async getAttempt(reference: string): Promise<PaymentAttempt | undefined> {
    const row = this.db.select().from(payments).where(eq(payments.reference, reference)).get();
    return row ? toAttempt(row) : undefined;
  }

  async listAttempts(invoiceId: number): Promise<PaymentAttempt[]> {
    return this.db.select().from(payments).where(eq(payments.invoiceId, invoiceId)).orderBy(asc(payments.id)).all().map(toAttempt);
  }

  async settle(reference: string, result: { paid: boolean; authorization: string | null; errorCode: string; at: string }): Promise<SettleOutcome> {
    return writeTransaction(this.db, () => {
      const attempt = this.db.select().from(payments).where(eq(payments.reference, reference)).get();
      if (!attempt || !['pending', 'expired'].includes(attempt.status)) return 'alreadySettled';
      const done = { authorization: result.authorization, errorCode: result.errorCode, completedAt: result.at };
      if (!result.paid) {
        this.db.update(payments).set({ ...done, status: 'refused' }).where(eq(payments.id, attempt.id)).run();
        return 'refused';
      }
      const paid = this.db.update(invoices).set({ status: 'paid', paidAt: result.at }).where(and(eq(invoices.id, attempt.invoiceId), eq(invoices.status, 'issued'))).run();
      const outcome = paid.changes === 1 ? 'paid' : 'duplicate';
      this.db.update(payments).set({ ...done, status: outcome }).where(eq(payments.id, attempt.id)).run();
      return outcome;
    });
  }

  async expirePending(before: string): Promise<PaymentAttempt[]> {
    return writeTransaction(this.db, () =>
      this.db
        .update(payments)
        .set({ status: 'expired' })
        .where(and(eq(payments.status, 'pending'), lte(payments.createdAt, before)))
        .returning()
        .all()
        .map(toAttempt),
    );
  }
}
