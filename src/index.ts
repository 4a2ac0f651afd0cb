/**
 * The composition root: the one place where things are built and wired.
 * config → database → repositories → domain service → (dialogs → bot → server).
 */
// First: the modules after it are compiled with the code kept at the previous start (src/compileCache.ts).
import { saveCompileCacheLater } from './compileCache';
import { systemClock, type Clock } from './domain/clock';
import { CardRenderer } from '../cards/cardRenderer';
import { adapterOnDemand } from './bot/adapter';
import { SqlStorage } from './bot/sqlStorage';
import { WARM_UP_DELAY_MS, warmUps } from './warmUps';
import { ConfigError, linkBase, loadConfig, type Config } from './config';
import { buildCore, openCore, type Core } from './core';
import { watchStartupEventLoop } from './ops/eventLoopWatch';
import { metricsText, watchEventLoop } from './ops/metrics';
import { createServer, listen } from './server';
import { SmsAdapter } from './sms/smsAdapter';
import { conversationNotifier } from './bot/notifier';
import { jobDefinitions, startJobs, type JobDefinition } from './jobs/scheduler';
import { SANDBOX_MERCHANT, sandboxKeys, type SandboxKeys } from './payment/sandbox';
import fs from 'node:fs';
import path from 'node:path';
import { AzureTokens } from './directline/azureTokens';
import { DirectLine } from './directline/directLine';
import { DIRECT_LINE_CHANNEL } from './directline/directLineAdapter';
import { conversationAwaitsSecret } from './bot/secretPrompt';
import { clientAddressReader } from './web/clientAddress';
import { buildBot, chatUploads, directLineAdapter, sharedLimit, UPLOADS_PER_HOUR, withApology } from './botAssembly';

export { buildCore, openCore, type Core };
export { buildBot, directLineAdapter, UPLOADS_PER_HOUR };

export interface RunningApp {
  core: Core;
  port: number;
  host: string;
  /** The scheduled jobs, wired to this instance's adapters (run one now with runJob). */
  jobs: JobDefinition[];
  /** From now on /healthz answers 503 (stopping); everything else is still served. */
  drain(): void;
  /** Stops taking connections, lets the turns in flight finish, then closes the database. */
  stop(): Promise<void>;
}

/** The payment provider's side: the sandbox's keys, or Paybox's credentials and public key. */
async function paymentSetup(config: Readonly<Config>, sandbox: Promise<SandboxKeys> | undefined) {
  const { mode } = config.payment;
  if (mode === 'sandbox' && sandbox) {
    const keys = await sandbox;
    return { mode, merchant: { ...SANDBOX_MERCHANT, hmacKey: keys.hmacKey }, merchantKeys: config.payment.merchantKeys, publicKeyPem: keys.publicKeyPem, sandbox: keys };
  }
  if (!fs.existsSync(config.payment.publicKeyFile)) throw new ConfigError(`Paybox's public key is missing: ${config.payment.publicKeyFile}. Set PAYBOX_PUBLIC_KEY_FILE to the PEM file given by Paybox.`);
  const { site, rang, identifiant, hmacKey } = config.payment as Required<Config['payment']>;
  return { mode, merchant: { site, rang, identifiant, hmacKey }, merchantKeys: config.payment.merchantKeys, publicKeyPem: fs.readFileSync(config.payment.publicKeyFile, 'utf8') };
}

/** The card the welcome ends on (dialogs/mainMenu.ts). */
const WELCOME_CARD = 'mainMenu';

