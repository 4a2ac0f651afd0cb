/**
 * The local PostgreSQL server for the tests that run against it (TEST_DATABASE_URL, by default
 * postgres://postgres@127.0.0.1:5432/test): whether it answers (asked synchronously, so that jest
 * knows what to skip when it reads a file), and a fresh database per test file with the committed
 * migrations applied, dropped afterwards. Without a server those tests are skipped, saying so,
 * unless REQUIRE_POSTGRES=1 (.ci/run), which makes them fail instead.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Client, Pool } from 'pg';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PG_MIGRATIONS = path.join(__dirname, '..', '..', 'db', 'pg', 'migrations');

function answers(url: string): boolean {
  const { hostname, port } = new URL(url);
  const probe = `require('net').connect(${Number(port || 5432)}, ${JSON.stringify(hostname)}).on('connect', () => process.exit(0)).on('error', () => process.exit(1)).setTimeout(1000, () => process.exit(1))`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 3000 });
    return true;
  } catch {
    return false;
  }
}

export const postgresAvailable = answers(POSTGRES_URL);
if (!postgresAvailable && process.env.REQUIRE_POSTGRES === '1') throw new Error(`PostgreSQL is required here but does not answer at ${POSTGRES_URL}.`);
if (!postgresAvailable) console.warn(`PostgreSQL tests skipped: no server at ${POSTGRES_URL} (set TEST_DATABASE_URL).`);
export const describePostgres = postgresAvailable ? describe : describe.skip;

export interface FreshDatabase {
  url: string;
  /** A pool on it, and drizzle over the pool, as an instance would have. */
  pool: Pool;
  db: NodePgDatabase;
  drop(): Promise<void>;
}

/** A new database with the migrations applied (`migrated: false` for an empty one). */
export async function freshDatabase(migrated = true): Promise<FreshDatabase> {
  const name = `espace_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString(), max: 5 });
  // Dropping the database ends its connections, which a pool may report after it has been ended.
  let dropping = false;
  pool.on('error', (e) => {
    if (!dropping) throw e;
  });
  const db = drizzle(pool);
  if (migrated) await migrate(db, { migrationsFolder: PG_MIGRATIONS });
  return {
    url: url.toString(),
    pool,
    db,
    drop: async () => {
      dropping = true;
      await pool.end();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
