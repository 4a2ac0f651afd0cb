/**
 * Bookings: enrolments, reservations, the baskets residents confirm them in, and absences.
 * PostgreSQL's side: db/pg/tables/bookings.ts.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { accounts, activities, children, households } from './families';
import { documents } from './requests';

export const enrolments = sqliteTable('enrolments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  childId: integer('child_id').notNull().references(() => children.id, { onDelete: 'cascade' }),
  activityId: integer('activity_id').notNull().references(() => activities.id),
  schoolYear: text('school_year').notNull(), // '2026-2027'
  createdAt: createdAt(),
}, (t) => [uniqueIndex('enrolments_child_activity_year').on(t.childId, t.activityId, t.schoolYear)]);

export const reservations = sqliteTable('reservations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  childId: integer('child_id').notNull().references(() => children.id, { onDelete: 'cascade' }),
  activityId: integer('activity_id').notNull().references(() => activities.id),
  day: text('day').notNull(),
  status: text('status').notNull(), // pending, confirmed, refused, cancelled, waiting
  late: integer('late', { mode: 'boolean' }).notNull().default(false),
  surchargePercent: integer('surcharge_percent').notNull().default(0),
  /** Cancelled after the deadline: still billed unless an absence is justified. */
  cancelledLate: integer('cancelled_late', { mode: 'boolean' }).notNull().default(false),
  basketId: integer('basket_id').references(() => baskets.id),
  createdAt: createdAt(),
  updatedAt: text('updated_at'),
}, (t) => [
  uniqueIndex('reservations_child_activity_day').on(t.childId, t.activityId, t.day),
  index('reservations_activity_day').on(t.activityId, t.day),
]);

/**
 * A resident's basket: the days to add and remove for one activity, saved before « Confirmer ».
 * Confirming numbers it (CSP-RES-2026-000012) once: a second « Confirmer » finds it confirmed.
 */
export const baskets = sqliteTable('baskets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  householdId: integer('household_id').notNull().references(() => households.id, { onDelete: 'cascade' }),
  accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
  activityId: integer('activity_id').notNull().references(() => activities.id),
  /** JSON: the changes (domain BasketChange[]). */
  changes: text('changes', { mode: 'json' }).notNull(),
  status: text('status').notNull(), // open, confirmed, replaced
  reference: text('reference'),
  createdAt: createdAt(),
  confirmedAt: text('confirmed_at'),
}, (t) => [uniqueIndex('baskets_reference').on(t.reference), index('baskets_household').on(t.householdId)]);

export const absences = sqliteTable('absences', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  childId: integer('child_id').notNull().references(() => children.id, { onDelete: 'cascade' }),
  activityId: integer('activity_id').references(() => activities.id),
  day: text('day').notNull(),
  reason: text('reason').notNull(),
  justified: integer('justified', { mode: 'boolean' }).notNull().default(false),
  documentId: integer('document_id').references(() => documents.id),
  createdAt: createdAt(),
}, (t) => [index('absences_child_day').on(t.childId, t.day)]);
