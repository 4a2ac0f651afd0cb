/**
 * Write throughput from one instance to several (`npm run bench -- --postgres --instances 1,2,4
 * --latency-ms 1`): on a new PostgreSQL database reached through a relay adding L ms each way
 * (latencyRelay.ts), for each count N: N bot processes on one data folder behind a round-robin
 * (roundRobin.ts), each warmed by one sentence understood; residents of their own signed in first,
 * then each books three canteen days and confirms, `concurrency` at once. The figure is confirmed bookings (write turns) per second, with
 * the CPU the instances used for them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config';
import { openCore } from '../../core';
import { percentile } from '../stats';
import { WARM_UP_DELAY_MS } from '../../warmUps';
import { cpuDuring, settled } from './cpu';
import { freePort, startProcess, turn, type Started } from './http';
import { watchOutbox } from './outboxIndex';
import { startLatencyRelay } from './latencyRelay';
import { createBenchDatabase } from './postgres';
import { bookingSentence, COMMUNE, seedResidents } from './residents';
import { startRoundRobin } from './roundRobin';
import { bookingSteps, load, signInSteps } from './scenario';

export interface ScalingRow {
  instances: number;
  /** Confirmed bookings (each a write transaction of three days) per second. */
  writesPerSecond: number;
  confirmed: number;
  seconds: number;
  bookingP50: number;
  confirmP50: number;
  confirmP99: number;
  /** CPU seconds of all the instances per confirmed booking (with its booking turn), in ms. */
  cpuMsPerWrite: number;
  driverShare: number;
  failures: string[];
  /** Requests each instance received from the round-robin during the phase. */
  served: number[];
  /** The instances' last logged errors, when turns failed. */
  errors: string[];
}

/** The instances' last logged errors, each told once (the same error at another time is the same). */
function distinctErrors(lines: string[]): string[] {
  const seen = new Map<string, string>();
  for (const l of lines.filter((x) => x.trim())) seen.set(l.replace(/"at":"[^"]*",?/, '').slice(0, 200), l);
  return [...seen.values()].slice(-3);
}

export interface ScalingOptions {
  root: string;
  serverUrl: string;
  counts: number[];
  latencyMs: number;
  residents: number;
  concurrency: number;
}

export async function scalingFigures(options: ScalingOptions, track: (s: Started) => void): Promise<ScalingRow[]> {
  const database = await createBenchDatabase(options.serverUrl);
  const target = new URL(database.url);
  const relay = await startLatencyRelay({ host: target.hostname, port: Number(target.port || 5432) }, options.latencyMs);
  const throughRelay = new URL(database.url);
  throughRelay.hostname = '127.0.0.1';
  throughRelay.port = String(relay.port);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scaling-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'error', JOBS: 'off', DEMO_DATA: 'true', DATABASE_URL: throughRelay.toString() };
  const script = path.join(options.root, 'dist', 'src', 'index.js');
  const rows: ScalingRow[] = [];
  try {
    // The first start makes the schema, the demo data and the keys the others share.
    const first = await startProcess(script, env);
    track(first);
    await first.stop();
    const core = await openCore(loadConfig({ ...env, DATABASE_URL: database.url }, options.root));
    const residents = await seedResidents(core.store, options.residents * options.counts.length);
    const canteen = (await core.service.listActivities(COMMUNE)).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
    const booking = bookingSentence(canteen, core.service.schoolCalendarOf(canteen), new Date(), '{child}').text;
    await core.close();
    const codes = watchOutbox(path.join(dataDir, 'outbox'));
    try {
      for (const [phase, n] of options.counts.entries()) {
        // Ports told apart before the processes start (two free ports asked at once may be the same).
        const ports = new Set<number>();
        while (ports.size < n) ports.add(await freePort());
        const instances = await Promise.all([...ports].map((port) => startProcess(script, env, [], port)));
        instances.forEach(track);
        // Each instance warm before it counts: a booking sentence understood once (the recognizers loaded).
        await Promise.all(instances.map((s, i) => turn(s.port, { conversation: `warm-${n}-${i}`, user: `warm-${n}-${i}` }, { text: booking.replace('{child}', 'Zoé') })));
        // …and done with its start-up work in the background (the date models' compile: seconds of CPU, once), as the
        // single bot is before its load: otherwise N instances' start-up is counted in the writes' CPU and time.
        await Promise.all(instances.map((s) => settled(s.child.pid, { atLeastMs: WARM_UP_DELAY_MS + 1000 })));
        const proxy = await startRoundRobin(instances.map((s) => s.port));
        try {
          const mine = residents.slice(phase * options.residents, (phase + 1) * options.residents);
          const tag = `scale${n}`;
          const signedIn = await load(proxy.port, mine, signInSteps(codes), { check: true, tag, concurrency: options.concurrency });
          const before = proxy.served();
          const { result: w, cpuSeconds, driverShare } = await cpuDuring(
            instances.map((s) => s.child.pid),
            () => load(proxy.port, mine, bookingSteps(booking), { check: true, tag, concurrency: options.concurrency }),
          );
          const confirmed = w.done.get('confirm') ?? 0;
          rows.push({
            instances: n,
            writesPerSecond: confirmed / w.seconds,
            confirmed,
            seconds: w.seconds,
            bookingP50: percentile(w.latencies.get('booking') ?? [], 50),
            confirmP50: percentile(w.latencies.get('confirm') ?? [], 50),
            confirmP99: percentile(w.latencies.get('confirm') ?? [], 99),
            cpuMsPerWrite: (cpuSeconds * 1000) / Math.max(1, confirmed),
            driverShare,
            failures: [...signedIn.failures, ...w.failures],
            served: proxy.served().map((s, i) => s - (before[i] ?? 0)),
            errors: signedIn.failures.length + w.failures.length ? distinctErrors(instances.flatMap((s) => s.logTail().split('\n'))) : [],
          });
        } finally {
          await proxy.close();
          await Promise.all(instances.map((s) => s.stop()));
        }
      }
    } finally {
      codes.close();
    }
    return rows;
  } finally {
    await relay.close();
    await database.drop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
