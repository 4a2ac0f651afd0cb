/**
 * A select prepared once and run again with new values (drizzle's `.prepare()`): the SQL is built
 * once, and the database keeps the statement (SQLite's prepared statement; on PostgreSQL a named
 * statement, prepared on each connection at its first use). For the reads of every turn.
 *
 * Both are prepared at their first run, or all at once by prepareStatements(store): the server does so
 * when it opens its core (PREPARE_STATEMENTS=start, the default: no turn builds them), the tests do not
 * (PREPARE_STATEMENTS=first-use): building the SQL of the thirty-odd statements and compiling them was
 * about half of opening a core (10 ms of CPU), paid by every test's conversation, run or not.
 */
import type { SQLWrapper } from 'drizzle-orm';
import type { Store } from './store';

/** Each store's statements not prepared yet: what prepareStatements(store) prepares. */
const unprepared = new WeakMap<Store, Set<() => void>>();

/** A statement prepared at its first use, or by prepareStatements. */
function once<S>(store: Store, prepare: () => S): () => S {
  let statement: S | undefined;
  const pending = unprepared.get(store) ?? new Set<() => void>();
  unprepared.set(store, pending);
  const get = (): S => {
    if (statement === undefined) {
      statement = prepare();
      pending.delete(get);
    }
    return statement;
  };
  pending.add(get);
  return get;
}

/** Prepares the store's statements made so far (the repositories'), for the server's turns to find them ready. */
export function prepareStatements(store: Store): void {
  for (const prepare of [...(unprepared.get(store) ?? [])]) prepare();
}

interface Preparable extends SQLWrapper {
  prepare(name?: string): { all(values?: Record<string, unknown>): unknown; execute(values?: Record<string, unknown>): unknown };
}

/** Prepares the select on its store; the function runs it with the placeholders' values (sql.placeholder). */
export function prepared<R>(store: Store, name: string, query: PromiseLike<R[]>): (values?: Record<string, unknown>) => Promise<R[]> {
  const q = query as unknown as Preparable;
  if (store.kind === 'sqlite') {
    const statement = once(store, () => q.prepare());
    return async (values) => statement().all(values) as R[];
  }
  const statement = once(store, () => q.prepare(name));
  return async (values) => (await statement().execute(values)) as R[];
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
  const statement = once(store, () => (query as WritePreparable).prepare());
  return (values) => ({
    // What db/store.ts's runSync calls.
    run: () => statement().run(values),
    all: () => statement().all(values),
    get: () => statement().get(values),
    then: (fulfilled, rejected) => Promise.resolve().then(() => statement().run(values) as R).then(fulfilled, rejected),
  }) as PromiseLike<R> & { run(): unknown };
}
