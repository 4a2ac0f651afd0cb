/**
 * Bookings: enrolments, reservations, the baskets residents confirm them in, and absences. Names
 * as in db/schema.ts, where each column is explained.
 */
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { accounts, activities, children, households } from './families';
import { documents } from './requests';

export const enrolments = pgTable('enrolments', {
  id: id(),
  childId: integer('child_id').notNull().references(() => children.id, { onDelete: 'cascade' }),
  activityId: integer('activity_id').notNull().references(() => activities.id),
  schoolYear: text('school_year').notNull(),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('enrolments_child_activity_year').on(t.childId, t.activityId, t.schoolYear)]);

export const baskets = pgTable('baskets', {
  id: id(),
  householdId: integer('household_id').notNull().references(() => households.id, { onDelete: 'cascade' }),
  accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
  activityId: integer('activity_id').notNull().references(() => activities.id),
  changes: jsonb('changes').notNull(),
  status: text('status').notNull(),
  reference: text('reference'),
  createdAt: createdAt(),
  confirmedAt: text('confirmed_at'),
}, (t) => [uniqueIndex('baskets_reference').on(t.reference), index('baskets_household').on(t.householdId)]);

export const reservations = pgTable('reservations', {
  id: id(),
  childId: integer('child_id').notNull().references(() => children.id, { onDelete: 'cascade' }),
  activityId: integer('activity_id').notNull().references(() => activities.id),
  day: text('day').notNull(),
  status: text('status').notNull(),
  late: boolean('late').notNull().default(false),
  surchargePercent: integer('surcharge_percent').notNull().default(0),
  cancelledLate: boolean('cancelled_late').notNull().default(false),
  basketId: integer('basket_id').references(() => baskets.id),
  createdAt: createdAt(),
  updatedAt: text('updated_at'),
}, (t) => [
  uniqueIndex('reservations_child_activity_day').on(t.childId, t.activityId, t.day),
  index('reservations_activity_day').on(t.activityId, t.day),
]);

export const absences = pgTable('absences', {
  id: id(),
  childId: integer('child_id').notNull().references(() => children.id, { onDelete: 'cascade' }),
  activityId: integer('activity_id').references(() => activities.id),
  day: text('day').notNull(),
  reason: text('reason').notNull(),
  justified: boolean('justified').notNull().default(false),
  documentId: integer('document_id').references(() => documents.id),
  createdAt: createdAt(),
}, (t) => [index('absences_child_day').on(t.childId, t.day)]);
