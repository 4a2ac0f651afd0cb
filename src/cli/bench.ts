/**
 * `npm run bench`: figures, not a test. In one run it starts the bot and a bare botbuilder EchoBot on
 * the same stack (src/cli/bench/echoServer.ts), each as its own process, and prints:
 * - time from process start to first reply, on a new data folder (migrations, demo data and keys
 *   made) and again on the same folder (a restart);
 * - the same concurrent load against both (each resident: welcome, sign-in by e-mailed code, a
 *   booking of three days in natural language and its confirmation, the calendar card, the invoice
 *   list; the EchoBot gets the same messages): turns per second, latency p50/p90/p99, memory, and
 *   each figure's ratio to the EchoBot's;
 * - a booking in natural language answered with the recognizers warm (one resident, sequential);
 * - a calendar card's render time and size;
 * - a database of 100 000 households and 5 million reservations (src/cli/bench/bigData.ts): a
 *   month's calendar query, and the monthly invoicing of every household.
 * Where each stands against its target is printed last. `npm run bench -- --residents 120
 * --concurrency 30 --households 100000` changes the sizes (those are the defaults; the targets are
 * stated for them; `--households 0` leaves the large database out). `--postgres URL` runs the bot
 * on a new database of that PostgreSQL server instead of its SQLite file (the large database stays
 * SQLite's).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { bigDataFigures } from './bench/bigData';
import { cardFigures } from './bench/card';
import { peakRss, pool, rssMb, startProcess, turn, type Reply, type Started } from './bench/http';
import { percentile } from './stats';
import { bookingSentence, codeFor, COMMUNE, seedResidents, type Resident } from './bench/residents';
import { loadConfig } from '../config';
import { openCore } from '../core';
import { createBenchDatabase, type BenchDatabase } from './bench/postgres';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const { values: sizes } = parseArgs({ options: { residents: { type: 'string', default: '120' }, concurrency: { type: 'string', default: '30' }, households: { type: 'string', default: '100000' }, postgres: { type: 'string' } } });
const RESIDENTS = Number(sizes.residents);
const CONCURRENCY = Number(sizes.concurrency);
const HOUSEHOLDS = Number(sizes.households);

type Kind = 'welcome' | 'signIn' | 'booking' | 'confirm' | 'calendar' | 'invoices' | 'other';
interface Step {
  kind: Kind;
  activity: (r: Resident) => Record<string, unknown>;
  /** What the bot's replies must hold for the turn to count as done (not checked for the EchoBot). */
  expect?: RegExp | 'card';
}

