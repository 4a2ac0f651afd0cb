/**
 * What a repository needs of the store it runs on, SQLite (better-sqlite3, the default) or
 * PostgreSQL (node-postgres): its drizzle database and its tables, a write transaction, a ping and
 * a close. A repository written against a Store awaits each query (drizzle's SQLite builder is
 * awaitable too) and reads write counts with changed(), so the same code runs on both. The
 * PostgreSQL database and tables are typed as SQLite's: the queries read the same, as
 * db/pg/schema.ts has SQLite's tables, properties and row types (test/db/pgTables.test.ts, through
 * tsc) and both databases, as migrated, the same columns, keys and indexes (test/db/pgSchema.test.ts).
 *
 * A write transaction is written once as a generator that yields its queries (`yield* rows(q)`,
 * `yield* one(q)`, `yield* change(q)`), built on the database it is given. On SQLite the queries run
 * synchronously inside BEGIN IMMEDIATE (better-sqlite3's transactions cannot await); on PostgreSQL
 * they are awaited inside a transaction that first takes one advisory lock, so write transactions
 * queue one after the other as they do on SQLite, from any instance.
 */
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Db } from './client';
import * as schema from './schema';

/** A query a transaction body asks to run, and what it wants back. */
export interface Step {
  want: 'rows' | 'one' | 'changes';
  query: PromiseLike<unknown>;
}

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

export interface Store {
  kind: 'sqlite' | 'postgres';
  db: Db;
  tables: typeof schema;
  /** Runs the body as one write transaction, its queries built on the database it is given. */
  write<T>(body: (db: Db) => Tx<T>): Promise<T>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** How many rows a write changed: SQLite's run result says `changes`, PostgreSQL's `rowCount`. */
export function changed(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}

interface SyncQuery {
  all(): unknown[];
  get(): unknown;
  run(): unknown;
}

function runSync<T>(body: Tx<T>): T {
  let next = body.next();
  while (!next.done) {
    const query = next.value.query as unknown as SyncQuery;
    const result = next.value.want === 'rows' ? query.all() : next.value.want === 'one' ? query.get() : changed(query.run());
    next = body.next(result);
  }
  return next.value;
}

/** A write transaction on SQLite, run now (synchronously): for starting up without awaiting. */
export const writeNow = <T>(db: Db, body: (db: Db) => Tx<T>): T => db.$client.transaction(() => runSync(body(db))).immediate();

export const sqliteStore = (db: Db): Store => ({
  kind: 'sqlite',
  db,
  tables: schema,
  write: async (body) => writeNow(db, body),
  ping: async () => {
    db.get(sql`select 1`);
  },
  close: async () => {
    db.$client.close();
  },
});

/** The one advisory lock every write transaction takes on PostgreSQL (any constant: ASCII « ECWR »). */
export const WRITE_LOCK = 0x45435752;

async function runAsync<T>(body: Tx<T>): Promise<T> {
  let next = body.next();
  while (!next.done) {
    const result = await next.value.query;
    next = body.next(next.value.want === 'rows' ? result : next.value.want === 'one' ? (result as unknown[])[0] : changed(result));
  }
  return next.value;
}

/** PostgreSQL's tables are loaded here, not at start: the SQLite default does not load pg-core. */
export function postgresStore(db: NodePgDatabase, close: () => Promise<void> = async () => {}): Store {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tables = require('./pg/schema') as typeof import('./pg/schema');
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    tables: tables as unknown as typeof schema,
    write: (body) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
        return runAsync(body(tx as unknown as Db));
      }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close,
  };
}
