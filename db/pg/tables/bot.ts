/**
 * What the bot and its jobs keep: conversation references, bot state, the audit log, job leases
 * and runs, the web chat's Direct Line conversations and activities, reminders, the shared limits'
 * counters and the outbox. Names as in db/tables/bot.ts, where each column is explained.
 */
import { bigint, boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { accounts, communes } from './families';

export const conversationRefs = pgTable('conversation_refs', {
  id: id(),
  channelId: text('channel_id').notNull(),
  userId: text('user_id').notNull(),
  conversationId: text('conversation_id').notNull(),
  communeId: text('commune_id').references(() => communes.id),
  accountId: integer('account_id').references(() => accounts.id),
  reference: jsonb('reference').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [uniqueIndex('conversation_refs_channel_user').on(t.channelId, t.userId, t.conversationId)]);

export const botState = pgTable('bot_state', {
  key: text('key').primaryKey(),
  data: text('data').notNull(),
  etag: text('etag').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [index('bot_state_updated').on(t.updatedAt)]);

export const auditLog = pgTable('audit_log', {
  id: id(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  communeId: text('commune_id'),
  subject: text('subject'),
  details: jsonb('details'),
}, (t) => [index('audit_log_at').on(t.at)]);

export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: bigint('expire', { mode: 'number' }),
}, (t) => [index('rate_limits_expire').on(t.expire)]);

export const counters = pgTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

export const jobLeases = pgTable('job_leases', {
  job: text('job').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: text('expires_at').notNull(),
});

export const jobRuns = pgTable('job_runs', {
  id: id(),
  job: text('job').notNull(),
  holder: text('holder').notNull(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  status: text('status').notNull(),
  summary: text('summary'),
  error: text('error'),
}, (t) => [index('job_runs_job_started').on(t.job, t.startedAt)]);

export const directLineConversations = pgTable('directline_conversations', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  communeId: text('commune_id').references(() => communes.id),
  locale: text('locale').notNull(),
  started: boolean('started').notNull().default(false),
  createdAt: createdAt(),
  lastActiveAt: text('last_active_at').notNull(),
}, (t) => [index('directline_conversations_active').on(t.lastActiveAt)]);

export const directLineActivities = pgTable('directline_activities', {
  conversationId: text('conversation_id').notNull().references(() => directLineConversations.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  activity: jsonb('activity').notNull(),
  createdAt: text('created_at').notNull(),
}, (t) => [uniqueIndex('directline_activities_seq').on(t.conversationId, t.seq)]);

export const reminders = pgTable('reminders', {
  id: id(),
  accountId: integer('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  key: text('key').notNull(),
  params: jsonb('params').notNull(),
  expiresOn: text('expires_on').notNull(),
  status: text('status').notNull().default('pending'),
  channel: text('channel'),
  claimedAt: text('claimed_at'),
  sentAt: text('sent_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('reminders_account_key').on(t.accountId, t.key), index('reminders_status').on(t.status)]);

export const outbox = pgTable('outbox', {
  id: id(),
  kind: text('kind').notNull(),
  payload: jsonb('payload').notNull(),
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: text('next_attempt_at').notNull(),
  claimedAt: text('claimed_at'),
  lastError: text('last_error'),
  createdAt: createdAt(),
  sentAt: text('sent_at'),
}, (t) => [index('outbox_status_next').on(t.status, t.nextAttemptAt)]);
