/**
 * `npm run bench`: figures, not a test. In one run it starts the bot and a bare botbuilder EchoBot on
 * the same stack (src/cli/bench/echoServer.ts), each as its own process, and prints:
 * - the same concurrent load against both (src/cli/bench/loadTable.ts; each resident: welcome, sign-in by e-mailed code, a
 *   booking of three days in natural language and its confirmation, the calendar card, the invoice
 *   list; the EchoBot gets the same messages): turns per second, latency p50/p90/p99, memory, CPU
 *   per turn (the process's own, from /proc), queries per turn (the bot's /metrics, when it has
 *   them), each figure's ratio to the EchoBot's, and the driver's own share of the machine;
 * - a booking in natural language answered with the recognizers warm (one resident, sequential);
 * - start-up as a resident sees it (src/cli/bench/startup.ts, shared with `npm run bench:start`):
 *   the web chat's first reply and the worst event-loop delay in the 10 s after start, on new data
 *   and on a restart;
 * - with PostgreSQL, write throughput with 1, 2 and 4 instances behind a round-robin, the database
 *   1 ms away (src/cli/bench/scaling.ts);
 * - a calendar card's render time and size;
 * - a generated database of `--households` households, 50 reservations each (src/cli/bench/bigData.ts):
 *   a month's calendar query, and the monthly invoicing of every household.
 * Last, every target with its figure, its ratio and « met » or « NOT MET ». `--residents 120 --warm 300
 * --concurrency 30 --households 20000` are the defaults (`--warm`: residents of an unmeasured pass first, on
 * both); `--households 0` leaves the large database out. `--postgres [URL]` runs the bot on a new database of that PostgreSQL server (by default the
 * local one) instead of its SQLite file (the large database stays SQLite's), and adds the instances
 * phase; `--instances 1,2,4` and `--latency-ms 1` choose its counts and the delay added each way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bigDataFigures } from './bench/bigData';
import { cardFigures } from './bench/card';
import { readMetrics, settled } from './bench/cpu';
import { rssMb, startProcess, turn, type Started } from './bench/http';
import { cpuMs, measured, pct, printLoad, tps } from './bench/loadTable';
import { watchOutbox } from './bench/outboxIndex';
import { createBenchDatabase, type BenchDatabase } from './bench/postgres';
import { bookingSentence, COMMUNE, seedResidents } from './bench/residents';
import { fmt, printScaling, printTargets, type Target } from './bench/report';
import { scalingFigures } from './bench/scaling';
import { load, scenario, texts } from './bench/scenario';
import { measureStart, type StartRun } from './bench/startup';
import { loadConfig } from '../config';
import { openCore } from '../core';
import { WARM_UP_DELAY_MS } from '../warmUps';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';
// `--postgres` alone means the local server.
const argv = process.argv.slice(2).flatMap((a, i, all) => (a === '--postgres' && (all[i + 1] === undefined || all[i + 1]!.startsWith('--')) ? [a, LOCAL_POSTGRES] : [a]));
const { values: args } = parseArgs({
  args: argv,
  options: {
    residents: { type: 'string', default: '120' }, warm: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '30' },
    households: { type: 'string', default: '20000' },
    postgres: { type: 'string' },
    instances: { type: 'string' },
    'latency-ms': { type: 'string', default: '1' },
  },
});
const RESIDENTS = Number(args.residents);
/** Residents of the warm pass: a process's first thousand turns also pay for V8 compiling its hot code, once (docs/scaling.md). */
const WARM = Math.max(1, Number(args.warm));
const CONCURRENCY = Number(args.concurrency);
const HOUSEHOLDS = Number(args.households);
const INSTANCES = (args.instances ?? (args.postgres ? '1,2,4' : '')).split(',').map(Number).filter((n) => n > 0);
const LATENCY_MS = Number(args['latency-ms']);
const METRICS_TOKEN = `bench-metrics-${process.pid}-${Date.now()}`;

