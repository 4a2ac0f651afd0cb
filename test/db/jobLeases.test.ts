/**
 * Job leases and runs on both stores, as two bot instances see them: each instance has its own
 * connection to one database (one SQLite file; one PostgreSQL database). Of two instances asking
 * at once, one gets the lease; the other gets it only once it is given back or has expired; runs
 * are recorded and the newest of each job is listed. The PostgreSQL half is skipped without a
 * server (test/support/postgres.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { JobRepository } from '../../db/repositories/jobRepository';
import { postgresStore } from '../../db/postgresStore';
import { sqliteStore } from '../../db/sqliteStore';
import { describePostgres, freshDatabase, type FreshDatabase } from '../support/postgres';

interface Instances {
  a: JobRepository;
  b: JobRepository;
  close(): Promise<void>;
}

function leaseCases(open: () => Promise<Instances>) {
  let i: Instances;
  beforeEach(async () => {
    i = await open();
  });
  afterEach(() => i.close());
  const NOW = '2026-11-23T10:00:00.000Z';
  const LATER = '2026-11-23T10:30:00.000Z';

  it('gives the lease to one of two instances asking at once, and to the other once given back', async () => {
    const results = await Promise.all([i.a.acquire('invoicing', 'a', NOW, LATER), i.b.acquire('invoicing', 'b', NOW, LATER)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const [winner, loser] = results[0] ? (['a', 'b'] as const) : (['b', 'a'] as const);
    expect(await i[loser].acquire('invoicing', loser, NOW, LATER)).toBe(false);
    await i[loser].release('invoicing', loser); // not its lease: nothing happens
    expect(await i[loser].acquire('invoicing', loser, NOW, LATER)).toBe(false);
    await i[winner].release('invoicing', winner);
    expect(await i[loser].acquire('invoicing', loser, NOW, LATER)).toBe(true);
    // Another job is another lease.
    expect(await i[winner].acquire('reminders', winner, NOW, LATER)).toBe(true);
  });

  it('lets another instance take over a lease that has expired (its holder died)', async () => {
    expect(await i.a.acquire('reminders', 'a', NOW, LATER)).toBe(true);
    expect(await i.b.acquire('reminders', 'b', '2026-11-23T10:29:59.000Z', '2026-11-23T11:00:00.000Z')).toBe(false);
    expect(await i.b.acquire('reminders', 'b', LATER, '2026-11-23T11:00:00.000Z')).toBe(true);
  });

  it('records runs, and lists the newest of each job', async () => {
    const first = await i.a.startRun('invoicing', 'a', NOW);
    await i.a.finishRun(first, 'failed', NOW, 'SMTP down');
    const second = await i.b.startRun('invoicing', 'b', LATER);
    await i.b.finishRun(second, 'done', LATER, '{"created":3}');
    const other = await i.a.startRun('reminders', 'a', LATER);
    const last = await i.b.lastRuns();
    expect(last.map((r) => [r.job, r.id, r.status])).toEqual([
      ['reminders', other, 'running'],
      ['invoicing', second, 'done'],
    ]);
    expect(last[1]).toMatchObject({ holder: 'b', summary: '{"created":3}', finishedAt: LATER });
  });
}

describe('job leases on SQLite (two connections to one file)', () => {
  leaseCases(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leases-'));
    const open = () => openDatabase({ file: path.join(dir, 'store.sqlite'), migrationsFolder: path.join(__dirname, '..', '..', 'db', 'migrations') });
    const [one, two] = [open(), open()];
    return {
      a: new JobRepository(sqliteStore(one)),
      b: new JobRepository(sqliteStore(two)),
      close: async () => {
        one.$client.close();
        two.$client.close();
      },
    };
  });
});

describePostgres('job leases on PostgreSQL (two pools on one database)', () => {
  leaseCases(async () => {
    const fresh: FreshDatabase = await freshDatabase();
    return { a: new JobRepository(postgresStore(fresh.db)), b: new JobRepository(postgresStore(fresh.another())), close: () => fresh.drop() };
  });
});
