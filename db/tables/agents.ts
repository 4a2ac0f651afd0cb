/**
 * The commune's agents and their sessions in the back office (/agents). PostgreSQL's side:
 * db/pg/tables/agents.ts.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { communes } from './families';

/**
 * An agent of one commune, with roles (etat-civil, regie, periscolaire, administration, comma
 * separated). Made by `admin agent add`, which mails a one-time link (only its keyed hash is kept
 * here, 15 minutes, single use) to choose the password; the password is stored as scrypt.
 */
export const agents = sqliteTable('agents', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  communeId: text('commune_id').notNull().references(() => communes.id),
  email: text('email').notNull(),
  roles: text('roles').notNull(),
  passwordHash: text('password_hash'),
  linkHash: text('link_hash'),
  linkExpiresAt: text('link_expires_at'),
  disabledAt: text('disabled_at'),
  lastLoginAt: text('last_login_at'),
  /**
   * The authenticator app's TOTP secret (RFC 6238), sealed with AES-256-GCM under a key derived
   * from SECRET_KEY (src/domain/secretBox.ts): never stored in clear, never shown again. Set only
   * once the agent typed a right code; null: the code is mailed.
   */
  totpSecret: text('totp_secret'),
  /** The last TOTP time step accepted (30 s steps since 1970): a code is never taken twice. */
  totpLastStep: integer('totp_last_step'),
  totpEnrolledAt: text('totp_enrolled_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('agents_email').on(t.email), uniqueIndex('agents_link_hash').on(t.linkHash), index('agents_commune').on(t.communeId)]);

/**
 * A back-office session: made when the password is right (its cookie token and the e-mailed code
 * kept as keyed hashes), usable once the code is confirmed, until it expires or is ended.
 */
export const agentSessions = sqliteTable('agent_sessions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agentId: integer('agent_id').notNull().references(() => agents.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  codeHash: text('code_hash').notNull(),
  codeExpiresAt: text('code_expires_at').notNull(),
  /** The second factor this session waits for: `email` (the code mailed, its hash above) or `totp` (the app's code). */
  factor: text('factor').notNull().default('email'),
  confirmedAt: text('confirmed_at'),
  lastSeenAt: text('last_seen_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  endedAt: text('ended_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('agent_sessions_token').on(t.tokenHash), index('agent_sessions_agent').on(t.agentId)]);
