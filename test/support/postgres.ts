/**
 * The local PostgreSQL server for the tests that run against it (TEST_DATABASE_URL, by default
 * postgres://postgres@127.0.0.1:5432/test): whether it answers (asked synchronously, so that jest
 * knows what to skip when it reads a file), and a fresh database per test file with the committed
 * migrations applied, dropped afterwards. Without a server those tests are skipped, saying so,
 * unless REQUIRE_POSTGRES=1 (.ci/run), which makes them fail instead.
 */
import path from 'node:path';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Client, Pool } from 'pg';
import { statementCounter } from '../../db/statementCount';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const probe = require('./postgresProbe') as { POSTGRES_URL: string; RUN_PREFIX: string; answers(url?: string): boolean; createDatabaseSync(options?: { migrated?: boolean }): string };

export const POSTGRES_URL = probe.POSTGRES_URL;
export const PG_MIGRATIONS = path.join(__dirname, '..', '..', 'db', 'pg', 'migrations');
/** True in the PostgreSQL project of the test run: instances started by the tests run on PostgreSQL. */
export const onPostgres = process.env.TEST_STORE === 'postgres';
/** A database for an instance, made synchronously (its URL): with the migrations applied, or empty for the instance to migrate (`migrated: false`). */
export const createDatabaseSync = (options?: { migrated?: boolean }): string => probe.createDatabaseSync(options);

export const postgresAvailable = probe.answers(POSTGRES_URL);
if (!postgresAvailable && process.env.REQUIRE_POSTGRES === '1') throw new Error(`PostgreSQL is required here but does not answer at ${POSTGRES_URL}.`);
if (!postgresAvailable) console.warn(`PostgreSQL tests skipped: no server at ${POSTGRES_URL} (set TEST_DATABASE_URL).`);
export const describePostgres = postgresAvailable ? describe : describe.skip;

export interface FreshDatabase {
  url: string;
  /** A pool on it, and drizzle over the pool, as an instance would have. */
  pool: Pool;
  db: NodePgDatabase;
  /** Another pool on the same database, as a second instance would have; ended by drop(). */
  another(): NodePgDatabase;
  drop(): Promise<void>;
}

/** A new database with the migrations applied (`migrated: false` for an empty one). */
export async function freshDatabase(migrated = true): Promise<FreshDatabase> {
  // Named like the instances' databases: the run's teardown drops them all (see drop()).
  const name = `${probe.RUN_PREFIX}${process.pid}_t${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`).finally(() => admin.end());
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  // Dropping the database ends its connections, which a pool may report after it has been ended.
  let dropping = false;
  const pools: Pool[] = [];
  const open = () => {
    const pool = new Pool({ connectionString: url.toString(), max: 5 });
    pool.on('error', (e) => {
      if (!dropping) throw e;
    });
    pools.push(pool);
    return pool;
  };
  const pool = open();
  const db = drizzle(pool, { logger: statementCounter });
  if (migrated) await migrate(db, { migrationsFolder: PG_MIGRATIONS });
  return {
    url: url.toString(),
    pool,
    db,
    another: () => drizzle(open(), { logger: statementCounter }),
    // Only the connections are closed here. DROP DATABASE makes PostgreSQL checkpoint, which waits
    // for every dirty page of the server: under the load of a full run that took more than a test's
    // 20 s. The databases are dropped together at the end of the run (dropInstanceDatabases).
    drop: async () => {
      dropping = true;
      await Promise.all(pools.map((p) => p.end()));
    },
  };
}