/** Start-up on new data, then a restart on it, as a resident sees it (on the run's store). */
async function startFigures(serverUrl: string | undefined): Promise<{ fresh: StartRun; restart: StartRun }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
  const database = serverUrl ? await createBenchDatabase(serverUrl) : undefined;
  try {
    const env: Record<string, string> = database ? { DATABASE_URL: database.url } : {};
    const fresh = await measureStart(ROOT, dir, env);
    const restart = await measureStart(ROOT, dir, env);
    return { fresh, restart };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await database?.drop().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const built = path.join(ROOT, 'dist', 'src');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const database: BenchDatabase | undefined = args.postgres ? await createBenchDatabase(args.postgres) : undefined;
  dropOnFailure = database?.drop;
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'error', JOBS: 'off', PASSWORD_COST: '14', DEMO_DATA: 'true', METRICS_TOKEN, ...(database ? { DATABASE_URL: database.url } : {}) };
  const store = database ? `PostgreSQL (${new URL(database.url).pathname.slice(1)})` : 'SQLite';
  console.log(`Benchmark — ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}; ${RESIDENTS} residents, ${CONCURRENCY} at once, after ${WARM} unmeasured; the bot on ${store}; data in ${dataDir}\n`);

  // However the run ends (a failure, Ctrl+C), the processes and the data folder go with it.
  const started: Started[] = [];
  process.once('exit', () => {
    for (const s of started) s.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  process.once('SIGINT', () => process.exit(130));

  const echo = await startProcess(path.join(built, 'cli', 'bench', 'echoServer.js'), env);
  started.push(echo);
  const bot = await startProcess(path.join(built, 'index.js'), env);
  const botAnswered = performance.now();
  started.push(bot);
  let botExit: string | undefined;
  bot.child.once('exit', (code, signal) => (botExit = signal ?? `code ${code}`));
  const config = loadConfig({ ...env }, ROOT);
  const core = await openCore(config);
  const residents = await seedResidents(core.store, RESIDENTS + WARM);
  const canteen = (await core.service.listActivities(COMMUNE)).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
  const booking = bookingSentence(canteen, core.service.schoolCalendarOf(canteen), new Date(), '{child}');
  const codes = watchOutbox(config.outboxDir);
  const steps = scenario(codes, booking.text);
  const echoSteps = scenario(undefined, booking.text);

  // 1. The same load on both (the EchoBot first, so the bot's process is not helped by a warm machine).
  const warm = residents.slice(RESIDENTS);
  const options = (tag: string, check: boolean) => ({ tag, check, concurrency: CONCURRENCY });
  await load(echo.port, warm, echoSteps, options('warm', false));
  await load(bot.port, warm, steps, options('warm', true));
  // The bot's date models compile in a worker thread from WARM_UP_DELAY_MS after it listens (seconds of
  // CPU, once): measured apart, not in the turns' CPU nor on a machine it shares with the EchoBot's load.
  const startWork = await settled(bot.child.pid, { atLeastMs: botAnswered + WARM_UP_DELAY_MS + 1000 - performance.now() });
  const e = await measured(echo, () => load(echo.port, residents.slice(0, RESIDENTS), echoSteps, options('echo', false)));
  const metrics0 = await readMetrics(bot.port, METRICS_TOKEN);
  const b = await measured(bot, () => load(bot.port, residents.slice(0, RESIDENTS), steps, options('bot', true)));
  const metrics1 = await readMetrics(bot.port, METRICS_TOKEN);
  const idleMb = { bot: rssMb(bot.child.pid), echo: rssMb(echo.child.pid) };

  // 2. One booking in natural language, recognizers warm, nothing else running.
  const solo = residents[RESIDENTS]!;
  const soloWho = { conversation: 'solo', user: 'solo-user' };
  for (const s of steps.slice(0, 4)) await turn(bot.port, soloWho, s.activity(solo));
  const nl: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    // Each time a new conversation of the same signed-in user: the sentence is its first message.
    const { replies, ms } = await turn(bot.port, { conversation: `solo-${i}`, user: soloWho.user }, { text: booking.text.replace('{child}', solo.child) });
    if (!/à réserver|déjà réservé/.test(texts(replies))) throw new Error(`the natural-language booking was not understood: ${texts(replies).slice(0, 200)}`);
    nl.push(ms);
  }
  const echoSolo: number[] = [];
  for (let i = 0; i < 30; i += 1) echoSolo.push((await turn(echo.port, soloWho, { text: booking.text })).ms);
  const mailsRead = codes.read();
  codes.close();
  const exitedDuringRun = botExit; // from here on, stopped by the run
  await Promise.all([bot.stop(), echo.stop()]);

  // 3. A calendar card, rendered in-process.
  const card = await cardFigures(core);
  await core.close();
  await database?.drop();
  dropOnFailure = undefined;

  // 4. Start-up, 5. instances, 6. the large database.
  // A start that fails (on a loaded machine, a bot slow to stop) leaves its figures out, not the load's above.
  const start = await startFigures(args.postgres).catch((e: unknown) => {
    console.error(`Start-up not measured: ${e instanceof Error ? e.message : String(e)}`);
    return { fresh: {} as StartRun, restart: {} as StartRun };
  });
  const scaling = INSTANCES.length > 0 ? await scalingFigures({ root: ROOT, serverUrl: args.postgres ?? LOCAL_POSTGRES, counts: INSTANCES, latencyMs: LATENCY_MS, residents: RESIDENTS, concurrency: CONCURRENCY }, (s) => started.push(s)) : undefined;
  const big = HOUSEHOLDS > 0 ? await bigDataFigures(ROOT, HOUSEHOLDS) : undefined;

  printLoad({ b, e, metrics0, metrics1, idleMb, startWork, nl, echoSolo, bot, exitedDuringRun, mailsRead });

  console.log('\nStart-up (web chat: token, Direct Line conversation, welcome)      new data    restart');
  const startLine = (label: string, f: (r: StartRun) => number | undefined) => console.log(`  ${label.padEnd(58)} ${fmt(f(start.fresh) ?? NaN, 0).padStart(10)} ${fmt(f(start.restart) ?? NaN, 0).padStart(10)}`);
  startLine('spawn to /healthz 200 (ms)', (r) => r.healthzMs);
  startLine('spawn to first reply (ms)', (r) => r.firstReplyMs);
  startLine('worst turn in the first 10 s (ms)', (r) => r.worstTurnMs);
  startLine('worst /healthz in the first 10 s (ms)', (r) => r.worstHealthzMs);
  startLine('worst event-loop delay in the 10 s after listening (ms)', (r) => r.eventLoopMaxMs);

  if (scaling) printScaling(scaling, LATENCY_MS, CONCURRENCY);

  console.log('\nCalendar card (one month, one child, in-process)');
  console.log(`  month view from the store p50 ${fmt(card.viewMs, 3)} ms; card render p50 ${fmt(card.renderMs, 3)} ms; ${card.bytes} bytes (${fmt(card.bytes / 1024)} KB) with its text equivalent`);
  if (big) {
    console.log(`\nDatabase of ${big.households} households, ${big.reservations} reservations (generated in ${fmt(big.generateS)} s, ${fmt(big.fileMb, 0)} MB)`);
    console.log(`  a month's calendar query p50 ${fmt(big.queryP50, 3)} ms, p99 ${fmt(big.queryP99, 3)} ms (${big.queries} households at random); the card's whole month view p50 ${fmt(big.viewP50, 3)} ms`);
    console.log(`  monthly invoicing: ${big.invoices} invoices in ${fmt(big.invoicingS)} s`);
  } else console.log('\nLarge database: left out (--households 0)');

  // Each target: the figure, its ratio to what it is held against, the verdict.
  const worstStart = (f: (r: StartRun) => number | undefined) => Math.max(f(start.fresh) ?? NaN, f(start.restart) ?? NaN);
  const one = scaling?.find((r) => r.instances === 1);
  const four = scaling?.find((r) => r.instances === 4);
  const targets: Target[] = [
    ['throughput at least 0.5× the EchoBot\'s', `${fmt(tps(b))} against ${fmt(tps(e))} turns/s`, tps(b) / tps(e), 0.5],
    ['booking p50 within 1.5× the EchoBot\'s', `${fmt(pct(b.load, 'booking', 50))} against ${fmt(pct(e.load, 'booking', 50))} ms`, pct(b.load, 'booking', 50) / pct(e.load, 'booking', 50), 1.5],
    ['p99 within 4× the bot\'s own p50', `${fmt(pct(b.load, 'all', 99))} against ${fmt(pct(b.load, 'all', 50))} ms`, pct(b.load, 'all', 99) / pct(b.load, 'all', 50), 4],
    ['CPU per turn within 3 ms', `${fmt(cpuMs(b), 2)} ms (EchoBot ${fmt(cpuMs(e), 2)} ms)`, cpuMs(b) / 3, 1],
    ['first reply within 1 s of start (worst of new, restart)', `${fmt(worstStart((r) => r.firstReplyMs), 0)} ms`, worstStart((r) => r.firstReplyMs) / 1000, 1],
    ['worst event-loop delay after start within 100 ms', `${fmt(worstStart((r) => r.eventLoopMaxMs), 0)} ms`, worstStart((r) => r.eventLoopMaxMs) / 100, 1],
    ...(one && four ? [[`4 instances at least 3× the writes of 1 (L = ${LATENCY_MS} ms)`, `${fmt(four.writesPerSecond)} against ${fmt(one.writesPerSecond)} writes/s`, four.writesPerSecond / one.writesPerSecond, 3] as Target] : []),
    ...(big
      ? ([
          ['calendar query within 2 ms', `${fmt(big.queryP50, 3)} ms p50`, big.queryP50 / 2, 1],
          [`invoicing ${big.households} households within ${fmt(60 * (big.households / 100_000), 0)} s (a minute per 100 000)`, `${fmt(big.invoicingS)} s`, big.invoicingS / (60 * (big.households / 100_000)), 1],
        ] as Target[])
      : []),
    ['no failed turn', `${b.load.failures.length + (scaling ?? []).reduce((n, r) => n + r.failures.length, 0)}`, b.load.failures.length + (scaling ?? []).reduce((n, r) => n + r.failures.length, 0), 0],
  ];
  printTargets(targets);
}

/** The run's PostgreSQL database, dropped if the run fails before it is done with it. */
let dropOnFailure: (() => Promise<void>) | undefined;

main().catch(async (e) => {
  console.error(e instanceof Error ? e.stack : String(e));
  await dropOnFailure?.().catch(() => undefined);
  process.exit(1);
});
