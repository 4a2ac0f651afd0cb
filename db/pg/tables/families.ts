/**
 * Communes and the families they know: activities, households, accounts, representatives,
 * children, family keys. Each table, column and index is db/tables/families.ts's, under the same names and
 * property names (what they mean is said there); only the types are PostgreSQL's.
 */
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

export const communes = pgTable('communes', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  portalName: text('portal_name').notNull(),
  portalUrl: text('portal_url').notNull(),
  familyKeyName: text('family_key_name').notNull(),
  schoolZone: text('school_zone').notNull(),
  requestPrefix: text('request_prefix').notNull(),
  accentColor: text('accent_color'),
  postalCodes: jsonb('postal_codes'),
  smsNumbers: jsonb('sms_numbers'),
  services: jsonb('services').notNull(),
  topics: jsonb('topics').notNull(),
  publication: jsonb('publication'),
  paybox: jsonb('paybox'),
  createdAt: createdAt(),
});

export const activities = pgTable('activities', {
  id: id(),
  communeId: text('commune_id').notNull().references(() => communes.id),
  code: text('code').notNull(),
  label: text('label').notNull(),
  level: text('level').notNull().default('all'),
  rules: jsonb('rules').notNull(),
  tariffs: jsonb('tariffs').notNull(),
}, (t) => [uniqueIndex('activities_commune_code_level').on(t.communeId, t.code, t.level)]);

export const configVersion = pgTable('config_version', {
  id: integer('id').primaryKey().default(1),
  version: integer('version').notNull(),
});

export const households = pgTable('households', {
  id: id(),
  communeId: text('commune_id').notNull().references(() => communes.id),
  fileNumber: text('file_number').notNull(),
  name: text('name').notNull(),
  address: text('address'),
  postalCode: text('postal_code'),
  city: text('city'),
  quotientFamilial: integer('quotient_familial'),
  eInvoice: boolean('e_invoice').notNull().default(false),
  censusRemindersAt: text('census_reminders_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('households_commune_file').on(t.communeId, t.fileNumber)]);

export const accounts = pgTable('accounts', {
  id: id(),
  communeId: text('commune_id').notNull().references(() => communes.id),
  email: text('email').notNull(),
  civility: text('civility'),
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
  remindersStoppedAt: text('reminders_stopped_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('accounts_commune_email').on(t.communeId, t.email), index('accounts_phone_key').on(t.phoneKey)]);

export const representatives = pgTable('representatives', {
  id: id(),
  householdId: integer('household_id').notNull().references(() => households.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  civility: text('civility'),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  email: text('email'),
  phone: text('phone'),
  accountId: integer('account_id').references(() => accounts.id),
}, (t) => [index('representatives_household').on(t.householdId)]);

export const children = pgTable('children', {
  id: id(),
  householdId: integer('household_id').notNull().references(() => households.id, { onDelete: 'cascade' }),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  birthDate: text('birth_date').notNull(),
  school: text('school'),
  level: text('level').notNull(),
}, (t) => [index('children_household').on(t.householdId)]);

export const familyKeys = pgTable('family_keys', {
  id: id(),
  householdId: integer('household_id').notNull().references(() => households.id, { onDelete: 'cascade' }),
  keyHash: text('key_hash').notNull(),
  selector: text('selector'),
  createdAt: createdAt(),
  revokedAt: text('revoked_at'),
}, (t) => [uniqueIndex('family_keys_hash').on(t.keyHash), index('family_keys_household').on(t.householdId), index('family_keys_selector').on(t.selector)]);
