/**
 * The store's schema (drizzle-orm, SQLite). Migrations in db/migrations are generated
 * from this file by `npm run db:generate` and committed; never edit them by hand. PostgreSQL's
 * schema says the same in db/pg/tables/ (re-exported by db/pg/schema.ts): a table or column added
 * here is added there too, under the same names, before generating (test/db/pgTables.test.ts and
 * test/db/pgSchema.test.ts fail until both stores agree).
 *
 * Conventions: money in integer cents, calendar days as 'YYYY-MM-DD' text, instants as
 * ISO-8601 UTC text, structured configuration as JSON text validated by the domain.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/** One commune = one configuration record; contacts, hours and key name come from its public pages. */
export const communes = sqliteTable('communes', {
  id: text('id').primaryKey(), // slug, e.g. 'carrieres-sous-poissy'
  name: text('name').notNull(),
  portalName: text('portal_name').notNull(),
  portalUrl: text('portal_url').notNull(),
  familyKeyName: text('family_key_name').notNull(), // « Clé Enfance » or « code famille »
  schoolZone: text('school_zone').notNull(),
  requestPrefix: text('request_prefix').notNull(), // CSP-2026-000123
  /** The web chat page's colour (#rrggbb, at least 4.5:1 against white); the default blue when null. */
  accentColor: text('accent_color'),
  /** JSON: the commune's postal codes (['78955']): an address with one of them, or its name, is in the commune. */
  postalCodes: text('postal_codes', { mode: 'json' }),
  /** JSON: the SMS numbers residents write to for this commune (E.164): an SMS to one is about this commune. */
  smsNumbers: text('sms_numbers', { mode: 'json' }),
  /** JSON: the commune's services (mairie, régie, guichet unique…) with phone, e-mail, address, hours. */
  services: text('services', { mode: 'json' }).notNull(),
  /** JSON: which service answers for which topic (booking, invoices, requests, familyKey, general). */
  topics: text('topics', { mode: 'json' }).notNull(),
  createdAt: createdAt(),
});

export const activities = sqliteTable('activities', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  communeId: text('commune_id').notNull().references(() => communes.id),
  code: text('code').notNull(), // morning, evening, canteen, wednesday, holidays, study
  label: text('label').notNull(),
  level: text('level').notNull().default('all'), // all, maternelle, elementaire
  /** JSON: when it runs and its booking rules (see domain ActivityRules). */
  rules: text('rules', { mode: 'json' }).notNull(),
  /** JSON: price per day by quotient familial bracket, in cents. */
  tariffs: text('tariffs', { mode: 'json' }).notNull(),
}, (t) => [uniqueIndex('activities_commune_code_level').on(t.communeId, t.code, t.level)]);

export const households = sqliteTable('households', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  communeId: text('commune_id').notNull().references(() => communes.id),
  fileNumber: text('file_number').notNull(), // the commune's own family file number
  name: text('name').notNull(),
  address: text('address'),
  postalCode: text('postal_code'),
  city: text('city'),
  quotientFamilial: integer('quotient_familial'), // null: no avis d'imposition, maximum tariff
  eInvoice: integer('e_invoice', { mode: 'boolean' }).notNull().default(false),
  /** When the family asked to be reminded of the recensement citoyen at each child's 16th birthday; null: not asked. */
  censusRemindersAt: text('census_reminders_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('households_commune_file').on(t.communeId, t.fileNumber)]);

export const accounts = sqliteTable('accounts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  communeId: text('commune_id').notNull().references(() => communes.id),
  email: text('email').notNull(),
  civility: text('civility'), // madame, monsieur
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  phone: text('phone'),
  address: text('address'),
  passwordHash: text('password_hash'),
  emailVerifiedAt: text('email_verified_at'),
  householdId: integer('household_id').references(() => households.id),
  lastLoginAt: text('last_login_at'),
  /** When the resident said « arrêter les rappels » (or STOP by SMS); null: reminders on. */
  remindersStoppedAt: text('reminders_stopped_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('accounts_commune_email').on(t.communeId, t.email)]);

export const representatives = sqliteTable('representatives', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  householdId: integer('household_id').notNull().references(() => households.id, { onDelete: 'cascade' }),
  role: text('role').notNull(), // representative, co_representative
  civility: text('civility'),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  email: text('email'),
  phone: text('phone'),
  accountId: integer('account_id').references(() => accounts.id),
}, (t) => [index('representatives_household').on(t.householdId)]);

export const children = sqliteTable('children', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  householdId: integer('household_id').notNull().references(() => households.id, { onDelete: 'cascade' }),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  birthDate: text('birth_date').notNull(),
  school: text('school'),
  level: text('level').notNull(), // maternelle, elementaire
}, (t) => [index('children_household').on(t.householdId)]);

/** Family keys are stored as a keyed hash (HMAC-SHA256 with the server secret), never in clear. */
export const familyKeys = sqliteTable('family_keys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  householdId: integer('household_id').notNull().references(() => households.id, { onDelete: 'cascade' }),
  keyHash: text('key_hash').notNull(),
  /** The key's first 4 characters, in clear: they name the household a wrong key was meant for (tries are counted per household). */
  selector: text('selector'),
  createdAt: createdAt(),
  revokedAt: text('revoked_at'),
}, (t) => [uniqueIndex('family_keys_hash').on(t.keyHash), index('family_keys_household').on(t.householdId), index('family_keys_selector').on(t.selector)]);

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

export const invoices = sqliteTable('invoices', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  householdId: integer('household_id').notNull().references(() => households.id),
  number: text('number').notNull(),
  label: text('label').notNull(),
  periodStart: text('period_start'),
  periodEnd: text('period_end'),
  issuedOn: text('issued_on').notNull(),
  dueOn: text('due_on').notNull(),
  totalCents: integer('total_cents').notNull(),
  status: text('status').notNull(), // issued, paid, cancelled
  paidAt: text('paid_at'),
  /** monthly (built from the bookings of a month, once per household and month) or oneOff (created by an agent). */
  kind: text('kind').notNull().default('monthly'),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('invoices_household_number').on(t.householdId, t.number),
  uniqueIndex('invoices_monthly_once').on(t.householdId, t.periodStart).where(sql`kind = 'monthly'`),
]);

export const invoiceLines = sqliteTable('invoice_lines', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  invoiceId: integer('invoice_id').notNull().references(() => invoices.id, { onDelete: 'cascade' }),
  childId: integer('child_id').references(() => children.id),
  activityId: integer('activity_id').references(() => activities.id),
  label: text('label').notNull(),
  quantity: integer('quantity').notNull(),
  unitPriceCents: integer('unit_price_cents').notNull(),
  amountCents: integer('amount_cents').notNull(),
}, (t) => [index('invoice_lines_invoice').on(t.invoiceId)]);

export const payments = sqliteTable('payments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  invoiceId: integer('invoice_id').notNull().references(() => invoices.id),
  reference: text('reference').notNull(), // PBX_CMD, unique per attempt
  amountCents: integer('amount_cents').notNull(),
  status: text('status').notNull(), // pending, paid, refused, expired (still pending after 30 minutes), duplicate (paid an invoice already paid: to refund), refunded (a duplicate the Régie refunded)
  provider: text('provider').notNull(),
  authorization: text('authorization'),
  /** The account that asked to pay: told in the conversation and mailed the receipt. */
  accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
  /** Paybox's error code of the notification (00000: paid). */
  errorCode: text('error_code'),
  createdAt: createdAt(),
  completedAt: text('completed_at'),
}, (t) => [uniqueIndex('payments_reference').on(t.reference), index('payments_invoice').on(t.invoiceId)]);

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
});

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
