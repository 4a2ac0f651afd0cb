/**
 * The first table `npm run bench` prints: the same concurrent load against the bot and the EchoBot, side by side
 * (turns per second, latency p50/p90/p99 by kind of turn, CPU per turn from /proc and from the bot's /metrics,
 * queries per turn, bytes allocated per turn and the state's characters per write (/metrics), memory, the driver's own share of the machine, a booking in natural language alone), each
 * figure's ratio to the EchoBot's, and why turns failed. The figures the targets use (src/cli/bench.ts) too.
 */
import { cpuDuring } from './cpu';
import { peakRss, type Started } from './http';
import { fmt } from './report';
import type { Kind, LoadResult } from './scenario';
import { percentile } from '../stats';

const line = (label: string, bot: string, echo: string, ratio: string) => console.log(`  ${label.padEnd(36)} ${bot.padStart(14)} ${echo.padStart(14)} ${ratio.padStart(8)}`);

/** A load measured on one process: its result, its peak memory, its CPU, and the driver's share of the machine. */
export interface Measured {
  load: LoadResult;
  peakMb: number;
  cpuSeconds: number;
  driverShare: number;
}

export async function measured(target: Started, run: () => Promise<LoadResult>): Promise<Measured> {
  const { result, cpuSeconds, driverShare } = await cpuDuring([target.child.pid], () => peakRss(target.child.pid, run));
  return { load: result.result, peakMb: result.peakMb, cpuSeconds, driverShare };
}

/** A latency percentile of one kind of turn (or all). */
export const pct = (r: LoadResult, kind: Kind | 'all', p: number) => percentile(r.latencies.get(kind) ?? [], p);
export const tps = (m: Measured) => m.load.turns / m.load.seconds;
export const cpuMs = (m: Measured) => (m.cpuSeconds * 1000) / m.load.turns;

/** What the load table prints beside the two loads measured. */
export interface LoadFigures {
  b: Measured;
  e: Measured;
  /** The bot's /metrics before and after its load (undefined: it has none). */
  metrics0: Map<string, number> | undefined;
  metrics1: Map<string, number> | undefined;
  idleMb: { bot: number; echo: number };
  startWork: { cpuSeconds: number };
  /** A booking in natural language alone, the bot's and the EchoBot's turns (ms). */
  nl: number[];
  echoSolo: number[];
  bot: Started;
  exitedDuringRun: string | undefined;
  mailsRead: number;
}

export function printLoad({ b, e, metrics0, metrics1, idleMb, startWork, nl, echoSolo, bot, exitedDuringRun, mailsRead }: LoadFigures): void {
  const delta = (name: string) => (metrics0 && metrics1 ? (metrics1.get(name) ?? NaN) - (metrics0.get(name) ?? NaN) : NaN);
  const queriesPerTurn = delta('db_statements_total') / delta('bot_turns_total');
  const metricsCpuMs = (delta('process_cpu_seconds_total') * 1000) / delta('bot_turns_total');
  console.log('HTTP load (/api/messages, expectReplies)                  bot        EchoBot    ratio');
  line('turns', String(b.load.turns), String(e.load.turns), '');
  line('turns per second', fmt(tps(b)), fmt(tps(e)), fmt(tps(b) / tps(e), 2));
  for (const p of [50, 90, 99]) line(`latency p${p}, all turns (ms)`, fmt(pct(b.load, 'all', p)), fmt(pct(e.load, 'all', p)), fmt(pct(b.load, 'all', p) / pct(e.load, 'all', p), 2));
  for (const kind of ['welcome', 'signIn', 'booking', 'confirm', 'calendar', 'invoices', 'other'] as const) {
    line(`latency p50 / p90 / p99, ${kind} (ms)`, `${fmt(pct(b.load, kind, 50))} / ${fmt(pct(b.load, kind, 90))} / ${fmt(pct(b.load, kind, 99))}`, `${fmt(pct(e.load, kind, 50))} / ${fmt(pct(e.load, kind, 90))} / ${fmt(pct(e.load, kind, 99))}`, fmt(pct(b.load, kind, 50) / pct(e.load, kind, 50), 2));
  }
  line('CPU per turn, /proc (ms)', fmt(cpuMs(b), 2), fmt(cpuMs(e), 2), fmt(cpuMs(b) / cpuMs(e), 2));
  line('CPU per turn, /metrics (ms)', fmt(metricsCpuMs, 2), '', '');
  line('queries per turn, /metrics', fmt(queriesPerTurn, 1), '', '');
  // V8's heap, the main thread (src/ops/allocations.ts); the state's JSON text as written (src/bot/sqlStorage.ts).
  line('KB allocated per turn, /metrics', fmt(delta('nodejs_heap_allocated_bytes_total') / 1024 / delta('bot_turns_total'), 1), '', '');
  line('state characters per write, /metrics', fmt(delta('bot_state_written_chars_total') / delta('bot_state_writes_total'), 0), '', '');
  line('memory peak under load (MB RSS)', fmt(b.peakMb, 0), fmt(e.peakMb, 0), fmt(b.peakMb / e.peakMb, 2));
  line('memory after load (MB RSS)', fmt(idleMb.bot, 0), fmt(idleMb.echo, 0), fmt(idleMb.bot / idleMb.echo, 2));
  line('start-up work after the warm pass (s CPU)', fmt(startWork.cpuSeconds, 2), '', '');
  line('driver\'s CPU share of the machine', `${fmt(b.driverShare * 100, 0)} %`, `${fmt(e.driverShare * 100, 0)} %`, '');
  line('NL booking alone, p50 / p90 (ms)', `${fmt(percentile(nl, 50))} / ${fmt(percentile(nl, 90))}`, `${fmt(percentile(echoSolo, 50))} / ${fmt(percentile(echoSolo, 90))}`, fmt(percentile(nl, 50) / percentile(echoSolo, 50), 2));
  console.log(`  failed turns: bot ${b.load.failures.length}, EchoBot ${e.load.failures.length}${b.load.failures.length ? `\n    ${b.load.failures.slice(0, 5).join('\n    ')}` : ''}`);
  if (b.load.failures.length) {
    // Why: the bot's last logged errors, and whether it was still running.
    console.log(`  the bot ${exitedDuringRun ? `exited during the run (${exitedDuringRun})` : 'kept running'}; its last log lines:`);
    for (const l of bot.logTail().split('\n').filter((x) => x.trim()).slice(-3)) console.log(`    ${l.slice(0, 400)}`);
  }
  console.log(`  codes: ${mailsRead} mails read once each from the watched outbox`);
}
