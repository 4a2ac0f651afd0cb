/**
 * Plain SQL for the tests' own checks, on whichever store the instance runs (SQLite or PostgreSQL).
 * Counts are cast to integer: PostgreSQL's count(*) is a bigint, which node-postgres gives as text.
 */
import type { SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { changed, type Store } from '../../db/store';

export async function rowsOf<T = Record<string, unknown>>(on: { store: Store }, query: SQL): Promise<T[]> {
  const { store } = on;
  if (store.kind === 'sqlite') return store.db.all<T>(query);
  return (await (store.db as unknown as NodePgDatabase).execute(query)).rows as T[];
}

export async function oneOf<T = Record<string, unknown>>(on: { store: Store }, query: SQL): Promise<T | undefined> {
  return (await rowsOf<T>(on, query))[0];
}

/**
 * A statement without rows (insert, update, delete without returning), which SQLite's `all` refuses:
 * how many rows it changed.
 */
export async function run(on: { store: Store }, query: SQL): Promise<number> {
  const { store } = on;
  if (store.kind === 'sqlite') return changed(store.db.run(query));
  return changed(await (store.db as unknown as NodePgDatabase).execute(query));
}
