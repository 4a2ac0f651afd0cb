/**
 * The composition root: the one place where things are built and wired.
 * config → database → repositories → domain service → (dialogs → bot → server).
 */
// First: regular expressions compiled once, straight to machine code (src/regexpCompile.ts).
import './regexpCompile';
// Second: the modules after it are compiled with the code kept at the previous start (src/compileCache.ts).
import { keptFolder, saveCompileCacheLater } from './compileCache';
// Then: the parts of libraries the first reply does not need, loaded at their first use (src/deferredParts.ts).
import './deferredParts';
import { systemClock, type Clock } from './domain/clock';
import { CardRenderer, templatingLibrary } from '../cards/cardRenderer';
import { adapterOnDemand } from './bot/adapter';
import { warmUps } from './warmUps';
import { ConfigError, linkBase, loadConfig, type Config } from './config';
import { buildCore, openCore, type Core } from './core';
import { watchStartupEventLoop } from './ops/eventLoopWatch';
import { createServer, listen } from './server';
import { conversationNotifier } from './bot/notifier';
import { jobDefinitions, startJobs, type JobDefinition } from './jobs/scheduler';
import { sandboxKeys } from './payment/sandbox';
import { SlicedLibrary } from './slicedLoad';
import { buildBot, directLineAdapter, UPLOADS_PER_HOUR } from './botAssembly';
import { paymentSetup, routeDeps } from './serverDeps';

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
  // The welcome ends on the menu card: its template ready before the first conversation. It needs no templating
  // library (cards/plainTemplate.ts): the library loads after listening, in slices, once a start has noted how (src/slicedLoad.ts).
  const renderer = new CardRenderer(config.cardsDir);
  renderer.prepare([WELCOME_CARD]);
  const templating = new SlicedLibrary(keptFolder(), 'adaptivecards-templating', templatingLibrary);
  templating.beforeListening();
  const bot = buildBot(core, () => baseUrl, recognizer, renderer);
  const adapter = adapterOnDemand(config, core.texts, core.logger);
  const webAdapter = directLineAdapter(core);
  let payment;
  try {
    payment = await paymentSetup(config, sandbox);
  } catch (e) {
    await core.close();
    throw e;
  }
  const notifier = conversationNotifier(core, adapter, webAdapter);
  core.service.outbox.notifier = notifier;
  const routes = routeDeps({ config, core, bot, webAdapter, notifier, payment, baseUrl: () => baseUrl });
  let stopping = false;
  const { server, closeStreams } = createServer({ adapter, bot, health: () => core.service.checkHealth(), stopping: () => stopping, logger: core.logger, ...routes });
  let address;
  try {
    address = await listen(server, config.port, config.host);
  } catch (e) {
    await core.close();
    throw e;
  }
  baseUrl = linkBase(config, address);
  const stopWatch = watchStartupEventLoop(core.logger);
  // Understanding's warm-up at once (the first messages wait for it), the date models a little later (src/warmUps.ts);
  // once understanding is warm, the templating library, then the other card templates, a piece at a time.
  recognizer.startLater(config.datesWarmUpMs);
  let stopped = false;
  void recognizer
    .warm()
    .then(() => templating.afterListening(() => stopped))
    .then(() => (stopped ? undefined : renderer.warm()))
    .catch((e: unknown) => core.logger.error('cards.warm.error', { error: e instanceof Error ? e.message : String(e) }));
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
      stopped = true;
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
