/**
 * Invoices, their lines and the payments made on them. Names as in db/tables/invoices.ts, where each
 * column is explained.
 */
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { accounts, activities, children, households } from './families';

export const invoices = pgTable('invoices', {
  id: id(),
  householdId: integer('household_id').notNull().references(() => households.id),
  number: text('number').notNull(),
  label: text('label').notNull(),
  periodStart: text('period_start'),
  periodEnd: text('period_end'),
  issuedOn: text('issued_on').notNull(),
  dueOn: text('due_on').notNull(),
  totalCents: integer('total_cents').notNull(),
  status: text('status').notNull(),
  paidAt: text('paid_at'),
  kind: text('kind').notNull().default('monthly'),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('invoices_number').on(t.number),
  // Once per household and month for monthly invoices only: an agent's one-off invoices may share a period.
  uniqueIndex('invoices_monthly_once').on(t.householdId, t.periodStart).where(sql`kind = 'monthly'`),
  // A household's invoices, newest first (« mes factures »): without it, every invoice of the commune was read.
  index('invoices_household').on(t.householdId, t.issuedOn),
]);

export const invoiceLines = pgTable('invoice_lines', {
  id: id(),
  invoiceId: integer('invoice_id').notNull().references(() => invoices.id, { onDelete: 'cascade' }),
  childId: integer('child_id').references(() => children.id),
  activityId: integer('activity_id').references(() => activities.id),
  label: text('label').notNull(),
  quantity: integer('quantity').notNull(),
  unitPriceCents: integer('unit_price_cents').notNull(),
  amountCents: integer('amount_cents').notNull(),
}, (t) => [index('invoice_lines_invoice').on(t.invoiceId)]);

export const payments = pgTable('payments', {
  id: id(),
  invoiceId: integer('invoice_id').notNull().references(() => invoices.id),
  reference: text('reference').notNull(),
  amountCents: integer('amount_cents').notNull(),
  status: text('status').notNull(),
  provider: text('provider').notNull(),
  authorization: text('authorization'),
  accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
  errorCode: text('error_code'),
  createdAt: createdAt(),
  completedAt: text('completed_at'),
}, (t) => [uniqueIndex('payments_reference').on(t.reference), index('payments_invoice').on(t.invoiceId)]);
