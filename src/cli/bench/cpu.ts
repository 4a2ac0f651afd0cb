/**
 * CPU figures of the benchmark: a process's CPU time read from /proc/<pid>/stat (Linux; user and
 * system ticks), the driver's own share of the machine while it drives a load (process.cpuUsage
 * over wall time × cores: a driver near the machine's capacity measures itself), and the bot's
 * counters from its `/metrics` endpoint (Prometheus text), when it has one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU seconds (user + system) a process has used so far; NaN when it cannot be read. */
export function processCpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces) start with the state: utime and stime are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return NaN;
  }
}

/** Measures, while `work` runs, the CPU seconds of the processes `pids` and the driver's share of the machine (0–1). */
export async function cpuDuring<T>(pids: Array<number | undefined>, work: () => Promise<T>): Promise<{ result: T; cpuSeconds: number; driverShare: number; seconds: number }> {
  const before = pids.map(processCpuSeconds);
  const driver0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await work();
  const seconds = (performance.now() - t0) / 1000;
  const driver = process.cpuUsage(driver0);
  const cpuSeconds = pids.reduce<number>((sum, pid, i) => sum + (processCpuSeconds(pid) - (before[i] as number)), 0);
  return { result, cpuSeconds, driverShare: (driver.user + driver.system) / 1e6 / (seconds * os.cpus().length), seconds };
}

/** The values of a Prometheus text exposition, by metric name (labels summed). */
export function parsePrometheus(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const value = Number(m[3]);
    if (Number.isFinite(value)) values.set(m[1] as string, (values.get(m[1] as string) ?? 0) + value);
  }
  return values;
}

/** The bot's counters from /metrics, or undefined when it has no such endpoint (or refuses the token). */
export async function readMetrics(port: number, token: string): Promise<Map<string, number> | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) return undefined;
    const values = parsePrometheus(await res.text());
    return values.has('bot_turns_total') ? values : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits until a process has done its start-up work in the background: no less than `atLeastMs` from
 * now, then until it used less than `share` of one core over `windowMs`, at most `maxMs` in all. The
 * seconds waited and the CPU seconds it used meanwhile (a one-time cost, not a turn's).
 */
export async function settled(pid: number | undefined, options: { atLeastMs: number; windowMs?: number; share?: number; maxMs?: number }): Promise<{ seconds: number; cpuSeconds: number }> {
  const { atLeastMs, windowMs = 1000, share = 0.05, maxMs = 60_000 } = options;
  const t0 = performance.now();
  const cpu0 = processCpuSeconds(pid);
  for (;;) {
    const before = processCpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const used = processCpuSeconds(pid) - before;
    const elapsed = performance.now() - t0;
    if ((elapsed >= atLeastMs && used < (share * windowMs) / 1000) || elapsed >= maxMs || !Number.isFinite(used)) break;
  }
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: processCpuSeconds(pid) - cpu0 };
}
