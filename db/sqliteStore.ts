/**
 * The SQLite store (better-sqlite3, the default).
 *
 * SQLite has one writer (it is one file): the queries run synchronously inside BEGIN IMMEDIATE
 * (better-sqlite3's transactions cannot await), which serialises every write of this process, and
 * `lock` is nothing more. While another process (the admin command, a backup, a second instance)
 * holds the file's write lock, the connection does not wait in SQLite's busy handler, which would
 * hold the event loop (every conversation and /healthz) for up to the busy timeout: its busy_timeout
 * is 0 (db/client.ts) and the write is tried again asynchronously, with a growing pause, until the
 * same total wait (SQLITE_BUSY_TIMEOUT_MS) has passed; then SQLITE_BUSY is thrown as before.
 *
 */
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import * as schema from './schema';
import { transactionBegun } from './statementCount';
import { changed, isBusy, pause, type Store, type Tx, type WriteOptions } from './store';

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
 * Each connection's write transaction (BEGIN IMMEDIATE), made once: better-sqlite3's `transaction`
 * builds four forms of the function it is given, with their properties, at each call.
 */
const transactions = new WeakMap<Db['$client'], (run: () => unknown) => unknown>();

function immediate(db: Db): (run: () => unknown) => unknown {
  let transaction = transactions.get(db.$client);
  if (!transaction) {
    const made = db.$client.transaction((run: () => unknown) => run());
    transaction = (run) => made.immediate(run);
    transactions.set(db.$client, transaction);
  }
  return transaction;
}

/**
 * A write transaction on SQLite, run now (synchronously): for starting up without awaiting. With
 * `waitMs`, it may wait that long for another process's lock in SQLite's busy handler (blocking: at
 * start, nothing is served yet); the connection's own busy_timeout is put back after.
 */
export function writeNow<T>(db: Db, body: (db: Db) => Tx<T>, waitMs = 0): T {
  const run = () => {
    transactionBegun();
    return immediate(db)(() => runSync(body(db))) as T;
  };
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
