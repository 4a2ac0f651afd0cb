/**
 * `npm run bench:start`: figures, not a test. Starts the built bot as a child process (a new data
 * folder, a random port, JOBS=off), then again on the same folder (a restart), `--runs` times (3 by
 * default), and prints per start (n: new data, r: restart) and worst of all what
 * src/cli/bench/startup.ts measures (shared with `npm run bench`): spawn to /healthz, spawn to the
 * web chat's first reply, the worst turn and /healthz latency in the first 10 s, and the bot's own
 * worst event-loop delay in the 10 s after it listens.
 * Targets: first reply ≤ 1 s, worst event-loop delay ≤ 100 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureStart, type StartRun } from './bench/startup';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const fmt = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(0)).padStart(8);

async function main(): Promise<void> {
  const runs: StartRun[] = [];
  let dataDir = '';
  process.once('exit', () => dataDir && fs.rmSync(dataDir, { recursive: true, force: true }));
  console.log(`Start-up — ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}`);
  console.log(`  run${['healthz', '1st reply', 'worst turn', 'turns', 'worst hz', 'loop max', 'nlu warm', 'stop'].map((h) => h.padStart(10)).join('')}`);
  for (let i = 0; i < Number(args.runs) * 2; i++) {
    // Each run: a new data folder (migrations, demo data, keys made), then a restart on it.
    const fresh = i % 2 === 0;
    if (fresh) dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
    const r = await measureStart(ROOT, dataDir);
    if (!fresh) fs.rmSync(dataDir, { recursive: true, force: true });
    runs.push(r);
    console.log(`  ${String(Math.floor(i / 2) + 1).padStart(3)}${fresh ? 'n' : 'r'}${[r.healthzMs, r.firstReplyMs, r.worstTurnMs, r.turns, r.worstHealthzMs, r.eventLoopMaxMs, r.warmMs, r.exitMs].map((v) => fmt(v).padStart(10)).join('')}   (exit code ${r.exitCode})`);
  }
  for (const [label, set] of [['new data', runs.filter((_, i) => i % 2 === 0)], ['restart', runs.filter((_, i) => i % 2 === 1)]] as const) {
    const worst = (f: (r: StartRun) => number | undefined) => Math.max(...set.map((r) => f(r) ?? Number.NaN));
    console.log(`\n${label}, worst of ${set.length} (ms): healthz ${fmt(worst((r) => r.healthzMs))}, first reply ${fmt(worst((r) => r.firstReplyMs))}, turn ${fmt(worst((r) => r.worstTurnMs))}, /healthz probe ${fmt(worst((r) => r.worstHealthzMs))}, event loop ${fmt(worst((r) => r.eventLoopMaxMs))}`);
    console.log(`  first reply ≤ 1000 ms: ${worst((r) => r.firstReplyMs) <= 1000 ? 'met' : 'MISSED'}; worst event-loop delay ≤ 100 ms: ${worst((r) => r.eventLoopMaxMs) <= 100 ? 'met' : 'MISSED'}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
