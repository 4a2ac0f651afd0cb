/**
 * A select prepared once and run again with new values (drizzle's `.prepare()`): the SQL is built
 * once, and the database keeps the statement (SQLite's prepared statement; on PostgreSQL a named
 * statement, prepared on each connection at its first use). For the reads of every turn.
 */
import type { SQLWrapper } from 'drizzle-orm';
import type { Store } from './store';

interface Preparable extends SQLWrapper {
  prepare(name?: string): { all(values?: Record<string, unknown>): unknown; execute(values?: Record<string, unknown>): unknown };
}

/** Prepares the select on its store; the function runs it with the placeholders' values (sql.placeholder). */
export function prepared<R>(store: Store, name: string, query: PromiseLike<R[]>): (values?: Record<string, unknown>) => Promise<R[]> {
  const q = query as unknown as Preparable;
  if (store.kind === 'sqlite') {
    const statement = q.prepare();
    return async (values) => statement.all(values) as R[];
  }
  const statement = q.prepare(name);
  return async (values) => (await statement.execute(values)) as R[];
}

interface WritePreparable extends SQLWrapper {
  prepare(): { run(values?: Record<string, unknown>): unknown; all(values?: Record<string, unknown>): unknown; get(values?: Record<string, unknown>): unknown };
}

/**
 * A one-statement write prepared once on SQLite (an insert, update or delete with sql.placeholder
 * values, with or without returning): `(values) => query` gives the query a transaction body yields
 * (`yield* change(q)`, `yield* rows(q)`), run with those values by the store's synchronous runner.
 * Undefined on PostgreSQL, where a write may run inside a transaction's own connection: the query is
 * built there as usual.
 */
export function preparedWrite<R = unknown>(store: Store, query: SQLWrapper): ((values: Record<string, unknown>) => PromiseLike<R>) | undefined {
  if (store.kind !== 'sqlite') return undefined;
  const statement = (query as WritePreparable).prepare();
  return (values) => ({
    // What db/store.ts's runSync calls.
    run: () => statement.run(values),
    all: () => statement.all(values),
    get: () => statement.get(values),
    then: (fulfilled, rejected) => Promise.resolve().then(() => statement.run(values) as R).then(fulfilled, rejected),
  }) as PromiseLike<R> & { run(): unknown };
}
