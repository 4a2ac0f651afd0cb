/**
 * `npm run bench:start`: figures, not a test. Starts the built bot as a child process (a new data
 * folder, a random port, JOBS=off), then again on the same folder (a restart), `--runs` times (3 by
 * default), and prints per start (n: new data, r: restart) and worst of all:
 * - spawn to /healthz 200;
 * - spawn to the first reply of a web chat conversation as the page gets it: a token from
 *   /api/webchat/token, the conversation started on the Direct Line, the welcome in its activities;
 * - residents during the first 10 s: a message every 500 ms from the welcome on (« cantine le
 *   lendemain », which asks for the date recognizer), the worst time from the post to the reply;
 * - the worst /healthz latency, probed every 20 ms for 10 s after the first reply (what an event
 *   loop held by a compile does to every request);
 * - the bot's own figure, `startup.eventLoop` in its log: the worst event-loop delay in the 10 s
 *   after it listens (perf_hooks.monitorEventLoopDelay).
 * Targets: first reply ≤ 1 s, worst event-loop delay ≤ 100 ms.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { freePort } from './bench/http';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const WATCH_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Run {
  healthzMs: number;
  firstReplyMs: number;
  worstTurnMs: number;
  turns: number;
  worstHealthzMs: number;
  eventLoopMaxMs?: number;
  warmMs?: number;
  exitCode: number | null;
  exitMs: number;
}

interface Activity {
  from?: { role?: string };
  type?: string;
  text?: string;
}

async function json(url: string, init: RequestInit = {}): Promise<unknown> {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

async function one(dataDir: string): Promise<Run> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--no-deprecation', path.join(ROOT, 'dist', 'src', 'index.js')], {
    env: { DATA_DIR: dataDir, PORT: String(port), JOBS: 'off', LOG_LEVEL: 'info'},
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  let gone = false;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => (gone = true));
  try {
    for (;;) {
      if (gone || performance.now() - t0 > 60_000) throw new Error('the bot exited or gave no /healthz within 60 s');
      const ok = await fetch(`${base}/healthz`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await sleep(5);
    }
    const healthzMs = performance.now() - t0;
    const { token } = (await json(`${base}/api/webchat/token`, { method: 'POST', body: JSON.stringify({ commune: 'carrieres-sous-poissy' }) })) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const { conversationId } = (await json(`${base}/v3/directline/conversations`, { method: 'POST', headers: auth })) as { conversationId: string };
    const botMessages = async () => ((await json(`${base}/v3/directline/conversations/${conversationId}/activities`, { headers: auth })) as { activities: Activity[] }).activities.filter((a) => a.from?.role === 'bot' && a.type === 'message').length;
    while ((await botMessages()) === 0) await sleep(5);
    const firstReplyMs = performance.now() - t0;

    // 10 s of residents and probes from the first reply on.
    const until = performance.now() + WATCH_MS;
    let worstHealthzMs = 0;
    const probe = (async () => {
      while (performance.now() < until) {
        const s = performance.now();
        await fetch(`${base}/healthz`).catch(() => undefined);
        worstHealthzMs = Math.max(worstHealthzMs, performance.now() - s);
        await sleep(20);
      }
    })();
    let worstTurnMs = 0;
    let turns = 0;
    while (performance.now() < until - 500) {
      const before = await botMessages();
      const s = performance.now();
      await json(`${base}/v3/directline/conversations/${conversationId}/activities`, { method: 'POST', headers: auth, body: JSON.stringify({ type: 'message', from: { id: 'u' }, text: 'cantine le lendemain' }) });
      while ((await botMessages()) <= before && performance.now() - s < 30_000) await sleep(5);
      worstTurnMs = Math.max(worstTurnMs, performance.now() - s);
      turns++;
      await sleep(Math.max(0, 500 - (performance.now() - s)));
    }
    await probe;
    // The bot logs its own figure 10 s after listening.
    while (!/"startup\.eventLoop"/.test(log) && performance.now() - t0 < firstReplyMs + WATCH_MS + 2000) await sleep(50);
    const field = (event: string, key: string) => {
      const line = log.split('\n').find((l) => l.includes(`"event":"${event}"`));
      const value = line ? (JSON.parse(line) as Record<string, unknown>)[key] : undefined;
      return typeof value === 'number' ? value : undefined;
    };
    const s = performance.now();
    child.kill('SIGTERM');
    const exitCode = await Promise.race([exited, sleep(15_000).then(() => 'timeout' as const)]);
    if (exitCode === 'timeout') throw new Error('the bot did not stop within 15 s of SIGTERM');
    return { healthzMs, firstReplyMs, worstTurnMs, turns, worstHealthzMs, eventLoopMaxMs: field('startup.eventLoop', 'maxMs'), warmMs: field('nlu.warm', 'ms'), exitCode, exitMs: performance.now() - s };
  } finally {
    child.kill('SIGKILL');
  }
}

const fmt = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(0)).padStart(8);

async function main(): Promise<void> {
  const runs: Run[] = [];
  let dataDir = '';
  process.once('exit', () => dataDir && fs.rmSync(dataDir, { recursive: true, force: true }));
  console.log(`Start-up — ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}`);
  console.log(`  run${['healthz', '1st reply', 'worst turn', 'turns', 'worst hz', 'loop max', 'nlu warm', 'stop'].map((h) => h.padStart(10)).join('')}`);
  for (let i = 0; i < Number(args.runs) * 2; i++) {
    // Each run: a new data folder (migrations, demo data, keys made), then a restart on it.
    const fresh = i % 2 === 0;
    if (fresh) dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
    const r = await one(dataDir);
    if (!fresh) fs.rmSync(dataDir, { recursive: true, force: true });
    runs.push(r);
    console.log(`  ${String(Math.floor(i / 2) + 1).padStart(3)}${fresh ? 'n' : 'r'}${[r.healthzMs, r.firstReplyMs, r.worstTurnMs, r.turns, r.worstHealthzMs, r.eventLoopMaxMs, r.warmMs, r.exitMs].map((v) => fmt(v).padStart(10)).join('')}   (exit code ${r.exitCode})`);
  }
  for (const [label, set] of [['new data', runs.filter((_, i) => i % 2 === 0)], ['restart', runs.filter((_, i) => i % 2 === 1)]] as const) {
    const worst = (f: (r: Run) => number | undefined) => Math.max(...set.map((r) => f(r) ?? Number.NaN));
    console.log(`\n${label}, worst of ${set.length} (ms): healthz ${fmt(worst((r) => r.healthzMs))}, first reply ${fmt(worst((r) => r.firstReplyMs))}, turn ${fmt(worst((r) => r.worstTurnMs))}, /healthz probe ${fmt(worst((r) => r.worstHealthzMs))}, event loop ${fmt(worst((r) => r.eventLoopMaxMs))}`);
    console.log(`  first reply ≤ 1000 ms: ${worst((r) => r.firstReplyMs) <= 1000 ? 'met' : 'MISSED'}; worst event-loop delay ≤ 100 ms: ${worst((r) => r.eventLoopMaxMs) <= 100 ? 'met' : 'MISSED'}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
