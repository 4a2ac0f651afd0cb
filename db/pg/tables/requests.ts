/**
 * Démarches: requests, their events, and the documents residents send (with a démarche or for
 * their household). Names as in db/tables/requests.ts, where each column is explained.
 */
import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { accounts, communes, households } from './families';

export const requests = pgTable('requests', {
  id: id(),
  communeId: text('commune_id').notNull().references(() => communes.id),
  reference: text('reference').notNull(),
  kind: text('kind').notNull(),
  requesterEmail: text('requester_email').notNull(),
  accountId: integer('account_id').references(() => accounts.id),
  data: jsonb('data').notNull(),
  status: text('status').notNull(),
  locale: text('locale'),
  conversationRef: jsonb('conversation_ref'),
  createdAt: createdAt(),
  updatedAt: text('updated_at'),
}, (t) => [uniqueIndex('requests_reference').on(t.reference), index('requests_commune_status').on(t.communeId, t.status)]);

export const requestEvents = pgTable('request_events', {
  id: id(),
  requestId: integer('request_id').notNull().references(() => requests.id, { onDelete: 'cascade' }),
  status: text('status').notNull(),
  message: text('message'),
  actor: text('actor').notNull(),
  // The property is `at`, the column created_at, as on SQLite.
  at: createdAt(),
  toldAt: text('told_at'),
  toldBy: text('told_by'),
}, (t) => [index('request_events_request').on(t.requestId), index('request_events_untold').on(t.toldAt)]);

export const documents = pgTable('documents', {
  id: id(),
  householdId: integer('household_id').references(() => households.id),
  requestId: integer('request_id').references(() => requests.id),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  storagePath: text('storage_path').notNull(),
  status: text('status').notNull(),
  createdAt: createdAt(),
  reviewedAt: text('reviewed_at'),
  reviewedBy: text('reviewed_by'),
  reviewReason: text('review_reason'),
});
