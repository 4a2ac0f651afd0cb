/** Invoices, their lines and the payment attempts. The store's side of them is in db/repositories/. */
import type { Invoice, InvoiceLine, PaymentAttempt } from './types';
import type { NewOutboxMessage } from './outbox';

/** A booked day that counts on a month's invoice (confirmed, or cancelled after the deadline). */
export interface BillableDay {
  householdId: number;
  childId: number;
  activityId: number;
  day: string;
  surchargePercent: number;
  /** An absence justified by a certificate: not billed. */
  justified: boolean;
}

export interface NewInvoice {
  householdId: number;
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  issuedOn: string;
  dueOn: string;
  kind: Invoice['kind'];
  lines: InvoiceLine[];
}

/** What a payment notification did: paid now, already paid before (a replay), refused, or paid an invoice paid by another attempt. */
export type SettleOutcome = 'paid' | 'alreadySettled' | 'refused' | 'duplicate';

export interface InvoiceRepository {
  /** The days to bill between two days, for these activities (and these households only, when given). */
  billableDays(activityIds: number[], from: string, to: string, householdIds?: number[]): Promise<BillableDay[]>;
  /**
   * Stores invoices numbered after the last one of the prefix (CSP-FAC-2026-000123), in one
   * transaction; a monthly invoice already made for that household and month is skipped. The
   * messages `then.after` asks for the invoices made are queued in the outbox (due at `then.at`),
   * in the same transaction.
   */
  createMany(prefix: string, invoices: NewInvoice[], then?: { at: string; after: (created: Invoice[]) => NewOutboxMessage[] }): Promise<Invoice[]>;
  get(id: number): Promise<Invoice | undefined>;
  findByNumber(number: string): Promise<Invoice | undefined>;
  listByHousehold(householdId: number): Promise<Invoice[]>;
  lines(invoiceId: number): Promise<InvoiceLine[]>;
  createAttempt(attempt: Pick<PaymentAttempt, 'invoiceId' | 'reference' | 'amountCents' | 'provider' | 'accountId' | 'createdAt'>): Promise<PaymentAttempt>;
  getAttempt(reference: string): Promise<PaymentAttempt | undefined>;
  listAttempts(invoiceId: number): Promise<PaymentAttempt[]>;
  /**
   * In one transaction: a pending or expired attempt becomes paid (and its invoice), refused, or a
   * duplicate; and the messages `after` asks for that outcome are queued in the outbox.
   */
  settle(reference: string, result: { paid: boolean; authorization: string | null; errorCode: string; at: string }, after?: (outcome: SettleOutcome) => NewOutboxMessage[]): Promise<SettleOutcome>;
  /** Duplicate payments not refunded yet (of one commune's invoices, when given), oldest first, with their invoice's number. */
  listDuplicates(communeId?: string): Promise<Array<PaymentAttempt & { invoiceNumber: string }>>;
  /** A commune's attempts never confirmed (pending, or expired by the reconciliation) started before a moment, oldest first (at most 500). */
  listUnconfirmed(communeId: string, before: string): Promise<Array<PaymentAttempt & { invoiceNumber: string; invoiceStatus: Invoice['status'] }>>;
  /** Of these households, those that have their monthly invoice for the month starting `periodStart`. */
  monthlyInvoiced(householdIds: number[], periodStart: string): Promise<number[]>;
  /** A duplicate payment becomes refunded; false when it is not a duplicate still to refund. */
  markRefunded(reference: string): Promise<boolean>;
  /** Attempts still pending that started before a moment: marked expired and returned. */
  expirePending(before: string): Promise<PaymentAttempt[]>;
}
