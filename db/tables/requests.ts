/**
 * Démarches: requests, their events, and the documents residents send (with a démarche or for
 * their household). PostgreSQL's side: db/pg/tables/requests.ts.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { accounts, communes, households } from './families';

/** Démarches (with or without an account), followed by reference. */
export const requests = sqliteTable('requests', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  communeId: text('commune_id').notNull().references(() => communes.id),
  reference: text('reference').notNull(),
  kind: text('kind').notNull(),
  requesterEmail: text('requester_email').notNull(),
  accountId: integer('account_id').references(() => accounts.id),
  data: text('data', { mode: 'json' }).notNull(),
  status: text('status').notNull(), // submitted, in_progress, completed, refused
  /** The language the resident used: decisions are told in it. */
  locale: text('locale'),
  /** The conversation the request was made in (botbuilder ConversationReference), to tell decisions there. */
  conversationRef: text('conversation_ref', { mode: 'json' }),
  createdAt: createdAt(),
  updatedAt: text('updated_at'),
}, (t) => [uniqueIndex('requests_reference').on(t.reference), index('requests_commune_status').on(t.communeId, t.status)]);

export const requestEvents = sqliteTable('request_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  requestId: integer('request_id').notNull().references(() => requests.id, { onDelete: 'cascade' }),
  status: text('status').notNull(),
  message: text('message'),
  actor: text('actor').notNull(),
  at: createdAt(),
  /** When an agent's decision was told to the resident's conversation (or found impossible to tell there). */
  toldAt: text('told_at'),
  /** conversation, or none when the resident had no conversation that can be reached (the e-mail went anyway). */
  toldBy: text('told_by'),
}, (t) => [index('request_events_request').on(t.requestId), index('request_events_untold').on(t.toldAt)]);

export const documents = sqliteTable('documents', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  householdId: integer('household_id').references(() => households.id),
  requestId: integer('request_id').references(() => requests.id),
  kind: text('kind').notNull(), // avis_imposition, justificatif_domicile, piece_identite, certificat_medical…
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  storagePath: text('storage_path').notNull(),
  status: text('status').notNull(), // received, accepted, rejected
  createdAt: createdAt(),
  /** When an agent accepted or refused the paper; null: not reviewed yet. */
  reviewedAt: text('reviewed_at'),
  /** Who reviewed it: agent:<id>. */
  reviewedBy: text('reviewed_by'),
  /** The reason given with a refusal. */
  reviewReason: text('review_reason'),
});
