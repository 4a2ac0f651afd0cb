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
 * The two stores: db/sqliteStore.ts and db/postgresStore.ts.
 */
import type { Db } from './client';
import type * as schema from './schema';

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
export const codeOf = (e: unknown): string | undefined => {
  const err = e as { code?: unknown; cause?: unknown } | undefined;
  if (typeof err?.code === 'string') return err.code;
  const cause = err?.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
};

/** A unique constraint refused the write (SQLite or PostgreSQL): the caller may try again. */
export const isUniqueViolation = (e: unknown): boolean => ['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes(codeOf(e) ?? '');

/** Another process holds SQLite's write lock. */
export const isBusy = (e: unknown): boolean => codeOf(e) === 'SQLITE_BUSY';

/** A pause of `ms` before trying again. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
