/**
 * `npm run turn:cost`: what one turn costs the bot, read from its own GET /metrics. The bot runs as
 * its own process (METRICS_TOKEN set); residents are seeded as for `npm run bench`; each step of
 * the benchmark's scenario (welcome, sign-in, a booking in natural language, its confirmation, the
 * calendar card, the invoices) is sent for every resident in turn, one at a time, and the metrics
 * are read before and after each step (after a first pass of a few residents, unmeasured). Printed per step: database statements and write transactions per turn, the bot's
 * CPU per turn (less the CPU of reading the metrics, measured in the same run), the bytes its main thread allocated
 * per turn (V8's heap, less what reading the metrics allocates) and its garbage collections' time, the characters of JSON per state written and the mean time.
 * `--residents N` (default 30); `--warm N` residents first, unmeasured (default 300: V8 compiles the hot code in them); `--postgres URL` runs the bot on a new database of that server;
 * `--cpu-prof DIR` writes the bot's V8 CPU profile into DIR when it stops (node --cpu-prof); `--node-arg A` (repeatable)
 * gives node an option of its own (`--perf-basic-prof`, for `perf record -p` on the bot: CPU samples of all its threads);
 * `--bot-stdout FILE` keeps all the bot writes on its standard output (`--node-arg=--trace-opt`: what V8 compiled when).
 * `--instructions DIR` runs the bot under valgrind's callgrind and prints the instructions it ran per
 * turn (all its threads, user space): unlike CPU time, the same on a machine other work shares. The
 * profile of each step is left in DIR (callgrind_annotate). The bot then runs 20 to 50 times slower.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { instructionCounter, type InstructionCounter } from './bench/instructions';
import { settled } from './bench/cpu';
import { startProcess, turn, type Started } from './bench/http';
import { createBenchDatabase, type BenchDatabase } from './bench/postgres';
import { watchOutbox, type OutboxIndex } from './bench/outboxIndex';
import { bookingSentence, COMMUNE, seedResidents, type Resident } from './bench/residents';
import { loadConfig } from '../config';
import { openCore } from '../core';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const { values: args } = parseArgs({ options: { residents: { type: 'string', default: '30' }, postgres: { type: 'string' }, 'cpu-prof': { type: 'string' }, warm: { type: 'string', default: '300' }, instructions: { type: 'string' }, 'node-arg': { type: 'string', multiple: true }, 'bot-stdout': { type: 'string' } } });
const RESIDENTS = Number(args.residents);
/** Residents who go through the scenario first, unmeasured (`--warm N`): the code is compiled, the date models warm. */
const WARM = Number(args.warm);
const TOKEN = `turn-cost-${process.pid}-${Date.now()}`;

interface Step {
  name: string;
  activity: (r: Resident) => Record<string, unknown>;
}

function scenario(codes: OutboxIndex, booking: string): Step[] {
  return [
    { name: 'welcome', activity: () => ({ type: 'conversationUpdate', membersAdded: [{ id: 'u' }], text: undefined }) },
    { name: 'sign-in: ask', activity: () => ({ text: 'Me connecter' }) },
    { name: 'sign-in: e-mail', activity: (r) => ({ text: r.email }) },
    { name: 'sign-in: code', activity: (r) => ({ text: codes.codeFor(r.email) }) },
    { name: 'booking (natural language)', activity: (r) => ({ text: booking.replace('{child}', r.child) }) },
    { name: 'confirm', activity: () => ({ text: 'Confirmer' }) },
    { name: 'réserver', activity: () => ({ text: 'réserver' }) },
    { name: 'calendar card', activity: () => ({ text: 'Restauration scolaire' }) },
    { name: 'menu', activity: () => ({ text: 'menu' }) },
    { name: 'invoices', activity: () => ({ text: 'mes factures' }) },
  ];
}

interface Reading {
  statements: number;
  transactions: number;
  cpu: number;
  /** The kernel's part of cpu (system calls: the database's file writes, sockets). */
  sys: number;
  turns: number;
  /** Bytes allocated on the bot's heap (nodejs_heap_allocated_bytes_total). */
  allocated: number;
  /** Seconds of garbage collection on the bot's main thread (nodejs_gc_seconds_total). */
  gc: number;
  stateWrites: number;
  stateBytes: number;
}

