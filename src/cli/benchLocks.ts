/**
 * `npm run bench:locks -- --postgres URL [--writers 20] [--pool 10] [--latency 1] [--seconds 5]`:
 * write transactions per second on PostgreSQL with the old global write lock (every write took
 * WRITE_LOCK first: `postgresStore`'s `globalLock`) and without it (writes lock by key), in one run
 * on a new database (dropped after). Each writer plays web chat turns of its own conversation: the
 * resident's message appended, the conversation and user state saved, the reply appended (4 writes).
 * `--latency` adds that many ms before each query (a network hop). Then how long a one-row write for
 * one commune waits while a 2 s write for another holds its locks.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Pool, type PoolClient } from 'pg';
import { StateRepository } from '../../db/repositories';
import { takeNumbers } from '../../db/repositories/counters';
import { DirectLineRepository } from '../../db/repositories/directLineRepository';
import { postgresStore } from '../../db/postgresStore';
import { change, type Store } from '../../db/store';
import { findRootDir } from '../config';
import { createBenchDatabase } from './bench/postgres';

const { values } = parseArgs({
  options: {
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    writers: { type: 'string', default: '20' },
    pool: { type: 'string', default: '10' },
    latency: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '5' },
  },
});
const WRITERS = Number(values.writers);
const POOL = Number(values.pool);
const LATENCY_MS = Number(values.latency);
const SECONDS = Number(values.seconds);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every query of the pool's connections waits `ms` first, as over a network hop. */
function addLatency(pool: Pool, ms: number): void {
  if (ms <= 0) return;
  pool.on('connect', (client: PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const callback = typeof args[args.length - 1] === 'function' ? (args.pop() as (...r: unknown[]) => void) : undefined;
      const later = sleep(ms).then(() => query(...args) as Promise<unknown>);
      if (!callback) return later;
      later.then((r) => callback(null, r), (e: unknown) => callback(e));
      return undefined;
    };
  });
}

async function openStore(url: string, globalLock: boolean): Promise<{ store: Store; end(): Promise<void> }> {
  const pool = new Pool({ connectionString: url, max: POOL, lock_timeout: 30_000 });
  // The database is dropped with its connections at the end: an ended pool may still hear of it.
  pool.on('error', () => undefined);
  addLatency(pool, LATENCY_MS);
  return { store: postgresStore(drizzle(pool), () => pool.end(), { globalLock }), end: () => pool.end() };
}

/** Turns played by WRITERS writers for SECONDS: write transactions per second. */
async function turnsPerSecond(store: Store, label: string): Promise<number> {
  const lines = new DirectLineRepository(store);
  const state = new StateRepository(store);
  const now = new Date();
  const conversations = Array.from({ length: WRITERS }, (_, i) => `${label}-${i}`);
  for (const id of conversations) await lines.create({ id, userId: `u-${id}`, communeId: null, locale: 'fr-FR' }, now);
  let writes = 0;
  const until = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    conversations.map(async (id) => {
      const etags = new Map<string, string | undefined>();
      while (performance.now() < until) {
        await lines.append(id, 1, (seq) => ({ type: 'message', text: 'bench message', id: `${id}|${seq}` }), now);
        for (const key of [`webchat/conversations/${id}`, `webchat/users/u-${id}`]) etags.set(key, (await state.write(key, '{"dialog":[]}', etags.get(key))) ?? undefined);
        await lines.append(id, 1, (seq) => ({ type: 'message', text: 'bench reply', id: `${id}|${seq}` }), now);
        writes += 4;
      }
    }),
  );
  return writes / ((performance.now() - t0) / 1000);
}

/** How long a write for Chanteloup waits while another session's write for Carrières holds its locks 2 s. */
async function waitBehindLongWrite(a: Store, b: Store): Promise<number> {
  const held = a.write(function* (db) {
    yield* takeNumbers(db, a, 'requests', 'CSP-2026');
    yield* change((db as unknown as { execute(q: unknown): PromiseLike<unknown> }).execute(sql`select pg_sleep(2)`));
  });
  await sleep(100);
  const t0 = performance.now();
  await b.write((db) => takeNumbers(db, b, 'requests', 'CCV-2026'));
  const waited = performance.now() - t0;
  await held;
  return waited;
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(values.postgres);
  try {
    const migrations = new Pool({ connectionString: database.url, max: 1 });
    await migrate(drizzle(migrations), { migrationsFolder: `${findRootDir()}/db/pg/migrations` });
    await migrations.end();
    console.log(`${WRITERS} writers, pool ${POOL}, ${LATENCY_MS} ms added per query, ${SECONDS} s each`);
    for (const globalLock of [true, false]) {
      const [a, b] = [await openStore(database.url, globalLock), await openStore(database.url, globalLock)];
      try {
        const tps = await turnsPerSecond(a.store, globalLock ? 'before' : 'after');
        const waited = await waitBehindLongWrite(a.store, b.store);
        console.log(`${globalLock ? 'before (global lock)' : 'after (locks by key)'}: ${tps.toFixed(0)} write transactions/s; another commune's write waited ${waited.toFixed(0)} ms behind a 2 s write`);
      } finally {
        await a.end();
        await b.end();
      }
    }
  } finally {
    await database.drop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