const texts = (replies: Reply[]) => replies.map((r) => r.text ?? '').join('\n');
const hasCard = (replies: Reply[]) => replies.some((r) => (r.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'));

function scenario(outboxDir: string | undefined, booking: string): Step[] {
  return [
    { kind: 'welcome', activity: () => ({ type: 'conversationUpdate', membersAdded: [{ id: 'u' }], text: undefined }) },
    { kind: 'signIn', activity: () => ({ text: 'Me connecter' }) },
    { kind: 'signIn', activity: (r) => ({ text: r.email }), expect: /code à 6 chiffres/ },
    // The EchoBot mails nothing: it gets six digits all the same.
    { kind: 'signIn', activity: (r) => ({ text: outboxDir ? codeFor(outboxDir, r.email) : '000000' }), expect: /Bonjour Madame BENCH/ },
    { kind: 'booking', activity: (r) => ({ text: booking.replace('{child}', r.child) }), expect: /à réserver/ },
    { kind: 'confirm', activity: () => ({ text: 'Confirmer' }), expect: /Référence : CSP-RES-/ },
    { kind: 'other', activity: () => ({ text: 'réserver' }) },
    { kind: 'calendar', activity: () => ({ text: 'Restauration scolaire' }), expect: 'card' },
    { kind: 'other', activity: () => ({ text: 'menu' }) },
    { kind: 'invoices', activity: () => ({ text: 'mes factures' }), expect: /factur/i },
  ];
}

interface LoadResult {
  turns: number;
  seconds: number;
  latencies: Map<Kind | 'all', number[]>;
  failures: string[];
  peakMb: number;
}

async function load(target: Started, residents: Resident[], steps: Step[], check: boolean, tag: string): Promise<LoadResult> {
  const latencies = new Map<Kind | 'all', number[]>([['all', []]]);
  const failures: string[] = [];
  const t0 = performance.now();
  const { peakMb } = await peakRss(target.child.pid, () =>
    pool(residents, CONCURRENCY, async (r) => {
      const who = { conversation: `${tag}-${r.index}`, user: `${tag}-user-${r.index}` };
      for (const step of steps) {
        try {
          const { replies, ms } = await turn(target.port, who, step.activity(r));
          latencies.get('all')!.push(ms);
          latencies.set(step.kind, [...(latencies.get(step.kind) ?? []), ms]);
          if (check && step.expect && !(step.expect === 'card' ? hasCard(replies) : step.expect.test(texts(replies)))) {
            failures.push(`${step.kind} (${r.email}): ${texts(replies).slice(0, 160).replace(/\n/g, ' / ')}`);
          }
        } catch (e) {
          failures.push(`${step.kind} (${r.email}): ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }),
  );
  return { turns: latencies.get('all')!.length, seconds: (performance.now() - t0) / 1000, latencies, failures, peakMb };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const line = (label: string, bot: string, echo: string, ratio: string) => console.log(`  ${label.padEnd(34)} ${bot.padStart(12)} ${echo.padStart(12)} ${ratio.padStart(8)}`);

async function main(): Promise<void> {
  const built = path.join(ROOT, 'dist', 'src');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const database: BenchDatabase | undefined = sizes.postgres ? await createBenchDatabase(sizes.postgres) : undefined;
  dropOnFailure = database?.drop;
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'error', JOBS: 'off', PASSWORD_COST: '14', DEMO_DATA: 'true', ...(database ? { DATABASE_URL: database.url } : {}) };
  const store = database ? `PostgreSQL (${new URL(database.url).pathname.slice(1)})` : 'SQLite';
  console.log(`Benchmark — ${os.cpus().length} cores, Node ${process.version}; ${RESIDENTS} residents, ${CONCURRENCY} at once; the bot on ${store}; data in ${dataDir}\n`);

  // However the run ends (a failure, Ctrl+C), the two processes and the data folder go with it.
  const started: Started[] = [];
  process.once('exit', () => {
    for (const s of started) s.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  process.once('SIGINT', () => process.exit(130));

  // 1. Start to first reply (a fresh data folder: migrations and demo data included).
  const echo = await startProcess(path.join(built, 'cli', 'bench', 'echoServer.js'), env);
  started.push(echo);
  const bot = await startProcess(path.join(built, 'index.js'), env);
  started.push(bot);
  const config = loadConfig({ ...env }, ROOT);
  const core = await openCore(config);
  const residents = await seedResidents(core.store, RESIDENTS + 1);
  const canteen = (await core.service.listActivities(COMMUNE)).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
  const calendar = core.service.schoolCalendarOf(canteen);
  const booking = bookingSentence(canteen, calendar, new Date(), '{child}');
  const steps = scenario(config.outboxDir, booking.text);
  const echoSteps = scenario(undefined, booking.text);

  // 2. The same load on both (the EchoBot first, so the bot's process is not helped by a warm machine).
  const warm = residents.slice(RESIDENTS);
  await load(echo, warm, echoSteps, false, 'warm');
  await load(bot, warm, steps, true, 'warm');
  const e = await load(echo, residents.slice(0, RESIDENTS), echoSteps, false, 'echo');
  const b = await load(bot, residents.slice(0, RESIDENTS), steps, true, 'bot');
  const idleMb = { bot: rssMb(bot.child.pid), echo: rssMb(echo.child.pid) };

  // 3. One booking in natural language, recognizers warm, nothing else running.
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

  await Promise.all([bot.stop(), echo.stop()]);
  // A restart on the same data: what a deploy or a crash costs the residents.
  const restarted = await startProcess(path.join(built, 'index.js'), env);
  await restarted.stop();

  // 4. A calendar card, rendered in-process.
  const card = await cardFigures(core);
  await core.close();
  await database?.drop();
  dropOnFailure = undefined;

  // 5. 100 000 households, 5 million reservations.
  const big = HOUSEHOLDS > 0 ? await bigDataFigures(ROOT, HOUSEHOLDS) : undefined;

  const pct = (r: LoadResult, kind: Kind | 'all', p: number) => percentile(r.latencies.get(kind) ?? [], p);
  console.log('HTTP load (/api/messages, expectReplies)              bot      EchoBot    ratio');
  line('turns', String(b.turns), String(e.turns), '');
  line('turns per second', fmt(b.turns / b.seconds), fmt(e.turns / e.seconds), fmt(b.turns / b.seconds / (e.turns / e.seconds), 2));
  for (const p of [50, 90, 99]) line(`latency p${p}, all turns (ms)`, fmt(pct(b, 'all', p)), fmt(pct(e, 'all', p)), fmt(pct(b, 'all', p) / pct(e, 'all', p), 2));
  for (const kind of ['signIn', 'booking', 'confirm', 'calendar', 'invoices'] as const) {
    line(`latency p50 / p90, ${kind} (ms)`, `${fmt(pct(b, kind, 50))} / ${fmt(pct(b, kind, 90))}`, `${fmt(pct(e, kind, 50))} / ${fmt(pct(e, kind, 90))}`, fmt(pct(b, kind, 50) / pct(e, kind, 50), 2));
  }
  line('memory peak under load (MB RSS)', fmt(b.peakMb, 0), fmt(e.peakMb, 0), fmt(b.peakMb / e.peakMb, 2));
  line('memory after load (MB RSS)', fmt(idleMb.bot, 0), fmt(idleMb.echo, 0), fmt(idleMb.bot / idleMb.echo, 2));
  line('start to first reply, new data (ms)', fmt(bot.firstReplyMs, 0), fmt(echo.firstReplyMs, 0), fmt(bot.firstReplyMs / echo.firstReplyMs, 2));
  line('start to first reply, restart (ms)', fmt(restarted.firstReplyMs, 0), fmt(echo.firstReplyMs, 0), fmt(restarted.firstReplyMs / echo.firstReplyMs, 2));
  line('NL booking alone, p50 / p90 (ms)', `${fmt(percentile(nl, 50))} / ${fmt(percentile(nl, 90))}`, `${fmt(percentile(echoSolo, 50))} / ${fmt(percentile(echoSolo, 90))}`, fmt(percentile(nl, 50) / percentile(echoSolo, 50), 2));
  console.log(`  failed turns: bot ${b.failures.length}, EchoBot ${e.failures.length}${b.failures.length ? `\n    ${b.failures.slice(0, 5).join('\n    ')}` : ''}`);
  console.log('\nCalendar card (one month, one child, in-process)');
  console.log(`  month view from the store p50 ${fmt(card.viewMs, 3)} ms; card render p50 ${fmt(card.renderMs, 3)} ms; ${card.bytes} bytes (${fmt(card.bytes / 1024)} KB) with its text equivalent`);
  if (big) {
    console.log(`\nDatabase of ${big.households} households, ${big.reservations} reservations (generated in ${fmt(big.generateS)} s, ${fmt(big.fileMb, 0)} MB)`);
    console.log(`  a month's calendar query p50 ${fmt(big.queryP50, 3)} ms, p99 ${fmt(big.queryP99, 3)} ms (${big.queries} households at random); the card's whole month view p50 ${fmt(big.viewP50, 3)} ms`);
    console.log(`  monthly invoicing: ${big.invoices} invoices in ${fmt(big.invoicingS)} s`);
  } else console.log('\nLarge database: left out (--households 0)');

  const bookingRatio = pct(b, 'booking', 50) / pct(e, 'booking', 50);
  const targets: Array<[string, boolean, string]> = [
    ['booking turn p50 within 1.5× the EchoBot\'s', bookingRatio <= 1.5, `${fmt(bookingRatio, 2)}×`],
    ['throughput at least half the EchoBot\'s', b.turns / b.seconds >= 0.5 * (e.turns / e.seconds), `${fmt((b.turns / b.seconds) / (e.turns / e.seconds), 2)}×`],
    ['first reply within 1 s of start, new data', bot.firstReplyMs <= 1000, `${fmt(bot.firstReplyMs, 0)} ms`],
    ['first reply within 1 s of start, restart', restarted.firstReplyMs <= 1000, `${fmt(restarted.firstReplyMs, 0)} ms`],
    ...(big
      ? ([
          ['calendar query under 2 ms', big.queryP50 < 2, `${fmt(big.queryP50, 3)} ms p50`],
          [`invoicing ${big.households} households under a minute`, big.invoicingS < 60, `${fmt(big.invoicingS)} s`],
        ] as Array<[string, boolean, string]>)
      : []),
    ['no failed turn', b.failures.length === 0, String(b.failures.length)],
  ];
  console.log('\nTargets');
  for (const [label, ok, value] of targets) console.log(`  ${ok ? 'met    ' : 'NOT MET'}  ${label.padEnd(46)} ${value}`);
}

/** The run's PostgreSQL database, dropped if the run fails before it is done with it. */
let dropOnFailure: (() => Promise<void>) | undefined;

main().catch(async (e) => {
  console.error(e instanceof Error ? e.stack : String(e));
  await dropOnFailure?.().catch(() => undefined);
  process.exit(1);
});
