/**
 * Invoices, their lines and the payments made on them. PostgreSQL's side: db/pg/tables/invoices.ts.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { accounts, activities, children, households } from './families';

export const invoices = sqliteTable('invoices', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  householdId: integer('household_id').notNull().references(() => households.id),
  number: text('number').notNull(),
  label: text('label').notNull(),
  periodStart: text('period_start'),
  periodEnd: text('period_end'),
  issuedOn: text('issued_on').notNull(),
  dueOn: text('due_on').notNull(),
  totalCents: integer('total_cents').notNull(),
  status: text('status').notNull(), // issued, paid, cancelled
  paidAt: text('paid_at'),
  /** monthly (built from the bookings of a month, once per household and month) or oneOff (created by an agent). */
  kind: text('kind').notNull().default('monthly'),
  createdAt: createdAt(),
}, (t) => [
  // Numbers come from a counter per prefix (db/repositories/counters.ts); this is the backstop. The
  // prefix holds the commune's, so it is unique per commune as well.
  uniqueIndex('invoices_number').on(t.number),
  uniqueIndex('invoices_monthly_once').on(t.householdId, t.periodStart).where(sql`kind = 'monthly'`),
  // A household's invoices, newest first (« mes factures »): without it, every invoice of the commune was read.
  index('invoices_household').on(t.householdId, t.issuedOn),
]);

export const invoiceLines = sqliteTable('invoice_lines', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  invoiceId: integer('invoice_id').notNull().references(() => invoices.id, { onDelete: 'cascade' }),
  childId: integer('child_id').references(() => children.id),
  activityId: integer('activity_id').references(() => activities.id),
  label: text('label').notNull(),
  quantity: integer('quantity').notNull(),
  unitPriceCents: integer('unit_price_cents').notNull(),
  amountCents: integer('amount_cents').notNull(),
}, (t) => [index('invoice_lines_invoice').on(t.invoiceId)]);

export const payments = sqliteTable('payments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  invoiceId: integer('invoice_id').notNull().references(() => invoices.id),
  reference: text('reference').notNull(), // PBX_CMD, unique per attempt
  amountCents: integer('amount_cents').notNull(),
  status: text('status').notNull(), // pending, paid, refused, expired (still pending after 30 minutes), duplicate (paid an invoice already paid: to refund), refunded (a duplicate the Régie refunded)
  provider: text('provider').notNull(),
  authorization: text('authorization'),
  /** The account that asked to pay: told in the conversation and mailed the receipt. */
  accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
  /** Paybox's error code of the notification (00000: paid). */
  errorCode: text('error_code'),
  createdAt: createdAt(),
  completedAt: text('completed_at'),
}, (t) => [uniqueIndex('payments_reference').on(t.reference), index('payments_invoice').on(t.invoiceId)]);
