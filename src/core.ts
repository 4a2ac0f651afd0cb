/**
 * The core without the bot or the server: configuration → database → repositories → domain
 * service, mail, texts. The admin command uses it alone; src/index.ts adds the bot and the server.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/client';
import { loadDemoData } from '../db/demo/demoData';
import { createRepositories, StateRepository } from '../db/repositories';
import { DirectLineRepository } from '../db/repositories/directLineRepository';
import type { Config } from './config';
import { systemClock, type Clock } from './domain/clock';
import type { SchoolCalendar } from './domain/activityCalendar';
import { MunicipalService } from './domain/municipalService';
import { parisDay } from './domain/parisTime';
import { Texts } from './i18n';
import { createLogger, type Logger } from './logger';
import { DiskFileStore } from './files';
import { MailSender } from './mail/mailer';
import { PdfInvoiceRenderer } from './pdf/invoicePdf';
import type { SchoolHoliday } from './nlu/dates';
import { holidaysFrom } from './nlu/schoolCalendar';

export interface Core {
  config: Readonly<Config>;
  db: Db;
  service: MunicipalService;
  stateRepository: StateRepository;
  /** The web chat's Direct Line conversations and their history. */
  directLineStore: DirectLineRepository;
  /** The bot's secret (SECRET_KEY or DATA_DIR/secret.key), for signed tokens. */
  secret: string;
  texts: Texts;
  logger: Logger;
  /** School holidays of the zone (db/reference), for dates such as « pendant les vacances de Noël ». */
  schoolHolidays: SchoolHoliday[];
  close(): void;
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

export function buildCore(config: Readonly<Config>, clock: Clock = systemClock): Core {
  const logger = createLogger(config.logLevel);
  const db = openDatabase({ file: config.databaseFile, migrationsFolder: config.migrationsFolder, busyTimeoutMs: config.busyTimeoutMs });
  if (config.demoData && loadDemoData(db, path.join(config.rootDir, 'db', 'demo'), parisDay(clock.now()))) {
    logger.info('demo.loaded', { communes: 3 });
  }
  const repos = createRepositories(db);
  const texts = Texts.create(config.localesDir);
  const mailer = new MailSender({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: config.outboxDir, texts, logger });
  const schoolCalendar = JSON.parse(fs.readFileSync(config.schoolCalendarFile, 'utf8')) as SchoolCalendar;
  const secret = loadSecret(config);
  const service = new MunicipalService({
    repos,
    clock,
    secretKey: secret,
    passwordCost: config.passwordCost,
    mailer,
    files: new DiskFileStore(config.uploadsDir),
    schoolCalendar,
    wording: texts.for('fr'),
    pdf: new PdfInvoiceRenderer(texts),
    paymentProvider: config.payment.mode === 'sandbox' ? 'sandbox' : 'paybox',
    retention: config.retention,
  });
  return {
    config,
    db,
    service,
    stateRepository: new StateRepository(db),
    directLineStore: new DirectLineRepository(db),
    secret,
    texts,
    logger,
    schoolHolidays: holidaysFrom(schoolCalendar),
    close: () => {
      mailer.close();
      db.$client.close();
    },
  };
}

