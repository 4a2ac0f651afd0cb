/**
 * Communes and the families they know: activities, households, accounts, representatives,
 * children, family keys. PostgreSQL's side: db/pg/tables/families.ts.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

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
  /** JSON: what the commune's published pages say (accessibility, privacy, terms); null: nothing given, the pages say so. */
  publication: text('publication', { mode: 'json' }),
  /** JSON: the commune's own Paybox merchant numbers and the name of the variable holding their HMAC key (never the key); null: the bot's. */
  paybox: text('paybox', { mode: 'json' }),
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

/**
 * One row (id 1): a number that every change of `communes` or `activities` adds one to, by triggers
 * made in the same migration (whatever writes: a commune import, the admin command in another
 * process, a hand-written statement). Each instance keeps the communes and their activities in
 * memory and reads this number once a turn to know whether to read them again (db/repositories/configCache.ts).
 */
export const configVersion = sqliteTable('config_version', {
  id: integer('id').primaryKey().default(1),
  version: integer('version').notNull(),
});

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
  /** The phone's last 9 digits (« +33 6 12… », « 06 12… » alike): STOP by SMS finds the accounts by its index. */
  phoneKey: text('phone_key'),
  address: text('address'),
  passwordHash: text('password_hash'),
  emailVerifiedAt: text('email_verified_at'),
  householdId: integer('household_id').references(() => households.id),
  lastLoginAt: text('last_login_at'),
  /** When the resident said « arrêter les rappels » (or STOP by SMS); null: reminders on. */
  remindersStoppedAt: text('reminders_stopped_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('accounts_commune_email').on(t.communeId, t.email), index('accounts_phone_key').on(t.phoneKey)]);

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