/** Builds everything and starts the HTTP server. */
export async function startApp(config: Readonly<Config>, clock: Clock = systemClock): Promise<RunningApp> {
  // The payment sandbox's keys are made off the main thread while the core opens (a new data folder).
  const sandbox = config.payment.mode === 'sandbox' ? sandboxKeys(config.dataDir) : undefined;
  sandbox?.catch(() => undefined);
  const core = await openCore(config, clock);
  if (config.defaultCommune && !(await core.service.findCommune(config.defaultCommune))) {
    const known = (await core.service.listCommunes()).map((c) => c.id).join(', ');
    await core.close();
    throw new ConfigError(`DEFAULT_COMMUNE "${config.defaultCommune}" is not a configured commune. Known communes: ${known || 'none'}.`);
  }
  let baseUrl = config.publicUrl ?? '';
  const recognizer = warmUps(core.logger);
  // The welcome ends on the menu card: its template (and the templating library) ready before the first conversation.
  const renderer = new CardRenderer(config.cardsDir);
  renderer.prepare([WELCOME_CARD]);
  const bot = buildBot(core, () => baseUrl, recognizer, renderer);
  const adapter = adapterOnDemand(config, core.texts, core.logger);
  const sms = config.sms ? { ...config.sms, adapter: withApology(core, new SmsAdapter(), 'sms'), communeOf: async (to: string | undefined) => (await core.service.communeOfSmsNumber(to))?.id } : undefined;
  const webAdapter = directLineAdapter(core);
  const stateStorage = new SqlStorage(core.stateRepository);
  let payment;
  try {
    payment = { ...(await paymentSetup(config, sandbox)), service: core.service, texts: core.texts, logger: core.logger, baseUrl: () => baseUrl };
  } catch (e) {
    await core.close();
    throw e;
  }
  const notifier = conversationNotifier(core, adapter, webAdapter);
  core.service.outbox.notifier = notifier;
  const accounts = { service: core.service, texts: core.texts, logger: core.logger, baseUrl: () => baseUrl };
  const agents = { ...accounts, secret: core.secret, teller: notifier };
  const chatPage = {
    texts: core.texts,
    logger: core.logger,
    findCommune: (id: string) => core.service.findCommune(id),
    defaultCommune: config.defaultCommune,
    bundleFile: config.webchat.bundleFile,
    publicDir: path.join(config.rootDir, 'public'),
    embedOrigins: config.webchat.embedOrigins,
    azureDomain: config.webchat.azure?.domain,
  };
  const legalPages = {
    texts: core.texts,
    findCommune: (id: string) => core.service.findCommune(id),
    listCommunes: () => core.service.listCommunes(),
    defaultCommune: config.defaultCommune,
    facts: () => ({ retention: config.retention, channels: { sms: !!config.sms, teams: !!config.bot.appId }, baseUrl }),
  };
  const ownDirectLine = config.webchat.azure
    ? undefined
    : new DirectLine({
      store: core.directLineStore, adapter: webAdapter, bot, secret: core.secret, clock: core.service.clock, logger: core.logger,
      awaitsSecret: (c) => conversationAwaitsSecret(stateStorage, DIRECT_LINE_CHANNEL, c.id),
    });
  const directLine = ownDirectLine && {
    directLine: ownDirectLine,
    publicUrl: config.publicUrl,
    logger: core.logger,
    activityLimiter: sharedLimit(core, { name: 'dl-activities', points: 20, windowMs: 10_000 }),
    uploads: { uploads: chatUploads(core), uploadLimiter: sharedLimit(core, { name: 'dl-uploads', points: UPLOADS_PER_HOUR, windowMs: 3_600_000 }) },
  };
  // Files of turns cut short by a stop: removed after an hour.
  if (directLine) void directLine.uploads.uploads.sweep(new Date(), 3_600_000).catch(() => undefined);
  const azureTokens = config.webchat.azure && new AzureTokens({ ...config.webchat.azure, logger: core.logger });
  const chatTokens = {
    issue: (previous: string | undefined, commune: string | null, locale: string) => (ownDirectLine ? ownDirectLine.grant(previous, commune, locale) : azureTokens!.grant(previous)),
    communeExists: async (id: string) => !!(await core.service.findCommune(id)),
    clientAddress: clientAddressReader(config.trustProxy),
    limiter: sharedLimit(core, { name: 'chat-tokens', points: config.webchat.tokensPerMinute, windowMs: 60_000 }),
    logger: core.logger,
  };
  let stopping = false;
  if (config.metricsToken) watchEventLoop();
  const metrics = { token: config.metricsToken, text: metricsText };
  const { server, closeStreams } = createServer({ adapter, bot, health: () => core.service.checkHealth(), stopping: () => stopping, logger: core.logger, sms, payment, accounts, agents, chatPage, legalPages, directLine, chatTokens, metrics });
  let address;
  try {
    address = await listen(server, config.port, config.host);
  } catch (e) {
    await core.close();
    throw e;
  }
  baseUrl = linkBase(config, address);
  const stopWatch = watchStartupEventLoop(core.logger);
  // The other card templates, parsed a piece at a time; the date models and the intent model a little later (src/warmUps.ts).
  void renderer.warm().catch((e: unknown) => core.logger.error('cards.warm.error', { error: e instanceof Error ? e.message : String(e) }));
  recognizer.startLater(WARM_UP_DELAY_MS);
  const stopCompileCache = saveCompileCacheLater();
  const jobs = jobDefinitions(config, core.service, notifier, core.store.kind === 'sqlite' ? core.db.$client : undefined);
  const stopJobs = config.jobs.enabled ? startJobs(jobs, core.service, core.logger) : () => undefined;
  core.logger.info('server.started', { url: `http://${address.address}:${address.port}`, auth: config.bot.authDisabled ? 'off' : 'on', payment: config.payment.mode });
  // A new instance without the demo data: residents are told the service is not open until a commune is imported.
  if ((await core.service.listCommunes()).length === 0) core.logger.warn('communes.none', { next: 'npm run admin -- commune import FILE' });
  return {
    core,
    port: address.port,
    host: address.address,
    jobs,
    drain: () => {
      stopping = true;
    },
    stop: async () => {
      stopCompileCache();
      stopWatch();
      stopJobs();
      closeStreams();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await recognizer.stop();
      await core.close();
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
  // Graceful stop: /healthz says « stopping » at once, requests are still served for the grace
  // period (a load balancer stops sending meanwhile), then the server stops taking connections,
  // the turns in flight finish, and the database is closed.
  const shutdown = () => {
    app.drain();
    app.core.logger.info('server.stopping', { graceMs: app.core.config.shutdownGraceMs });
    setTimeout(() => void app.stop().then(() => proc.exit(0)), app.core.config.shutdownGraceMs);
  };
  proc.once('SIGINT', shutdown);
  proc.once('SIGTERM', shutdown);
  return app;
}

if (require.main === module) void main();
