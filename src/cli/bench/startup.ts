/**
 * Start-up as a resident sees it, shared by `npm run bench:start` and `npm run bench`: the built bot
 * started as a child process, then
 * - spawn to /healthz 200;
 * - spawn to the first reply of a web chat conversation as the page gets it: a token from
 *   /api/webchat/token, the conversation started on the Direct Line, the welcome in its activities;
 * - residents during the first 10 s: a message every 500 ms from the welcome on (« cantine le
 *   lendemain », which asks for the date recognizer), the worst time from the post to the reply;
 * - the worst /healthz latency, probed every 20 ms for 10 s after the first reply (what an event
 *   loop held by a compile does to every request);
 * - the bot's own figure, `startup.eventLoop` in its log: the worst event-loop delay in the 10 s
 *   after it listens (perf_hooks.monitorEventLoopDelay, src/ops/eventLoopWatch.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from './http';

const WATCH_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface StartRun {
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

/** One start on `dataDir` (new or not), with `env` added (DATABASE_URL for PostgreSQL). */
export async function measureStart(root: string, dataDir: string, env: Record<string, string> = {}): Promise<StartRun> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--no-deprecation', path.join(root, 'dist', 'src', 'index.js')], {
    env: { ...env, DATA_DIR: dataDir, PORT: String(port), JOBS: 'off', LOG_LEVEL: 'info' },
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