async function read(port: number): Promise<Reading> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  const text = await res.text();
  const sum = (name: string) => [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))].reduce((a, m) => a + Number(m[1]), 0);
  return { statements: sum('db_statements_total'), transactions: sum('db_transactions_total'), cpu: sum('process_cpu_seconds_total'), sys: sum('process_cpu_system_seconds_total'), turns: sum('bot_turns_total'), allocated: sum('nodejs_heap_allocated_bytes_total'), gc: sum('nodejs_gc_seconds_total'), stateWrites: sum('bot_state_writes_total'), stateBytes: sum('bot_state_written_chars_total') };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'turn-cost-'));
  const database: BenchDatabase | undefined = args.postgres ? await createBenchDatabase(args.postgres) : undefined;
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'error', JOBS: 'off', PASSWORD_COST: '14', DEMO_DATA: 'true', METRICS_TOKEN: TOKEN, ...(database ? { DATABASE_URL: database.url } : {}) };
  let bot: Started | undefined;
  try {
    const nodeArgs = [...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args['cpu-prof'])}`] : []), ...(args['node-arg'] ?? [])];
    const counter: InstructionCounter | undefined = args.instructions ? instructionCounter(path.resolve(args.instructions)) : undefined;
    bot = await startProcess(path.join(ROOT, 'dist', 'src', 'index.js'), env, nodeArgs, undefined, { ...counter?.startOptions, ...(args['bot-stdout'] ? { stdoutFile: path.resolve(args['bot-stdout']) } : {}) });
    const config = loadConfig(env, ROOT);
    const core = await openCore(config);
    const seeded = await seedResidents(core.store, RESIDENTS + WARM);
    const residents = seeded.slice(WARM);
    const canteen = (await core.service.listActivities(COMMUNE)).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
    const booking = bookingSentence(canteen, core.service.schoolCalendarOf(canteen), new Date(), '{child}');
    await core.close();
    const steps = scenario(watchOutbox(config.outboxDir), booking.text);
    console.log(`Turn cost — ${os.cpus().length} cores, Node ${process.version}; the bot on ${database ? 'PostgreSQL' : 'SQLite'}; ${RESIDENTS} residents, one turn at a time, after ${WARM} unmeasured\n`);

    const who = (r: Resident) => ({ conversation: `cost-${r.index}`, user: `cost-user-${r.index}` });
    for (const step of steps) for (const r of seeded.slice(0, WARM)) await turn(bot.port, who(r), step.activity(r));
    // The date models compile in a worker thread of the same process: its CPU is not a turn's.
    if (counter) await settled(bot.child.pid, { atLeastMs: 8000, windowMs: 3000, maxMs: 900_000 });
    else await new Promise((resolve) => setTimeout(resolve, 8000));

    // What reading the metrics costs the bot (its CPU is in every step's difference).
    const r0 = await read(bot.port);
    for (let i = 0; i < 20; i += 1) await read(bot.port);
    const r1 = await read(bot.port);
    const scrapeCpu = (r1.cpu - r0.cpu) / 21;
    const scrapeAllocated = (r1.allocated - r0.allocated) / 21;

    const port = bot.port;
    const pid = bot.child.pid as number;
    const instructionsColumn = counter ? ` ${'M instr./turn'.padStart(14)}` : '';
    console.log(`  ${'step'.padEnd(28)} ${'statements/turn'.padStart(16)} ${'transactions'.padStart(13)} ${'CPU ms/turn'.padStart(12)} ${'of it system'.padStart(13)} ${'KB alloc/turn'.padStart(14)} ${'GC ms/turn'.padStart(11)} ${'state ch/write'.padStart(14)} ${'ms/turn'.padStart(9)}${instructionsColumn}`);
    const all = { statements: 0, transactions: 0, cpu: 0, sys: 0, turns: 0, ms: 0, instructions: 0, allocated: 0, gc: 0, stateWrites: 0, stateBytes: 0 };
    const millions = (n: number, turns: number) => (counter ? ` ${fmt(n / turns / 1e6, 2).padStart(14)}` : '');
    for (const step of steps) {
      const before = await read(port);
      counter?.zero(pid);
      const t0 = performance.now();
      for (const r of residents) await turn(port, who(r), step.activity(r));
      const ms = performance.now() - t0;
      const instructions = counter ? counter.dump(pid) : 0;
      all.instructions += instructions;
      const after = await read(port);
      const turns = after.turns - before.turns;
      const statements = after.statements - before.statements;
      const cpu = after.cpu - before.cpu - scrapeCpu;
      const sys = after.sys - before.sys;
      const allocated = after.allocated - before.allocated - scrapeAllocated;
      const stateWrites = after.stateWrites - before.stateWrites;
      const stateBytes = after.stateBytes - before.stateBytes;
      all.allocated += allocated;
      const gc = after.gc - before.gc;
      all.gc += gc;
      all.stateWrites += stateWrites;
      all.stateBytes += stateBytes;
      all.sys += sys;
      all.statements += statements;
      all.transactions += after.transactions - before.transactions;
      all.cpu += cpu;
      all.turns += turns;
      all.ms += ms;
      console.log(`  ${step.name.padEnd(28)} ${fmt(statements / turns).padStart(16)} ${fmt((after.transactions - before.transactions) / turns).padStart(13)} ${fmt((cpu * 1000) / turns, 2).padStart(12)} ${fmt((sys * 1000) / turns, 2).padStart(13)} ${fmt(allocated / 1024 / turns).padStart(14)} ${fmt((gc * 1000) / turns, 2).padStart(11)} ${fmt(stateBytes / stateWrites, 0).padStart(14)} ${fmt(ms / turns, 2).padStart(9)}${millions(instructions, turns)}`);
    }
    console.log(`  ${'all turns'.padEnd(28)} ${fmt(all.statements / all.turns).padStart(16)} ${fmt(all.transactions / all.turns).padStart(13)} ${fmt((all.cpu * 1000) / all.turns, 2).padStart(12)} ${fmt((all.sys * 1000) / all.turns, 2).padStart(13)} ${fmt(all.allocated / 1024 / all.turns).padStart(14)} ${fmt((all.gc * 1000) / all.turns, 2).padStart(11)} ${fmt(all.stateBytes / all.stateWrites, 0).padStart(14)} ${fmt(all.ms / all.turns, 2).padStart(9)}${millions(all.instructions, all.turns)}`);
    console.log(`\n  (reading /metrics costs ${fmt(scrapeCpu * 1000, 2)} ms of CPU and ${fmt(scrapeAllocated / 1024)} KB of allocations, taken out of each step; ${fmt(all.stateWrites / all.turns, 2)} state writes a turn)`);
  } finally {
    await bot?.stop();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
