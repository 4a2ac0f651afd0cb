/**
 * The PostgreSQL store (node-postgres).
 *
 * PostgreSQL runs each write in a READ COMMITTED transaction; `lock(key…)` takes
 * pg_advisory_xact_lock on a 64-bit hash of the key, so writes for one (activity, day) or one counter
 * queue while those of other keys, other communes, run at once. A transaction chosen as a deadlock's
 * victim or failing serialisation is run again (its body is a function: it is built anew).
 */
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Db } from './client';
import type * as schema from './schema';
import { transactionBegun } from './statementCount';
import { changed, codeOf, pause, type Store, type Tx, type WriteOptions } from './store';

/**
 * The one advisory lock every write transaction took on PostgreSQL before writes were locked by key
 * (ASCII « ECWR »): taken again only with `globalLock` (the benchmark's « before »).
 */
export const WRITE_LOCK = 0x45435752;

async function runAsync<T>(body: Tx<T>, db: NodePgDatabase): Promise<T> {
  let next = body.next();
  while (!next.done) {
    const step = next.value;
    if (step.want === 'lock') {
      await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${step.key}, 0))`);
      next = body.next(undefined);
      continue;
    }
    const result = await step.query;
    next = body.next(step.want === 'rows' ? result : step.want === 'one' ? (result as unknown[])[0] : changed(result));
  }
  return next.value;
}

/** PostgreSQL's codes of a transaction to run again: deadlock victim, serialisation failure. */
const RETRY_CODES = ['40P01', '40001'];
const PG_ATTEMPTS = 5;

export interface PostgresStoreOptions {
  /** Every write first takes WRITE_LOCK in a transaction, as before (for measuring what it cost: npm run bench:locks). */
  globalLock?: boolean;
}

/** PostgreSQL's tables are loaded here, not at start: the SQLite default does not load pg-core. */
export function postgresStore(db: NodePgDatabase, close: () => Promise<void> = async () => {}, options: PostgresStoreOptions = {}): Store {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tables = require('./pg/schema') as typeof import('./pg/schema');
  const transaction = <T>(body: (db: Db) => Tx<T>): Promise<T> =>
    db.transaction(async (tx) => {
      transactionBegun();
      if (options.globalLock) await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
      return runAsync(body(tx as unknown as Db), tx);
    });
  let writes = 0;
  /** Counted once it has ended (a read begun while it ran is then read again). */
  const counted = async <T>(run: Promise<T>, write?: WriteOptions): Promise<T> => {
    try {
      return await run;
    } finally {
      if (!write?.keepsTurnReads) writes += 1;
    }
  };
  const writeAll = async <T>(body: (db: Db) => Tx<T>): Promise<T> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await transaction(body);
      } catch (e) {
        if (!RETRY_CODES.includes(codeOf(e) ?? '') || attempt >= PG_ATTEMPTS) throw e;
        await pause(Math.random() * 10 * attempt);
      }
    }
  };
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    tables: tables as unknown as typeof schema,
    write: (body, write) => counted(writeAll(body), write),
    // Under the old global lock a one-statement write was a locked transaction too (bot state, appends).
    writeOne: (body, write) => counted(options.globalLock ? transaction(body) : runAsync(body(db as unknown as Db), db), write),
    writes: () => writes,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close,
  };
}
