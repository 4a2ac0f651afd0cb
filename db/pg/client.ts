/**
 * Opens the PostgreSQL store (DATABASE_URL): a node-postgres pool, drizzle over it, and the
 * committed migrations of db/pg/migrations applied. Several instances may start at once: the
 * migrations run under a session advisory lock, so one applies them and the others find them done.
 */
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import { DatabaseOpenError } from '../client';
import { refuseNewerDatabase, shippedMigrations } from '../migrationCheck';
import { statementCounter } from '../statementCount';
import { postgresStore } from '../postgresStore';
import type { Store } from '../store';

export interface PostgresOptions {
  url: string;
  poolSize: number;
  migrationsFolder: string;
  /** How long a write waits for another's lock before failing (PostgreSQL's lock_timeout). */
  lockTimeoutMs?: number;
  /** Told when an idle connection fails (the server restarted, say); the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

/** The advisory lock held while migrating (any constant: ASCII « ECMG »). */
const MIGRATION_LOCK = 0x45434d47;

/** The URL without its password, for messages. */
export const safeUrl = (url: string): string => {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
};

/** How long to wait for a connection to the server before the turn fails (and apologises). */
const CONNECT_TIMEOUT_MS = 5000;

export async function openPostgres({ url, poolSize, migrationsFolder, lockTimeoutMs = 5000, onIdleError }: PostgresOptions): Promise<Store> {
  // lock_timeout 0 would mean no limit: at least 1 ms, as SQLite's busy timeout 0 fails at once.
  const pool = new Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, lock_timeout: Math.max(1, lockTimeoutMs) });
  pool.on('error', (e) => onIdleError?.(e));
  const db = drizzle(pool, { logger: statementCounter });
  try {
    const client = await pool.connect();
    try {
      const locked = drizzle(client);
      // Another instance may be migrating: wait for it however long it takes.
      await locked.execute(sql`set lock_timeout = 0`);
      await locked.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
      try {
        const table = await locked.execute<{ found: string | null }>(sql`select to_regclass('drizzle.__drizzle_migrations')::text as found`);
        const applied = table.rows[0]?.found ? await locked.execute<{ created_at: string }>(sql`select created_at from drizzle.__drizzle_migrations`) : { rows: [] };
        refuseNewerDatabase(applied.rows.map((r) => r.created_at), shippedMigrations(migrationsFolder));
        await migrate(locked, { migrationsFolder });
      } finally {
        await locked.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
        await locked.execute(sql`reset lock_timeout`);
      }
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new DatabaseOpenError(safeUrl(url), e);
  }
  return postgresStore(db, () => pool.end());
}
