/**
 * What a repository needs of the store it runs on, SQLite (better-sqlite3, the default) or
 * PostgreSQL (node-postgres): its drizzle database and its tables. A repository written against a
 * Store awaits each query (drizzle's SQLite builder is awaitable too) and reads write counts with
 * changed(), so the same code runs on both. The PostgreSQL database and tables are typed as
 * SQLite's: the queries read the same, and test/db/pgSchema.test.ts keeps the two schemas' tables,
 * columns and keys identical.
 *
 * Repositories move to it one by one (so far: job leases and runs, communes, the audit log,
 * remembered conversations); the bot does not run on PostgreSQL yet.
 */
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Db } from './client';
import * as schema from './schema';

export interface Store {
  db: Db;
  tables: typeof schema;
}

export const sqliteStore = (db: Db): Store => ({ db, tables: schema });

/** PostgreSQL's tables are built here, not at start: the SQLite default does not pay for them (about 15 ms). */
export function postgresStore(db: NodePgDatabase): Store {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tables = require('./pg/schema') as typeof import('./pg/schema');
  return { db: db as unknown as Db, tables: tables as unknown as typeof schema };
}

/** How many rows a write changed: SQLite's run result says `changes`, PostgreSQL's `rowCount`. */
export function changed(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}
