/**
 * The PostgreSQL schema (db/pg/schema.ts, built from db/schema.ts) against the SQLite one: the same
 * tables, columns (names, properties, required or not, keys), indexes and foreign keys. Then its
 * committed migrations (db/pg/migrations) applied to a fresh database on the local PostgreSQL
 * server: every table is there, and a second run applies nothing.
 *
 * Without a PostgreSQL server on 127.0.0.1:5432 (or TEST_DATABASE_URL) the database part is
 * skipped, saying so; .ci/run sets REQUIRE_POSTGRES=1 so that in CI a missing server fails instead.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { getTableColumns, type Column } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { getTableConfig as pgConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as liteConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { Client } from 'pg';
import * as pg from '../../db/pg/schema';
import * as lite from '../../db/schema';

const URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the server answers, asked synchronously (jest decides what to skip when it reads the file). */
function reachable(url: string): boolean {
  const { hostname, port } = new globalThis.URL(url);
  const probe = `require('net').connect(${Number(port || 5432)}, ${JSON.stringify(hostname)}).on('connect', () => process.exit(0)).on('error', () => process.exit(1)).setTimeout(1000, () => process.exit(1))`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 3000 });
    return true;
  } catch {
    return false;
  }
}
const available = reachable(URL);
if (!available && process.env.REQUIRE_POSTGRES === '1') throw new Error(`PostgreSQL is required here but does not answer at ${URL}.`);
if (!available) console.warn(`PostgreSQL tests skipped: no server at ${URL} (set TEST_DATABASE_URL).`);
const describePg = available ? describe : describe.skip;

const liteTables = (Object.values(lite) as unknown[]).filter((x): x is SQLiteTable => typeof x === 'object' && x !== null && Symbol.for('drizzle:IsDrizzleTable') in x);
const pgTables = (Object.values(pg) as unknown[]).filter((x): x is PgTable => typeof x === 'object' && x !== null && Symbol.for('drizzle:IsDrizzleTable') in x);

const columnsOf = (table: SQLiteTable | PgTable) =>
  Object.entries(getTableColumns(table)).map(([property, c]: [string, Column]) => ({ property, name: c.name, notNull: c.notNull, primary: c.primary, hasDefault: c.hasDefault }));

describe('the PostgreSQL schema', () => {
  it('has every table of the SQLite schema, and no other', () => {
    expect(pgTables.map((t) => pgConfig(t).name).sort()).toEqual(liteTables.map((t) => liteConfig(t).name).sort());
    expect(liteTables.length).toBeGreaterThan(25);
  });

  it.each(liteTables.map((t) => [liteConfig(t).name, t] as const))('%s: same columns, indexes and foreign keys', (name, table) => {
    const twin = pgTables.find((t) => pgConfig(t).name === name)!;
    expect(columnsOf(twin)).toEqual(columnsOf(table));
    const indexes = (config: { indexes: Array<{ config: { name: string; unique: boolean; columns: unknown[] } }> }) =>
      config.indexes.map((i) => ({ name: i.config.name, unique: i.config.unique, columns: i.config.columns.map((c) => (c as Column).name) })).sort((a, b) => a.name.localeCompare(b.name));
    expect(indexes(pgConfig(twin) as never)).toEqual(indexes(liteConfig(table) as never));
    const keys = (fks: Array<{ reference(): { columns: Column[]; foreignColumns: Column[]; foreignTable: unknown } ; onDelete?: string }>, configOf: (t: never) => { name: string }) =>
      fks.map((fk) => {
        const r = fk.reference();
        return { columns: r.columns.map((c) => c.name), table: configOf(r.foreignTable as never).name, foreign: r.foreignColumns.map((c) => c.name), onDelete: fk.onDelete ?? 'no action' };
      }).sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
    expect(keys(pgConfig(twin).foreignKeys as never, pgConfig as never)).toEqual(keys(liteConfig(table).foreignKeys as never, liteConfig as never));
  });
});

describePg('the PostgreSQL migrations', () => {
  const database = `espace_test_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: URL });
  let client: Client;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database ${database}`);
    const url = new globalThis.URL(URL);
    url.pathname = `/${database}`;
    client = new Client({ connectionString: url.toString() });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await admin.query(`drop database if exists ${database}`);
    await admin.end();
  });

  it('create every table on a fresh database, and apply nothing the second time', async () => {
    const db = drizzle(client);
    const folder = path.join(__dirname, '..', '..', 'db', 'pg', 'migrations');
    await migrate(db, { migrationsFolder: folder });
    const tables = (await client.query("select table_name from information_schema.tables where table_schema = 'public' order by table_name")).rows.map((r: { table_name: string }) => r.table_name);
    expect(tables).toEqual(liteTables.map((t) => liteConfig(t).name).sort());
    await migrate(db, { migrationsFolder: folder });
    expect((await client.query('select count(*)::int as n from drizzle.__drizzle_migrations')).rows[0]).toEqual({ n: 1 });
    // The defaults work: an instant in ISO-8601 UTC text, as SQLite writes it.
    await client.query("insert into communes (id, name, portal_name, portal_url, family_key_name, school_zone, request_prefix, services, topics) values ('c', 'C', 'P', 'https://p', 'Clé', 'C', 'CX', '[]', '{}')");
    const { created_at } = (await client.query("select created_at from communes where id = 'c'")).rows[0] as { created_at: string };
    expect(created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
