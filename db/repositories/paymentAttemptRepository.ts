/**
 * The payment attempts of invoices (Paybox): created when a resident opens the payment page,
 * settled by the bank's notification under a lock on the attempt's reference, in one write
 * transaction with the receipt queued, so two notifications at once cannot pay an invoice twice;
 * the duplicates to refund and the attempts left without an answer, for the Régie.
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { SettleOutcome } from '../../src/domain/ports';
import type { NewOutboxMessage } from '../../src/domain/outbox';
import type { Invoice, PaymentAttempt, PaymentStatus } from '../../src/domain/types';
import type { Db } from '../client';
import type { payments } from '../schema';
import { change, lock, one, rows, type Store, type Tx } from '../store';
import { queueIn } from './outboxRepository';

type SettleResult = { paid: boolean; authorization: string | null; errorCode: string; at: string };
type PaymentRow = typeof payments.$inferSelect;

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

export class PaymentAttemptRepository {
  constructor(protected readonly store: Store) {}

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
    yield* queueIn(db, this.store, after(outcome), result.at);
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
