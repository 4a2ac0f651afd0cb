/**
 * The PostgreSQL schema (db/pg/schema.ts, built from db/schema.ts) against the SQLite one: the same
 * tables, columns (names, properties, required or not, keys), indexes and foreign keys. Then its
 * committed migrations (db/pg/migrations) applied to a fresh database on the local PostgreSQL
 * server: every table is there, and a second run applies nothing.
 *
 * Without a PostgreSQL server the database part is skipped, saying so (test/support/postgres.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getTableColumns, type Column } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { getTableConfig as pgConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as liteConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as pg from '../../db/pg/schema';
import * as lite from '../../db/schema';
import { describePostgres, freshDatabase, PG_MIGRATIONS, type FreshDatabase } from '../support/postgres';

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

describePostgres('the PostgreSQL migrations', () => {
  let fresh: FreshDatabase;
  beforeAll(async () => {
    fresh = await freshDatabase(false);
  });
  afterAll(() => fresh?.drop());

  it('create every table on a fresh database, and apply nothing the second time', async () => {
    await migrate(fresh.db, { migrationsFolder: PG_MIGRATIONS });
    const tables = (await fresh.pool.query("select table_name from information_schema.tables where table_schema = 'public' order by table_name")).rows.map((r: { table_name: string }) => r.table_name);
    expect(tables).toEqual(liteTables.map((t) => liteConfig(t).name).sort());
    await migrate(fresh.db, { migrationsFolder: PG_MIGRATIONS });
    // One row per migration of the journal, and no more after the second run.
    const journal = JSON.parse(fs.readFileSync(path.join(PG_MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    expect((await fresh.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations')).rows[0]).toEqual({ n: journal.entries.length });
    // The defaults work: an instant in ISO-8601 UTC text, as SQLite writes it.
    await fresh.pool.query("insert into communes (id, name, portal_name, portal_url, family_key_name, school_zone, request_prefix, services, topics) values ('c', 'C', 'P', 'https://p', 'Clé', 'C', 'CX', '[]', '{}')");
    const { created_at } = (await fresh.pool.query("select created_at from communes where id = 'c'")).rows[0] as { created_at: string };
    expect(created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
