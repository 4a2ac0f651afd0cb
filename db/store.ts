/**
 * What a repository needs of the store it runs on, SQLite (better-sqlite3, the default) or
 * PostgreSQL (node-postgres): its drizzle database and its tables, a write transaction, a ping and
 * a close. A repository written against a Store awaits each query (drizzle's SQLite builder is
 * awaitable too) and reads write counts with changed(), so the same code runs on both. The
 * PostgreSQL database and tables are typed as SQLite's: the queries read the same, as
 * db/pg/schema.ts has SQLite's tables, properties and row types (test/db/pgTables.test.ts, through
 * tsc) and both databases, as migrated, the same columns, keys and indexes (test/db/pgSchema.test.ts).
 *
 * A write is written once as a generator that yields its queries (`yield* rows(q)`, `yield* one(q)`,
 * `yield* change(q)`), built on the database it is given: `write` runs it as one transaction,
 * `writeOne` runs a body of one statement on its own. There is no global lock: what must not run
 * twice at once says so with `yield* lock(key…)` (a per-key lock held until the end of the
 * transaction), conditional writes and unique constraints (db/repositories/counters.ts for numbers).
 *
 * SQLite has one writer (it is one file): the queries run synchronously inside BEGIN IMMEDIATE
 * (better-sqlite3's transactions cannot await), which serialises every write of this process, and
 * `lock` is nothing more. While another process (the admin command, a backup, a second instance)
 * holds the file's write lock, the connection does not wait in SQLite's busy handler, which would
 * hold the event loop (every conversation and /healthz) for up to the busy timeout: its busy_timeout
 * is 0 (db/client.ts) and the write is tried again asynchronously, with a growing pause, until the
 * same total wait (SQLITE_BUSY_TIMEOUT_MS) has passed; then SQLITE_BUSY is thrown as before.
 *
 * PostgreSQL runs each write in a READ COMMITTED transaction; `lock(key…)` takes
 * pg_advisory_xact_lock on a 64-bit hash of the key, so writes for one (activity, day) or one counter
 * queue while those of other keys, other communes, run at once. A transaction chosen as a deadlock's
 * victim or failing serialisation is run again (its body is a function: it is built anew).
 */
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Db } from './client';
import * as schema from './schema';

/** A query a transaction body asks to run, and what it wants back; or a lock on a key to take. */
export type Step = { want: 'rows' | 'one' | 'changes'; query: PromiseLike<unknown> } | { want: 'lock'; key: string };

/** A transaction body: yields its queries, gets their results back, returns its result. */
export type Tx<T> = Generator<Step, T, unknown>;

/** All the rows of a select (or of an insert, update or delete with returning). */
export function* rows<R>(query: PromiseLike<R[]>): Tx<R[]> {
  return (yield { want: 'rows', query }) as R[];
}

/** The first row, or undefined. A select that may match several rows should say `.limit(1)`. */
export function* one<R>(query: PromiseLike<R[]>): Tx<R | undefined> {
  return (yield { want: 'one', query }) as R | undefined;
}

/** How many rows an insert, update or delete (without returning) changed. */
export function* change(query: PromiseLike<unknown>): Tx<number> {
  return (yield { want: 'changes', query }) as number;
}

/**
 * Holds a lock on the key (its parts joined) until the transaction ends: another write that locks
 * the same key waits, others do not. Take several in one order (sorted) to never wait in a circle.
 */
export function* lock(...parts: Array<string | number>): Tx<void> {
  yield { want: 'lock', key: parts.join(':') };
}

/** What a write says of itself. */
export interface WriteOptions {
  /**
   * It changes no account, session, household, child, enrolment or representative, nor anything
   * that cascades to them (the bot's state, the audit log, the outbox, baskets…): what a turn read
   * of those rows stays valid (src/domain/turnReads.ts). Left out, the write counts as one that may.
   */
  keepsTurnReads?: boolean;
}

/** For a write that changes none of the rows a turn keeps. */
export const KEEPS_TURN_READS: WriteOptions = { keepsTurnReads: true };

