/**
 * Opens the SQLite store: creates the file and its folder, sets the pragmas for a server
 * (WAL, busy timeout, foreign keys) and applies the committed migrations; a database written by a
 * newer version of the bot is refused (db/migrationCheck.ts). The migrations may wait for another
 * process's lock (nothing is served yet); then the connection's busy_timeout is 0: a write never
 * waits in SQLite's busy handler, which would block the event loop, but asynchronously in the store
 * (db/store.ts, sqliteStore).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { inlineLimits } from './inlineLimits';
import { isUpToDate, refuseNewerDatabase, shippedMigrations } from './migrationCheck';
import * as schema from './schema';
import { cacheStatements } from './statementCache';
import { statementCounter } from './statementCount';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export class DatabaseOpenError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`Cannot open or migrate the database at ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  /** A file path, or ':memory:'. */
  file: string;
  migrationsFolder: string;
  /** How long the migrations wait for another connection's lock before failing (SQLITE_BUSY). */
  busyTimeoutMs?: number;
}

export function openDatabase({ file, migrationsFolder, busyTimeoutMs = 5000 }: OpenOptions): Db {
  let sqlite: Database.Database | undefined;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    sqlite = new Database(file);
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    // Deleted and rewritten content is overwritten with zeros, not left in free space (one-time links swept from the history).
    sqlite.pragma('secure_delete = ON');
    const db = drizzle(sqlite, { schema, logger: statementCounter }) as Db;
    // `limit 1` in the text, not `limit ?`: SQLite compiles a statement with a bound limit again at every run.
    inlineLimits(db);
    const applied = appliedMigrations(sqlite);
    const shipped = shippedMigrations(migrationsFolder);
    refuseNewerDatabase(applied, shipped);
    if (!isUpToDate(applied, shipped)) migrate(db, { migrationsFolder });
    sqlite.pragma('busy_timeout = 0');
    cacheStatements(sqlite);
    return db;
  } catch (e) {
    sqlite?.close();
    throw new DatabaseOpenError(file, e);
  }
}

/** The journal timestamps of the migrations already applied (none for a new file). */
function appliedMigrations(sqlite: Database.Database): number[] {
  const table = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'`).get();
  if (!table) return [];
  return (sqlite.prepare('select created_at from __drizzle_migrations').all() as { created_at: number }[]).map((r) => Number(r.created_at));
}
