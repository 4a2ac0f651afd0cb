/**
 * Numbers of a series (a basket reference, an invoice number, a démarche reference): prefix, dash,
 * six digits (CSP-RES-2026-000012). Taken from the series' row of `counters` inside the caller's
 * write transaction: adding to the row locks it until the transaction ends, so two writers of one
 * series are numbered one after the other (on PostgreSQL the second waits for the first's commit,
 * then adds to what it wrote), while other series, other communes, go on at once. Rolled back with
 * the transaction, so a failed write leaves no gap; the unique index on the numbers is the backstop.
 *
 * A series' row is made by its first write, from the highest number already in its table (the data
 * of a database numbered before this table existed): two first writes at once insert the same row,
 * and the second, waiting on the first, adds to it instead (`on conflict … do update`).
 */
import { desc, like, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { preparedWrite } from '../prepared';
import { one, type Store, type Tx } from '../store';

export type Series = 'baskets' | 'invoices' | 'requests';

/** The number's text: the prefix and six digits. */
export const numbered = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(6, '0')}`;

/** The highest number of the series already in its table (0 when none). */
function* highestIn(db: Db, t: Store['tables'], series: Series, prefix: string): Tx<number> {
  const column = series === 'baskets' ? t.baskets.reference : series === 'invoices' ? t.invoices.number : t.requests.reference;
  const table = series === 'baskets' ? t.baskets : series === 'invoices' ? t.invoices : t.requests;
  const last = (yield* one(db.select({ value: column }).from(table).where(like(column, `${prefix}-%`)).orderBy(desc(column)).limit(1)))?.value;
  const n = last ? Number(last.slice(prefix.length + 1)) : 0;
  return Number.isFinite(n) ? n : 0;
}

/** The series' row added to (its new value returned); name and count may be placeholders. */
const addTo = (db: Db, t: Store['tables'], name: unknown, count: unknown) =>
  db.update(t.counters).set({ value: sql`${t.counters.value} + ${count}` }).where(sql`${t.counters.name} = ${name}`).returning({ value: t.counters.value });

/** That update prepared once per store on SQLite (every confirmed basket takes a number): undefined on PostgreSQL. */
const added = new WeakMap<Store, ((values: Record<string, unknown>) => PromiseLike<{ value: number }[]>) | undefined>();

function addOn(store: Store): ((values: Record<string, unknown>) => PromiseLike<{ value: number }[]>) | undefined {
  if (!added.has(store)) added.set(store, preparedWrite<{ value: number }[]>(store, addTo(store.db, store.tables, sql.placeholder('name'), sql.placeholder('count'))));
  return added.get(store);
}

/** Takes `count` numbers of the series (at least one): returns the first; the others follow it. */
export function* takeNumbers(db: Db, store: Store, series: Series, prefix: string, count = 1): Tx<number> {
  const t = store.tables;
  const { counters } = t;
  const name = `${series}:${prefix}`;
  const add = sql`${counters.value} + ${count}`;
  const ready = addOn(store);
  let row = yield* one(ready?.({ name, count }) ?? addTo(db, t, name, count));
  if (!row) {
    const highest = yield* highestIn(db, t, series, prefix);
    row = yield* one(
      db
        .insert(counters)
        .values({ name, value: highest + count })
        .onConflictDoUpdate({ target: counters.name, set: { value: add } })
        .returning({ value: counters.value }),
    );
  }
  if (!row) throw new Error(`No number taken for ${name}`);
  return Number(row.value) - count + 1;
}
