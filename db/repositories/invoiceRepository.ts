/**
 * Invoices and their lines, on either store (db/store.ts); their payment attempts are in
 * paymentAttemptRepository.ts. Numbering (a counter per prefix, db/repositories/counters.ts)
 * happens in the invoices' write transaction, backed by unique numbers.
 */
import { and, asc, desc, eq, exists, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { BillableDay, InvoiceRepository as Port, NewInvoice } from '../../src/domain/ports';
import type { NewOutboxMessage } from '../../src/domain/outbox';
import type { Invoice, InvoiceLine } from '../../src/domain/types';
import type { Db } from '../client';
import type { invoices } from '../schema';
import { prepared } from '../prepared';
import { change, lock, rows, type Store, type Tx } from '../store';
import { numbered, takeNumbers } from './counters';
import { queueIn } from './outboxRepository';
import { PaymentAttemptRepository } from './paymentAttemptRepository';

type InvoiceRow = typeof invoices.$inferSelect;

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

export class InvoiceRepository extends PaymentAttemptRepository implements Port {
  /** A household's invoices (« mes factures »), built once (db/prepared.ts). */
  private readonly ofHousehold;

  constructor(store: Store) {
    super(store);
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
    if (then) yield* queueIn(db, this.store, then.after(created), then.at);
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
    const first = yield* takeNumbers(db, this.store, 'invoices', prefix, kept.length);
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

}
