/**
 * The commune's agents and their sessions. Names as in db/tables/agents.ts, where each column is explained.
 */
import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { communes } from './families';

export const agents = pgTable('agents', {
  id: id(),
  communeId: text('commune_id').notNull().references(() => communes.id),
  email: text('email').notNull(),
  roles: text('roles').notNull(),
  passwordHash: text('password_hash'),
  linkHash: text('link_hash'),
  linkExpiresAt: text('link_expires_at'),
  disabledAt: text('disabled_at'),
  lastLoginAt: text('last_login_at'),
  totpSecret: text('totp_secret'),
  totpLastStep: integer('totp_last_step'),
  totpEnrolledAt: text('totp_enrolled_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('agents_email').on(t.email), uniqueIndex('agents_link_hash').on(t.linkHash), index('agents_commune').on(t.communeId)]);

export const agentSessions = pgTable('agent_sessions', {
  id: id(),
  agentId: integer('agent_id').notNull().references(() => agents.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  codeHash: text('code_hash').notNull(),
  codeExpiresAt: text('code_expires_at').notNull(),
  factor: text('factor').notNull().default('email'),
  confirmedAt: text('confirmed_at'),
  lastSeenAt: text('last_seen_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  endedAt: text('ended_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('agent_sessions_token').on(t.tokenHash), index('agent_sessions_agent').on(t.agentId)]);
