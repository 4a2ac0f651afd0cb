/**
 * The benchmark's HTTP side: a bot or the EchoBot started as its own process, activities posted to
 * /api/messages with deliveryMode « expectReplies » (as the e2e tests do: the replies come back in
 * the response), latencies measured per turn, the process's memory read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

export interface Reply {
  text?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  port: number;
  /** From spawn to the first reply to a message, in ms. */
  firstReplyMs: number;
  /** The last 2 000 characters it logged (stdout). */
  logTail(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node <script>` with only these variables (and PORT), and waits for it to answer a message.
 * `wrapper` runs node under another command (e.g. valgrind), which then needs `startTimeoutMs` longer.
 */
export async function startProcess(script: string, env: Record<string, string>, nodeArgs: string[] = [], port?: number, options: { wrapper?: string[]; startTimeoutMs?: number; stdoutFile?: string } = {}): Promise<Started> {
  port ??= await freePort();
  const t0 = performance.now();
  const [command = process.execPath, ...wrapperArgs] = options.wrapper ?? [];
  const args = [...(options.wrapper ? [...wrapperArgs, process.execPath] : []), '--no-deprecation', ...nodeArgs, script];
  const child = spawn(command, args, { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  // The end of its log, to say why a process that exited did.
  let tail = '';
  child.stdout?.on('data', (d: Buffer) => (tail = (tail + d.toString()).slice(-2000)));
  // Its whole output kept in a file when asked (with `--trace-deopt` among nodeArgs: what V8 did).
  const keep = options.stdoutFile;
  if (keep) child.stdout?.on('data', (d: Buffer) => fs.appendFileSync(keep, d));
  let exited = false;
  let exitCode: number | null = null;
  child.once('exit', (code) => {
    exited = true;
    exitCode = code;
  });
  const probe = { conversation: `probe-${port}`, user: 'probe' };
  for (;;) {
    if (exited) throw new Error(`${script} exited before answering (code ${exitCode}): ${tail.trim().split('\n').slice(-3).join(' | ')}`);
    if (performance.now() - t0 > (options.startTimeoutMs ?? 60_000)) throw new Error(`${script} did not answer within ${(options.startTimeoutMs ?? 60_000) / 1000} s`);
    try {
      const { replies } = await turn(port, probe, { text: 'bonjour' });
      if (replies.length > 0) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  const firstReplyMs = performance.now() - t0;
  return {
    child,
    port: port as number,
    firstReplyMs,
    logTail: () => tail,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** One turn: the activity posted, its replies and how long it took (ms). */
export async function turn(port: number, who: { conversation: string; user: string }, activity: Record<string, unknown>): Promise<{ replies: Reply[]; ms: number }> {
  const body = JSON.stringify({
    type: 'message',
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    locale: 'fr-FR',
    conversation: { id: who.conversation },
    from: { id: who.user },
    recipient: { id: 'bot' },
    channelData: { commune: 'carrieres-sous-poissy' },
    ...activity,
  });
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { activities?: Reply[] };
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`status ${res.status}`);
  return { replies: json.activities ?? [], ms };
}

/** Resident set size of a process, in MB (Linux). */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Peak RSS of a process while `work` runs, sampled every 50 ms. */
export async function peakRss<T>(pid: number | undefined, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = rssMb(pid);
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rssMb(pid))), 50);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peakMb, rssMb(pid)) };
  } finally {
    clearInterval(timer);
  }
}


/** Runs `jobs` with at most `concurrency` at once. */
export async function pool<T>(items: T[], concurrency: number, job: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await job(items[next++] as T);
    }),
  );
}
