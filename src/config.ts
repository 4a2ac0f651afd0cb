/**
 * The only reader of process.env. Validates once and returns a typed, frozen object.
 * Every key is documented in README.md and .env.example.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compile as compileTrust } from 'proxy-addr';
import { z } from 'zod';
import type { Config } from './configTypes';
import { MERCHANT_KEY_ENV } from './domain/communeTypes';

/** The project's root folder (the one holding package.json), from src/ or from dist/src/. */
export function findRootDir(start = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'locales'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No project root above ${start}`);
    dir = parent;
  }
}

/** Where the Bot Framework channels (Teams, Direct Line) and Twilio serve the files residents attach. */
export const DEFAULT_ATTACHMENT_HOSTS: readonly string[] = ['*.botframework.com', 'smba.trafficmanager.net', '*.sharepoint.com', 'api.twilio.com'];

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

const EnvSchema = z.object({
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
  HOST: optionalString,
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  DEFAULT_COMMUNE: optionalString,
  SECRET_KEY: z.preprocess(emptyToUndefined, z.string().regex(/^[0-9a-fA-F]{64,}$/, 'at least 64 hexadecimal characters').optional()),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info')),
  DEMO_DATA: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true')),
  SMTP_URL: optionalString,
  TWILIO_AUTH_TOKEN: optionalString,
  SMS_WEBHOOK_URL: z.preprocess(emptyToUndefined, z.string().url('the full public URL of /api/sms, as configured in Twilio').optional()),
  TWILIO_ACCOUNT_SID: z.preprocess(emptyToUndefined, z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'AC followed by 32 hexadecimal characters').optional()),
  TWILIO_FROM: z.preprocess(emptyToUndefined, z.string().regex(/^(\+\d{8,15}|MG[0-9a-fA-F]{32})$/, 'a number in E.164 form (+33…) or a Messaging Service SID (MG…)').optional()),
  TWILIO_API_URL: z.preprocess(emptyToUndefined, z.string().url().default('https://api.twilio.com')),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default('Espace Citoyens <ne-pas-repondre@localhost>')),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
  MicrosoftAppTenantId: optionalString,
  NODE_ENV: optionalString,
  PUBLIC_URL: z.preprocess(emptyToUndefined, z.string().url('the public https URL of the bot, e.g. https://bot.example.fr').optional()),
  PAYBOX_MODE: z.preprocess(emptyToUndefined, z.enum(['sandbox', 'preprod', 'production']).default('sandbox')),
  PAYBOX_SITE: z.preprocess(emptyToUndefined, z.string().regex(/^\d{7}$/, '7 digits').optional()),
  PAYBOX_RANG: z.preprocess(emptyToUndefined, z.string().regex(/^\d{1,3}$/, 'up to 3 digits').optional()),
  PAYBOX_IDENTIFIANT: z.preprocess(emptyToUndefined, z.string().regex(/^\d{1,9}$/, 'up to 9 digits').optional()),
  PAYBOX_HMAC_KEY: z.preprocess(emptyToUndefined, z.string().regex(/^[0-9a-fA-F]{128}$/, '128 hexadecimal characters (the key from the Paybox back-office)').optional()),
  PAYBOX_PUBLIC_KEY_FILE: optionalString,
  INVOICING_CRON: z.preprocess(emptyToUndefined, z.string().default('0 6 1 * *')),
  RECONCILE_CRON: z.preprocess(emptyToUndefined, z.string().default('*/10 * * * *')),
  REQUEST_NOTICES_CRON: z.preprocess(emptyToUndefined, z.string().default('* * * * *')),
  REMINDERS_CRON: z.preprocess(emptyToUndefined, z.string().default('*/15 * * * *')),
  OUTBOX_CRON: z.preprocess(emptyToUndefined, z.string().default('* * * * *')),
  SHUTDOWN_GRACE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(60_000).default(2000)),
  DATABASE_URL: z.preprocess(emptyToUndefined, z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'a PostgreSQL URL, postgres://user:password@host:5432/database (leave it empty for the embedded SQLite file)').optional()),
  DATABASE_POOL_SIZE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  SQLITE_BUSY_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(60_000).default(5000)),
  RETENTION_CRON: z.preprocess(emptyToUndefined, z.string().default('30 3 * * *')),
  LINK_SWEEP_CRON: z.preprocess(emptyToUndefined, z.string().default('*/5 * * * *')),
  RETENTION_TRANSCRIPT_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(30)),
  RETENTION_SECURITY_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(7)),
  RETENTION_PROFILE_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(365)),
  JOBS: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).default('on')),
  BACKUP_DIR: optionalString,
  SCHOOL_CALENDAR_DIR: optionalString,
  BACKUP_CRON: z.preprocess(emptyToUndefined, z.string().default('15 2 * * *')),
  BACKUP_KEEP: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1000).default(7)),
  ELECTION_DAYS: z.preprocess(emptyToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}(,\d{4}-\d{2}-\d{2})*$/, 'first-round days as YYYY-MM-DD, separated by commas').optional()),
  CHAT_EMBED_ORIGINS: z.preprocess(emptyToUndefined, z.string().regex(/^https?:\/\/[^\s,]+([\s,]+https?:\/\/[^\s,]+)*$/, 'the sites allowed to show the chat page in a frame, as https://… origins separated by spaces or commas').optional()),
  DIRECT_LINE_SECRET: optionalString,
  CHAT_TOKENS_PER_MINUTE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(10)),
  DIRECT_LINE_DOMAIN: z.preprocess(emptyToUndefined, z.string().url('the Direct Line base URL, e.g. https://europe.directline.botframework.com/v3/directline').default('https://directline.botframework.com/v3/directline')),
  TRUST_PROXY: z.preprocess(emptyToUndefined, z.string().refine(validTrust, 'the number of proxies in front of the bot (e.g. 1), or their addresses or subnets separated by commas (e.g. 10.0.0.1, 10.0.1.0/24, loopback)').optional()),
  ATTACHMENT_HOSTS: z.preprocess(
    (v) => emptyToUndefined(typeof v === 'string' ? v.trim() : v),
    z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+([\s,]+(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+)*$/i, 'host names (or *.domain for its subdomains) separated by spaces or commas, e.g. *.botframework.com smba.trafficmanager.net').optional(),
  ),
  ATTACHMENT_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(60_000).default(10_000)),
  ATTACHMENT_TEST_LOOPBACK: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
  METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().regex(/^\S{16,}$/, 'at least 16 characters, no spaces (the bearer token a scraper sends to GET /metrics)').optional()),
  PASSWORD_COST: z.preprocess(emptyToUndefined, z.coerce.number().int().min(14, 'at least 14').max(20, 'at most 20').default(17)),
  DATES_WARM_UP_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(86_400_000).default(2000)),
  PREPARE_STATEMENTS: z.preprocess(emptyToUndefined, z.enum(['start', 'first-use']).default('start')),
});

/**
 * The base of the links the product writes (mails, payment, PDF): PUBLIC_URL, or else the address the
 * bot listens on (a wildcard address read as localhost), so that a link mailed by the admin command
 * opens the same origin as the bot's own pages (cookies included).
 */
export function linkBase(config: Pick<Config, 'publicUrl' | 'host' | 'port'>, listening?: { address: string; port: number }): string {
  if (config.publicUrl) return config.publicUrl;
  const host = listening?.address ?? config.host;
  return `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${listening?.port ?? config.port}`;
}

/** TRUST_PROXY as the client-address reader takes it: a number of hops, or addresses, subnets and proxy-addr's names. */
function trustOf(value: string): number | string[] {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.split(/[\s,]+/).filter(Boolean);
}

function validTrust(value: string): boolean {
  const trust = trustOf(value);
  if (typeof trust === 'number') return trust <= 10;
  try {
    compileTrust(trust);
    return trust.length > 0;
  } catch {
    return false;
  }
}

export type { Config } from './configTypes';

export class ConfigError extends Error {}

/** The official school calendars, one file per zone (reference data, committed; `school-calendar import` rewrites them). */
export const schoolCalendarDir = (rootDir: string): string => path.join(rootDir, 'db', 'reference', 'school-calendars');

/** One zone's calendar file (the understanding's tools read zone C: the labelled sentences are dated in it). */
export const schoolCalendarPath = (rootDir: string, zone = 'C'): string => path.join(schoolCalendarDir(rootDir), `zone-${zone.toLowerCase()}.json`);

/** The communes' HMAC keys (PAYBOX_HMAC_KEY_<SUFFIX>); one that is not 128 hexadecimal characters stops the start. */
function merchantKeysOf(env: NodeJS.ProcessEnv): Readonly<Record<string, string>> {
  const keys: Record<string, string> = {};
  const bad: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (!MERCHANT_KEY_ENV.test(name) || value === undefined || value === '') continue;
    if (/^[0-9a-fA-F]{128}$/.test(value)) keys[name] = value;
    else bad.push(`${name}: 128 hexadecimal characters (the key from the Paybox back-office)`);
  }
  if (bad.length) throw new ConfigError(`Invalid configuration:\n${bad.join('\n')}`);
  return Object.freeze(keys);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, rootDir = findRootDir()): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const authDisabled = !e.MicrosoftAppId;
  const dataDir = path.resolve(rootDir, e.DATA_DIR);
  const production = e.NODE_ENV === 'production';
  if (e.ATTACHMENT_TEST_LOOPBACK === 'true' && e.NODE_ENV !== 'test') throw new ConfigError('ATTACHMENT_TEST_LOOPBACK=true is for the tests only (NODE_ENV=test): it lets the bot download files over http from 127.0.0.1.');
  if (e.PAYBOX_MODE === 'sandbox' && production) {
    throw new ConfigError('Invalid configuration:\nPAYBOX_MODE: the payment sandbox cannot run in production (NODE_ENV=production). Set PAYBOX_MODE=production and the Paybox credentials.');
  }
  if (e.PAYBOX_MODE !== 'sandbox') {
    const missing = (['PAYBOX_SITE', 'PAYBOX_RANG', 'PAYBOX_IDENTIFIANT', 'PAYBOX_HMAC_KEY'] as const).filter((k) => !e[k]);
    if (missing.length) throw new ConfigError(`Invalid configuration:\n${missing.map((k) => `${k}: required with PAYBOX_MODE=${e.PAYBOX_MODE}`).join('\n')}`);
    if (production && !e.PUBLIC_URL?.startsWith('https://')) throw new ConfigError('Invalid configuration:\nPUBLIC_URL: an https:// URL is required in production (Paybox sends the notification there).');
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST ?? (authDisabled ? '127.0.0.1' : '0.0.0.0'),
    rootDir,
    dataDir,
    databaseFile: path.join(dataDir, 'espace-citoyens.sqlite'),
    postgres: e.DATABASE_URL ? Object.freeze({ url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE, migrationsFolder: path.join(rootDir, 'db', 'pg', 'migrations') }) : undefined,
    outboxDir: path.join(dataDir, 'outbox'),
    uploadsDir: path.join(dataDir, 'uploads'),
    migrationsFolder: path.join(rootDir, 'db', 'migrations'),
    localesDir: path.join(rootDir, 'locales'),
    cardsDir: path.join(rootDir, 'cards'),
    schoolCalendarDir: e.SCHOOL_CALENDAR_DIR ? path.resolve(rootDir, e.SCHOOL_CALENDAR_DIR) : schoolCalendarDir(rootDir),
    shippedCalendarDir: schoolCalendarDir(rootDir),
    demoData: e.DEMO_DATA === 'true',
    defaultCommune: e.DEFAULT_COMMUNE,
    secretKey: e.SECRET_KEY,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    production,
    payment: Object.freeze({
      mode: e.PAYBOX_MODE,
      site: e.PAYBOX_SITE,
      rang: e.PAYBOX_RANG,
      identifiant: e.PAYBOX_IDENTIFIANT,
      hmacKey: e.PAYBOX_HMAC_KEY,
      merchantKeys: merchantKeysOf(env),
      publicKeyFile: path.resolve(rootDir, e.PAYBOX_PUBLIC_KEY_FILE ?? path.join('db', 'reference', 'paybox-pubkey.pem')),
    }),
    jobs: Object.freeze({ enabled: e.JOBS === 'on', invoicing: e.INVOICING_CRON, reconciliation: e.RECONCILE_CRON, requestNotices: e.REQUEST_NOTICES_CRON, reminders: e.REMINDERS_CRON, retention: e.RETENTION_CRON, outbox: e.OUTBOX_CRON, linkSweep: e.LINK_SWEEP_CRON }),
    backup: e.BACKUP_DIR ? Object.freeze({ dir: path.resolve(rootDir, e.BACKUP_DIR), schedule: e.BACKUP_CRON, keep: e.BACKUP_KEEP }) : undefined,
    busyTimeoutMs: e.SQLITE_BUSY_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    retention: Object.freeze({ transcriptDays: e.RETENTION_TRANSCRIPT_DAYS, securityDays: e.RETENTION_SECURITY_DAYS, profileDays: e.RETENTION_PROFILE_DAYS }),
    passwordCost: e.PASSWORD_COST,
    datesWarmUpMs: e.DATES_WARM_UP_MS,
    prepareStatements: e.PREPARE_STATEMENTS,
    metricsToken: e.METRICS_TOKEN,
    trustProxy: e.TRUST_PROXY === undefined ? undefined : trustOf(e.TRUST_PROXY),
    attachments: Object.freeze({
      hosts: Object.freeze(e.ATTACHMENT_HOSTS?.split(/[\s,]+/).map((h) => h.toLowerCase()) ?? DEFAULT_ATTACHMENT_HOSTS),
      timeoutMs: e.ATTACHMENT_TIMEOUT_MS,
      testLoopback: e.ATTACHMENT_TEST_LOOPBACK === 'true',
    }),
    webchat: Object.freeze({
      bundleFile: path.join(rootDir, 'node_modules', '.cache', 'webchat', 'webchat-4.18.1.js'),
      embedOrigins: Object.freeze(e.CHAT_EMBED_ORIGINS?.split(/[\s,]+/).map((o) => o.replace(/\/+$/, '')) ?? []),
      tokensPerMinute: e.CHAT_TOKENS_PER_MINUTE,
      azure: e.DIRECT_LINE_SECRET ? { secret: e.DIRECT_LINE_SECRET, domain: e.DIRECT_LINE_DOMAIN.replace(/\/+$/, '') } : undefined,
    }),
    electionDays: Object.freeze(e.ELECTION_DAYS?.split(',') ?? []),
    sms: e.TWILIO_AUTH_TOKEN && e.SMS_WEBHOOK_URL ? { authToken: e.TWILIO_AUTH_TOKEN, webhookUrl: e.SMS_WEBHOOK_URL } : undefined,
    smsOut:
      e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM
        ? Object.freeze({ accountSid: e.TWILIO_ACCOUNT_SID, authToken: e.TWILIO_AUTH_TOKEN, from: e.TWILIO_FROM, apiUrl: e.TWILIO_API_URL })
        : undefined,
    bot: Object.freeze({
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      authDisabled,
    }),
  });
}
