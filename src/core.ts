/**
 * The core without the bot or the server: configuration → database → repositories → domain
 * service, mail, texts. The admin command uses it alone; src/index.ts adds the bot and the server.
 * The database is the SQLite file by default, or PostgreSQL with DATABASE_URL (openCore).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/client';
import { demoDataLoader } from '../db/demo/demoData';
import { createRepositories, StateRepository } from '../db/repositories';
import { DirectLineRepository } from '../db/repositories/directLineRepository';
import { prepareStatements } from '../db/prepared';
import { sqliteStore, writeNow } from '../db/sqliteStore';
import type { Store } from '../db/store';
import type { Config } from './config';
import { systemClock, type Clock } from './domain/clock';
import { MunicipalService } from './domain/municipalService';
import { parisDay } from './domain/parisTime';
import { pickLocale, Texts } from './i18n';
import { createLogger, type Logger } from './logger';
import { DiskFileStore } from './files';
import { MailSender } from './mail/mailer';
import { PdfInvoiceRenderer } from './pdf/invoicePdf';
import type { SchoolHoliday } from './nlu/dates';
import { holidaysFrom, sharedHolidays } from './nlu/schoolCalendar';
import { ReferenceCalendars } from './reference/schoolCalendars';
import { demoCommunes } from './communes/demoCommunes';

export interface Core {
  config: Readonly<Config>;
  /** The store the repositories run on: SQLite, or PostgreSQL with DATABASE_URL. */
  store: Store;
  /** The drizzle database of the store (on SQLite, with the connection as $client). */
  db: Db;
  service: MunicipalService;
  stateRepository: StateRepository;
  /** The web chat's Direct Line conversations and their history. */
  directLineStore: DirectLineRepository;
  /** The bot's secret (SECRET_KEY or DATA_DIR/secret.key), for signed tokens. */
  secret: string;
  texts: Texts;
  logger: Logger;
  /** The official school calendars of every zone (db/reference/school-calendars), read again when a file changes. */
  schoolCalendars: ReferenceCalendars;
  /** A zone's school holidays, for dates such as « pendant les vacances d'hiver » (the commune's zone); without a zone, those every zone shares (Noël, été…). */
  schoolHolidaysOf(zone: string | undefined): SchoolHoliday[];
  /** Closes the mail transport and the database (ends the PostgreSQL pool); a second call waits for the first. */
  close(): Promise<void>;
}

/** The secret for keyed hashes: from SECRET_KEY, or generated once into DATA_DIR/secret.key. */
function loadSecret(config: Config): string {
  if (config.secretKey) return config.secretKey;
  const file = path.join(config.dataDir, 'secret.key');
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-fA-F]{64,}$/.test(secret)) throw new Error(`${file} must hold at least 64 hexadecimal characters. Restore it, or set SECRET_KEY.`);
    return secret;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

/** The core on the SQLite file, opened synchronously (many tests and the benchmark's large database use it so). */
export function buildCore(config: Readonly<Config>, clock: Clock = systemClock): Core {
  if (config.postgres) throw new Error('DATABASE_URL is set: open the core with openCore().');
  const logger = createLogger(config.logLevel);
  const db = openDatabase({ file: config.databaseFile, migrationsFolder: config.migrationsFolder, busyTimeoutMs: config.busyTimeoutMs });
  const store = sqliteStore(db, config.busyTimeoutMs);
  if (config.demoData && writeNow(db, demoLoader(config, clock, store), config.busyTimeoutMs)) logger.info('demo.loaded', { communes: 3 });
  return assemble(config, clock, store, logger);
}

/** The core on its configured store: PostgreSQL with DATABASE_URL, the SQLite file otherwise. */
export async function openCore(config: Readonly<Config>, clock: Clock = systemClock): Promise<Core> {
  if (!config.postgres) return buildCore(config, clock);
  const logger = createLogger(config.logLevel);
  // Loaded only here: the SQLite default does not load the PostgreSQL driver.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { openPostgres } = require('../db/pg/client') as typeof import('../db/pg/client');
  const store = await openPostgres({ ...config.postgres, lockTimeoutMs: config.busyTimeoutMs, onIdleError: (e) => logger.warn('database.idle.error', { error: e.message }) });
  try {
    if (config.demoData && (await store.write(demoLoader(config, clock, store)))) logger.info('demo.loaded', { communes: 3 });
  } catch (e) {
    await store.close();
    throw e;
  }
  return assemble(config, clock, store, logger);
}

const demoDir = (config: Readonly<Config>): string => path.join(config.rootDir, 'db', 'demo');

/** The demo data's transaction: its commune files read through the same checks as `commune import`. */
const demoLoader = (config: Readonly<Config>, clock: Clock, store: Store) =>
  demoDataLoader(demoDir(config), () => demoCommunes(path.join(demoDir(config), 'communes'), new ReferenceCalendars(config.schoolCalendarDir, Date.now, config.shippedCalendarDir).zones()), parisDay(clock.now()), store.tables);

function assemble(config: Readonly<Config>, clock: Clock, store: Store, logger: Logger): Core {
  // Closing twice (a stop after a failed start, a test's own cleanup) closes once.
  let closing: Promise<void> | undefined;
  const repos = createRepositories(store);
  const texts = Texts.create(config.localesDir);
  const mailer = new MailSender({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: config.outboxDir, texts, logger });
  const schoolCalendars = new ReferenceCalendars(config.schoolCalendarDir, Date.now, config.shippedCalendarDir);
  // One list per calendar file as read (a new file is a new object): understand() tells it at once (src/nlu/understand.ts).
  const holidayLists = new WeakMap<object, SchoolHoliday[]>();
  const holidaysOf = (calendar: object): SchoolHoliday[] => {
    let list = holidayLists.get(calendar);
    if (!list) holidayLists.set(calendar, (list = holidaysFrom(calendar)));
    return list;
  };
  // The holidays every zone shares (no zone known yet): one list while the zones' lists are the same objects.
  let shared: { zones: SchoolHoliday[][]; list: SchoolHoliday[] } | undefined;
  const sharedOf = (zones: SchoolHoliday[][]): SchoolHoliday[] => {
    if (shared?.zones.length === zones.length && zones.every((z, i) => z === shared?.zones[i])) return shared.list;
    shared = { zones, list: sharedHolidays(zones) };
    return shared.list;
  };
  const secret = loadSecret(config);
  const service = new MunicipalService({
    repos,
    clock,
    secretKey: secret,
    passwordCost: config.passwordCost,
    mailer,
    files: new DiskFileStore(config.uploadsDir),
    schoolCalendars,
    wording: texts.for('fr'),
    wordingIn: (locale) => texts.for(pickLocale(locale)),
    pdf: new PdfInvoiceRenderer(texts),
    paymentProvider: config.payment.mode === 'sandbox' ? 'sandbox' : 'paybox',
    retention: config.retention,
  });
  const stateRepository = new StateRepository(store);
  const directLineStore = new DirectLineRepository(store);
  if (config.prepareStatements === 'start') prepareStatements(store);
  return {
    config,
    store,
    db: store.db,
    service,
    stateRepository,
    directLineStore,
    secret,
    texts,
    logger,
    schoolCalendars,
    schoolHolidaysOf: (zone) => (zone ? holidaysOf(schoolCalendars.forZone(zone)) : sharedOf(schoolCalendars.zones().map((z) => holidaysOf(schoolCalendars.forZone(z))))),
    close: () => (closing ??= (async () => {
      // A receipt being sent right after its payment is let finish (it is marked sent, or tried again later).
      await service.outbox.idle();
      mailer.close();
      await store.close();
    })()),
  };
}
