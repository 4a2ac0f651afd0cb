/**
 * What this process has done and what it cost, read at GET /metrics in Prometheus' text format
 * (version 0.0.4). All counters start at 0 when the process starts:
 * - `bot_turns_total{channel}`: activities the bot handled (CitizenBot.run: /api/messages, the web
 *   chat's Direct Line, SMS), the rate-limited ones included; `channel` is the activity's channel
 *   among the known ones, `other` otherwise.
 * - `bot_turn_seconds_total`: the time those turns took, end to end (divided by the turns: the mean).
 * - `db_statements_total`: statements run on the database (db/statementCount.ts).
 * - `db_transactions_total`: write transactions begun on it (db/statementCount.ts).
 * - `process_cpu_seconds_total`, `process_cpu_user_seconds_total`, `process_cpu_system_seconds_total`:
 *   CPU time of the whole process (process.cpuUsage()), every thread included.
 * - `nodejs_eventloop_delay_max_seconds`, `nodejs_eventloop_delay_p99_seconds`: the event loop's
 *   delay since the process started metrics (perf_hooks, 10 ms resolution).
 * - `process_resident_memory_bytes`, `nodejs_heap_used_bytes`, `process_uptime_seconds`.
 * - `nodejs_heap_allocated_bytes_total`: bytes the main thread allocated on V8's heap since the first
 *   read of /metrics (allocations.ts); `nodejs_gc_total`, `nodejs_gc_seconds_total`: its garbage collections and
 *   their time on the main thread, over the same span.
 * - `bot_state_writes_total`, `bot_state_written_chars_total`: conversation and user states written
 *   to the store, and the characters of their JSON text (UTF-16 units: its bytes but for its accented
 *   letters; Buffer.byteLength would allocate a copy of each text to count them).
 * Counting costs a few additions a turn; nothing is kept per conversation.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { statementsRun, transactionsRun } from '../../db/statementCount';
import { allocatedBytes, collected } from './allocations';

/** The channels counted by name; any other channelId (a caller may send anything) counts as `other`. */
const CHANNELS = ['directline', 'webchat', 'msteams', 'sms', 'emulator', 'test'] as const;

const turns = new Map<string, number>();
let turnSeconds = 0;
let stateWrites = 0;
let stateChars = 0;

/** Counts a state written to the store, of that JSON text (src/bot/sqlStorage.ts). */
export function stateWritten(text: string): void {
  stateWrites += 1;
  stateChars += text.length;
}
let loopDelay: IntervalHistogram | undefined;

/** Counts a turn of the bot; the returned function is called when it ends. */
export function turnStarted(channelId: string | undefined): () => void {
  const channel = (CHANNELS as readonly string[]).includes(channelId ?? '') ? (channelId as string) : 'other';
  turns.set(channel, (turns.get(channel) ?? 0) + 1);
  const started = performance.now();
  return () => {
    turnSeconds += (performance.now() - started) / 1000;
  };
}

/** The turns handled since the process started, all channels. */
export const turnsHandled = (): number => [...turns.values()].reduce((a, b) => a + b, 0);

/** Starts watching the event loop's delay (once; the timer never keeps the process alive). */
export function watchEventLoop(): void {
  if (loopDelay) return;
  loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
}

const line = (name: string, type: 'counter' | 'gauge', help: string, samples: Array<[labels: string, value: number]>): string =>
  [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples.map(([labels, value]) => `${name}${labels} ${Number.isFinite(value) ? value : 0}`)].join('\n');

/** The figures in Prometheus' text format. */
export function metricsText(): string {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const byChannel: Array<[string, number]> = [...turns.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([channel, n]) => [`{channel="${channel}"}`, n]);
  const blocks = [
    line('bot_turns_total', 'counter', 'Activities handled by the bot, by channel.', byChannel.length ? byChannel : [['{channel="directline"}', 0]]),
    line('bot_turn_seconds_total', 'counter', 'Time spent in those turns, end to end.', [['', turnSeconds]]),
    line('db_statements_total', 'counter', 'Statements run on the database.', [['', statementsRun()]]),
    line('db_transactions_total', 'counter', 'Write transactions begun on the database.', [['', transactionsRun()]]),
    line('process_cpu_seconds_total', 'counter', 'CPU time of the process, user and system.', [['', (cpu.user + cpu.system) / 1e6]]),
    line('process_cpu_user_seconds_total', 'counter', 'User CPU time of the process.', [['', cpu.user / 1e6]]),
    line('process_cpu_system_seconds_total', 'counter', 'System CPU time of the process.', [['', cpu.system / 1e6]]),
    line('process_resident_memory_bytes', 'gauge', 'Resident memory.', [['', memory.rss]]),
    line('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use.', [['', memory.heapUsed]]),
    line('nodejs_heap_allocated_bytes_total', 'counter', "Bytes the main thread allocated on V8's heap since the first read of the metrics.", [['', allocatedBytes()]]),
    line('nodejs_gc_total', 'counter', 'Garbage collections of the main thread since the first read of the metrics.', [['', collected().count]]),
    line('nodejs_gc_seconds_total', 'counter', 'Time of those collections on the main thread.', [['', collected().seconds]]),
    line('bot_state_writes_total', 'counter', 'Conversation and user states written.', [['', stateWrites]]),
    line('bot_state_written_chars_total', 'counter', 'Characters of the JSON text of those states.', [['', stateChars]]),
    line('process_uptime_seconds', 'gauge', 'Seconds since the process started.', [['', process.uptime()]]),
  ];
  if (loopDelay && loopDelay.count > 0) {
    blocks.push(line('nodejs_eventloop_delay_max_seconds', 'gauge', 'Worst event loop delay since metrics started.', [['', loopDelay.max / 1e9]]));
    blocks.push(line('nodejs_eventloop_delay_p99_seconds', 'gauge', '99th percentile of the event loop delay since metrics started.', [['', loopDelay.percentile(99) / 1e9]]));
  }
  return `${blocks.join('\n')}\n`;
}