export interface Store {
  kind: 'sqlite' | 'postgres';
  db: Db;
  tables: typeof schema;
  /** Runs the body as one write transaction, its queries built on the database it is given. */
  write<T>(body: (db: Db) => Tx<T>, options?: WriteOptions): Promise<T>;
  /** Runs a body of one statement on its own (no transaction around it on PostgreSQL). */
  writeOne<T>(body: (db: Db) => Tx<T>, options?: WriteOptions): Promise<T>;
  /**
   * How many writes of this process that may change the rows a turn keeps have ended (committed or
   * not): a row read before the count moved is read again (src/domain/turnReads.ts).
   */
  writes(): number;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** How many rows a write changed: SQLite's run result says `changes`, PostgreSQL's `rowCount`. */
export function changed(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}

/** The error's code, or its cause's (drizzle wraps the driver's errors). */
const codeOf = (e: unknown): string | undefined => {
  const err = e as { code?: unknown; cause?: unknown } | undefined;
  if (typeof err?.code === 'string') return err.code;
  const cause = err?.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
};

/** A unique constraint refused the write (SQLite or PostgreSQL): the caller may try again. */
export const isUniqueViolation = (e: unknown): boolean => ['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes(codeOf(e) ?? '');

const isBusy = (e: unknown): boolean => codeOf(e) === 'SQLITE_BUSY';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface SyncQuery {
  all(): unknown[];
  get(): unknown;
  run(): unknown;
}

function runSync<T>(body: Tx<T>): T {
  let next = body.next();
  while (!next.done) {
    const step = next.value;
    if (step.want === 'lock') {
      // One writer at a time already (BEGIN IMMEDIATE).
      next = body.next(undefined);
      continue;
    }
    const query = step.query as unknown as SyncQuery;
    const result = step.want === 'rows' ? query.all() : step.want === 'one' ? query.get() : changed(query.run());
    next = body.next(result);
  }
  return next.value;
}

/**
 * A write transaction on SQLite, run now (synchronously): for starting up without awaiting. With
 * `waitMs`, it may wait that long for another process's lock in SQLite's busy handler (blocking: at
 * start, nothing is served yet); the connection's own busy_timeout is put back after.
 */
export function writeNow<T>(db: Db, body: (db: Db) => Tx<T>, waitMs = 0): T {
  const run = () => db.$client.transaction(() => runSync(body(db))).immediate();
  if (waitMs <= 0) return run();
  const before = db.$client.pragma('busy_timeout', { simple: true }) as number;
  db.$client.pragma(`busy_timeout = ${Math.floor(waitMs)}`);
  try {
    return run();
  } finally {
    db.$client.pragma(`busy_timeout = ${Number(before)}`);
  }
}

/** The first pause after SQLITE_BUSY, doubled each time up to the longest. */
const FIRST_PAUSE_MS = 2;
const LONGEST_PAUSE_MS = 50;

/**
 * The SQLite store. `waitMs`: how long in all a write waits for another process's lock, in
 * asynchronous pauses (the connection's own busy_timeout is 0, so no attempt blocks the event loop).
 */
export function sqliteStore(db: Db, waitMs = 5000): Store {
  let writes = 0;
  const write = async <T>(body: (db: Db) => Tx<T>, options?: WriteOptions): Promise<T> => {
    const started = performance.now();
    try {
      for (let wait = FIRST_PAUSE_MS; ; wait = Math.min(wait * 2, LONGEST_PAUSE_MS)) {
        try {
          return writeNow(db, body);
        } catch (e) {
          const left = waitMs - (performance.now() - started);
          if (!isBusy(e) || left <= 0) throw e;
          await pause(Math.min(wait, left));
        }
      }
    } finally {
      if (!options?.keepsTurnReads) writes += 1;
    }
  };
  return {
    kind: 'sqlite',
    db,
    tables: schema,
    write,
    writeOne: write,
    writes: () => writes,
    ping: async () => {
      db.get(sql`select 1`);
    },
    close: async () => {
      db.$client.close();
    },
  };
}

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
