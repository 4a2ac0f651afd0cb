/**
 * Signing in: one-time codes, sessions and one-time links. Names as in db/tables/signIn.ts, where each
 * column is explained.
 */
import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { accounts, communes } from './families';

export const oneTimeCodes = pgTable('one_time_codes', {
  id: id(),
  accountId: integer('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  purpose: text('purpose').notNull(),
  codeHash: text('code_hash').notNull(),
  expiresAt: text('expires_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
  usedAt: text('used_at'),
  createdAt: createdAt(),
}, (t) => [index('one_time_codes_account_purpose').on(t.accountId, t.purpose)]);

export const sessions = pgTable('sessions', {
  id: id(),
  accountId: integer('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  channelUser: text('channel_user').notNull(),
  lastSeenAt: text('last_seen_at').notNull(),
  endedAt: text('ended_at'),
  createdAt: createdAt(),
}, (t) => [index('sessions_channel_user').on(t.channelUser)]);

export const linkTokens = pgTable('link_tokens', {
  id: id(),
  purpose: text('purpose').notNull(),
  tokenHash: text('token_hash').notNull(),
  communeId: text('commune_id').notNull().references(() => communes.id),
  accountId: integer('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
  channelUser: text('channel_user'),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  tries: integer('tries').notNull().default(0),
  codeHash: text('code_hash'),
  codeExpiresAt: text('code_expires_at'),
  codeAttempts: integer('code_attempts').notNull().default(0),
  codeUsedAt: text('code_used_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('link_tokens_hash').on(t.tokenHash), index('link_tokens_account').on(t.accountId, t.purpose), index('link_tokens_channel_user').on(t.channelUser)]);
