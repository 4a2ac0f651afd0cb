/**
 * Signing in: one-time codes, sessions and one-time links. PostgreSQL's side: db/pg/tables/signIn.ts.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { accounts, communes } from './families';

/**
 * One-time codes sent by e-mail (sign-in, address confirmation, account deletion): stored as a
 * keyed hash, valid a few minutes, single use, with a count of wrong tries.
 */
export const oneTimeCodes = sqliteTable('one_time_codes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  accountId: integer('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  purpose: text('purpose').notNull(), // sign_in, verify_email, delete_account
  codeHash: text('code_hash').notNull(),
  expiresAt: text('expires_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
  usedAt: text('used_at'),
  createdAt: createdAt(),
}, (t) => [index('one_time_codes_account_purpose').on(t.accountId, t.purpose)]);

/** Who is signed in where: one channel user (channel + user id, hashed) per session. */
export const sessions = sqliteTable('sessions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  accountId: integer('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  channelUser: text('channel_user').notNull(),
  lastSeenAt: text('last_seen_at').notNull(),
  endedAt: text('ended_at'),
  createdAt: createdAt(),
}, (t) => [index('sessions_channel_user').on(t.channelUser)]);

/**
 * One-time links sent to a resident: the page that sets a password (after « Créer mon espace » or
 * « mot de passe oublié ») and the bot's sign-in page opened from a conversation. Only the token's
 * keyed hash is stored; a link works once and for 15 minutes. A sign-in link, once the password
 * is right, holds the 6-digit code that the resident types in the conversation.
 */
export const linkTokens = sqliteTable('link_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  purpose: text('purpose').notNull(), // set_password, web_sign_in
  tokenHash: text('token_hash').notNull(),
  communeId: text('commune_id').notNull().references(() => communes.id),
  accountId: integer('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
  /** web_sign_in: the channel user (hashed) whose conversation asked for the link. */
  channelUser: text('channel_user'),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  /** Wrong passwords typed on this link's page. */
  tries: integer('tries').notNull().default(0),
  codeHash: text('code_hash'),
  codeExpiresAt: text('code_expires_at'),
  codeAttempts: integer('code_attempts').notNull().default(0),
  codeUsedAt: text('code_used_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('link_tokens_hash').on(t.tokenHash), index('link_tokens_account').on(t.accountId, t.purpose), index('link_tokens_channel_user').on(t.channelUser)]);
