/**
 * What the bot and its jobs keep: conversation references, bot state, the audit log, job leases
 * and runs, the web chat's Direct Line conversations and activities, reminders, the shared limits'
 * counters and the outbox. PostgreSQL's side: db/pg/tables/bot.ts.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { accounts, communes } from './families';

/** Where to reach a resident proactively (botbuilder ConversationReference as JSON). */
export const conversationRefs = sqliteTable('conversation_refs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  channelId: text('channel_id').notNull(),
  userId: text('user_id').notNull(),
  conversationId: text('conversation_id').notNull(),
  communeId: text('commune_id').references(() => communes.id),
  accountId: integer('account_id').references(() => accounts.id),
  reference: text('reference', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [uniqueIndex('conversation_refs_channel_user').on(t.channelId, t.userId, t.conversationId)]);

/** Bot conversation and user state (botbuilder Storage), with an eTag for optimistic concurrency. */
export const botState = sqliteTable('bot_state', {
  key: text('key').primaryKey(),
  data: text('data').notNull(),
  etag: text('etag').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [index('bot_state_updated').on(t.updatedAt)]);

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  actor: text('actor').notNull(), // 'admin', 'system', 'account:12', 'conversation:<hash>'
  action: text('action').notNull(), // 'familyKey.issued', 'import.households'
  communeId: text('commune_id'),
  subject: text('subject'),
  details: text('details', { mode: 'json' }),
}, (t) => [index('audit_log_at').on(t.at)]);

/**
 * Limits shared by every instance on the database (new chats per address, messages per
 * conversation): rate-limiter-flexible's counters (db/rateLimitStore.ts), in the shape it expects.
 * `key` is the limit's name and what it counts (`messages:webchat:<conversation>`), `points` the
 * hits in the window, `expire` when the window ends (ms since 1970). Rows past it are purged by
 * the retention job.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: integer('expire'),
}, (t) => [index('rate_limits_expire').on(t.expire)]);

/**
 * The last number given in each series: `name` is the table and its prefix (`baskets:CSP-RES-2026`,
 * `invoices:CSP-FAC-2026`, `requests:CSP-2026`), `value` the last number. A write takes the next
 * numbers by adding to the row, which holds its lock until the end of the transaction: numbers of one
 * series are given one writer after the other, other series' at once (db/repositories/counters.ts).
 * A series' row is made, from the highest number already in its table, by its first write.
 */
export const counters = sqliteTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

/** Scheduled work: one lease per job (so that two instances, or two runs, never do it at once) and every run's outcome. */
export const jobLeases = sqliteTable('job_leases', {
  job: text('job').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: text('expires_at').notNull(),
});

export const jobRuns = sqliteTable('job_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  job: text('job').notNull(),
  holder: text('holder').notNull(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  status: text('status').notNull(), // running, done, failed
  summary: text('summary'),
  error: text('error'),
}, (t) => [index('job_runs_job_started').on(t.job, t.startedAt)]);

/** The web chat's own Direct Line: one row per conversation, its user and commune, and whether the bot was told it started. */
export const directLineConversations = sqliteTable('directline_conversations', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  communeId: text('commune_id').references(() => communes.id),
  locale: text('locale').notNull(),
  started: integer('started', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
  lastActiveAt: text('last_active_at').notNull(),
}, (t) => [index('directline_conversations_active').on(t.lastActiveAt)]);

/** Every activity of a Direct Line conversation, in order: seq is the watermark. */
export const directLineActivities = sqliteTable('directline_activities', {
  conversationId: text('conversation_id').notNull().references(() => directLineConversations.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  activity: text('activity', { mode: 'json' }).notNull(),
  createdAt: text('created_at').notNull(),
}, (t) => [uniqueIndex('directline_activities_seq').on(t.conversationId, t.seq)]);

/**
 * Reminders: one row per account and subject (`key`, e.g. booking:12:3:2026-12), so a reminder is
 * planned once however often the job runs. pending → sending (claimed by one run) → sent, or
 * stopped (the resident said stop), expired (its date passed while held), interrupted (a run died
 * while sending it: not sent again, at most once).
 */
export const reminders = sqliteTable('reminders', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  accountId: integer('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  key: text('key').notNull(),
  params: text('params', { mode: 'json' }).notNull(),
  /** The last day it is worth sending (the deadline, the due date). */
  expiresOn: text('expires_on').notNull(),
  status: text('status').notNull().default('pending'),
  channel: text('channel'), // chat, sms, email
  claimedAt: text('claimed_at'),
  sentAt: text('sent_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('reminders_account_key').on(t.accountId, t.key), index('reminders_status').on(t.status)]);

/**
 * Messages that follow a committed change (a receipt, a duplicate payment to refund…), written in
 * the same write transaction as the change, then sent by the `outbox` job (and at once after the
 * commit): never lost when the mail server is down, never sent twice. The payload holds ids only;
 * the message is worded when it is sent, from the data as it is then. pending → sending (claimed
 * by one sender) → sent, or pending again with a later next attempt, or failed after the last one.
 */
export const outbox = sqliteTable('outbox', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(), // receipt, duplicatePayment…
  payload: text('payload', { mode: 'json' }).notNull(),
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: text('next_attempt_at').notNull(),
  claimedAt: text('claimed_at'),
  /** Why the last attempt failed: an error code, never an address or a message's text. */
  lastError: text('last_error'),
  createdAt: createdAt(),
  sentAt: text('sent_at'),
}, (t) => [index('outbox_status_next').on(t.status, t.nextAttemptAt)]);
