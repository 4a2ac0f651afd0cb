/** Invoices, their lines, and the attempts to pay them. */

export type InvoiceStatus = 'issued' | 'paid' | 'cancelled';

export interface Invoice {
  id: number;
  householdId: number;
  /** Per commune and year: CSP-FAC-2026-000123. */
  number: string;
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  issuedOn: string;
  dueOn: string;
  totalCents: number;
  status: InvoiceStatus;
  paidAt: string | null;
  /** monthly: built from a month's bookings; oneOff: created by an agent (a school trip). */
  kind: 'monthly' | 'oneOff';
}

export interface InvoiceLine {
  childId: number | null;
  activityId: number | null;
  label: string;
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
}

/** pending: sent to the payment page; expired: still pending after 30 minutes; duplicate: paid an invoice already paid (to refund). */
export type PaymentStatus = 'pending' | 'paid' | 'refused' | 'expired' | 'duplicate' | 'refunded';

export interface PaymentAttempt {
  id: number;
  invoiceId: number;
  /** PBX_CMD: unique per attempt. */
  reference: string;
  amountCents: number;
  status: PaymentStatus;
  provider: string;
  authorization: string | null;
  accountId: number | null;
  errorCode: string | null;
  createdAt: string;
  completedAt: string | null;
}
