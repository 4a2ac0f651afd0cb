/**
 * The composition root: the one place where things are built and wired.
 * config → database → repositories → domain service → (dialogs → bot → server).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/client';
import { loadDemoData } from '../db/demo/demoData';
import { createRepositories, StateRepository } from '../db/repositories';
import { systemClock, type Clock } from './domain/clock';
import { MunicipalService } from './domain/municipalService';
import { parisDay } from './domain/parisTime';
import { ConversationState, UserState } from 'botbuilder';
import { CardRenderer } from '../cards/cardRenderer';
import type { DialogDeps, Profile } from '../dialogs/dialogContext';
import { createAdapter } from './bot/adapter';
import { CitizenBot } from './bot/citizenBot';
import { SqlStorage } from './bot/sqlStorage';
import { ConfigError, loadConfig, type Config } from './config';
import { MailSender } from './mail/mailer';
import { createServer, listen } from './server';
import { Texts } from './i18n';
import type { SchoolHoliday } from './nlu/dates';
import { warmUp } from './nlu/recognizerFallback';
import { holidaysFrom } from './nlu/schoolCalendar';
import { understand } from './nlu/understand';
import { createLogger, type Logger } from './logger';

export interface Core {
  config: Readonly<Config>;
  db: Db;
  service: MunicipalService;
  stateRepository: StateRepository;
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
  const db = openDatabase({ file: config.databaseFile, migrationsFolder: config.migrationsFolder });
  if (config.demoData && loadDemoData(db, path.join(config.rootDir, 'db', 'demo'), parisDay(clock.now()))) {
    logger.info('demo.loaded', { communes: 3 });
  }
  const repos = createRepositories(db);
  const texts = Texts.create(config.localesDir);
  const mailer = new MailSender({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: config.outboxDir, texts, logger });
  const service = new MunicipalService({ repos, clock, secretKey: loadSecret(config), mailer });
  return {
    config,
    db,
    service,
    stateRepository: new StateRepository(db),
    texts,
    logger,
    schoolHolidays: holidaysFrom(JSON.parse(fs.readFileSync(config.schoolCalendarFile, 'utf8'))),
    close: () => {
      mailer.close();
      db.$client.close();
    },
  };
}

export interface RunningApp {
  core: Core;
  port: number;
  host: string;
  stop(): Promise<void>;
}

/** The bot on top of the core: its state in the same database, its dialogs and renderer. */
export function buildBot(core: Core): CitizenBot {
  const storage = new SqlStorage(core.stateRepository);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const deps: DialogDeps = {
    service: core.service,
    texts: core.texts,
    renderer: new CardRenderer(core.config.cardsDir),
    profile: userState.createProperty<Profile>('profile'),
    defaultCommune: core.config.defaultCommune,
    understand: (text) => understand(text, { today: parisDay(core.service.clock.now()), holidays: core.schoolHolidays }),
  };
  return new CitizenBot(deps, conversationState, userState);
}

/** Builds everything and starts the HTTP server. */
export async function startApp(config: Readonly<Config>, clock: Clock = systemClock): Promise<RunningApp> {
  const core = buildCore(config, clock);
  if (config.defaultCommune && !(await core.service.findCommune(config.defaultCommune))) {
    const known = (await core.service.listCommunes()).map((c) => c.id).join(', ');
    core.close();
    throw new ConfigError(`DEFAULT_COMMUNE "${config.defaultCommune}" is not a configured commune. Known communes: ${known || 'none'}.`);
  }
  const bot = buildBot(core);
  // The French date models compile in seconds: once here, before the first resident arrives.
  warmUp();
  const adapter = createAdapter(config, core.texts, core.logger);
  const server = createServer({ adapter, bot, health: () => core.service.checkHealth(), logger: core.logger });
  let address;
  try {
    address = await listen(server, config.port, config.host);
  } catch (e) {
    core.close();
    throw e;
  }
  core.logger.info('server.started', { url: `http://${address.address}:${address.port}`, auth: config.bot.authDisabled ? 'off' : 'on' });
  return {
    core,
    port: address.port,
    host: address.address,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      core.close();
    },
  };
}

export interface Process {
  env: Record<string, string | undefined>;
  stderr: { write(text: string): unknown };
  exit(code: number): void;
  once(signal: 'SIGINT' | 'SIGTERM', handler: () => void): unknown;
}

/** Starts the bot from the environment; a startup failure is printed plainly and exits with 1. */
export async function main(proc: Process = process): Promise<RunningApp | undefined> {
  let app: RunningApp;
  try {
    app = await startApp(loadConfig(proc.env));
  } catch (e) {
    proc.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    proc.exit(1);
    return undefined;
  }
  const shutdown = () => {
    void app.stop().then(() => proc.exit(0));
  };
  proc.once('SIGINT', shutdown);
  proc.once('SIGTERM', shutdown);
  return app;
}

if (require.main === module) void main();
