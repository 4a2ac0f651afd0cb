/**
 * The two live databases side by side: a fresh SQLite file migrated with db/migrations (as the bot
 * opens it, db/client.ts) and a fresh PostgreSQL database migrated with db/pg/migrations, read back
 * from the databases themselves (test/support/liveSchemas.ts) and compared table by table: columns
 * (type class, required or not, default), primary key, foreign keys and their ON DELETE, unique
 * constraints, indexes with their columns, uniqueness and predicate. Both schemas are written in
 * drizzle (db/schema.ts, db/pg/schema.ts) and their migrations generated: this is what says that
 * what was generated, and applied in order, is the same schema. Also: the PostgreSQL migrations
 * apply to a fresh database and a second run applies nothing.
 *
 * Without a PostgreSQL server the comparison is skipped, saying so (test/support/postgres.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { openDatabase } from '../../db/client';
import * as lite from '../../db/schema';
import { readPostgresSchema, readSqliteSchema, sqliteModes } from '../support/liveSchemas';
import { describePostgres, freshDatabase, PG_MIGRATIONS, type FreshDatabase } from '../support/postgres';
import type { TableShape } from '../support/schemaShape';

const SQLITE_MIGRATIONS = path.join(__dirname, '..', '..', 'db', 'migrations');
const tableNames = (Object.values(lite) as unknown[])
  .filter((x): x is SQLiteTable => typeof x === 'object' && x !== null && Symbol.for('drizzle:IsDrizzleTable') in x)
  .map((t) => getTableConfig(t).name)
  .sort();

/** A fresh SQLite file, migrated as the bot migrates it, read back. */
function sqliteShapes(): TableShape[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-'));
  const db = openDatabase({ file: path.join(dir, 'store.sqlite'), migrationsFolder: SQLITE_MIGRATIONS });
  try {
    return readSqliteSchema(db.$client, sqliteModes(lite));
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the SQLite database, as migrated', () => {
  it('has every table of db/schema.ts, each read back with its columns and keys', () => {
    const shapes = sqliteShapes();
    expect(shapes.map((t) => t.name)).toEqual(tableNames);
    expect(tableNames.length).toBeGreaterThan(25);
    // The readers see what matters here, or the comparison below would compare nothing.
    const invoices = shapes.find((t) => t.name === 'invoices')!;
    expect(invoices.indexes.find((i) => i.name === 'invoices_monthly_once')).toEqual({ name: 'invoices_monthly_once', columns: ['household_id', 'period_start'], unique: true, where: "kind='monthly'" });
    expect(invoices.columns.find((c) => c.name === 'created_at')).toEqual({ name: 'created_at', type: 'text', notNull: true, default: 'now-iso' });
    expect(invoices.primaryKey).toEqual({ columns: ['id'], generated: true });
    const households = shapes.find((t) => t.name === 'households')!;
    expect(households.columns.find((c) => c.name === 'e_invoice')).toEqual({ name: 'e_invoice', type: 'boolean', notNull: true, default: 'false' });
    const baskets = shapes.find((t) => t.name === 'baskets')!;
    expect(baskets.foreignKeys).toContainEqual({ columns: ['account_id'], table: 'accounts', foreignColumns: ['id'], onDelete: 'set null', onUpdate: 'no action' });
    expect(baskets.columns.find((c) => c.name === 'changes')?.type).toBe('json');
  });
});

describePostgres('the PostgreSQL database, as migrated', () => {
  let fresh: FreshDatabase;
  let sqlite: TableShape[];
  let postgres: TableShape[];
  beforeAll(async () => {
    fresh = await freshDatabase(false);
    sqlite = sqliteShapes();
  });
  afterAll(() => fresh?.drop());

  it('is made by the committed migrations on a fresh database, and a second run applies nothing', async () => {
    await migrate(fresh.db, { migrationsFolder: PG_MIGRATIONS });
    const applied = (await fresh.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations')).rows[0] as { n: number };
    await migrate(fresh.db, { migrationsFolder: PG_MIGRATIONS });
    expect((await fresh.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations')).rows[0]).toEqual(applied);
    postgres = await readPostgresSchema(fresh.pool);
    expect(postgres.map((t) => t.name)).toEqual(tableNames);
  });

  it.each(tableNames)('%s: the same columns, keys and indexes as on SQLite', (name) => {
    expect(postgres.find((t) => t.name === name)).toEqual(sqlite.find((t) => t.name === name));
  });

  it('writes the instant defaults as SQLite does: ISO-8601 UTC text with milliseconds', async () => {
    await fresh.pool.query("insert into communes (id, name, portal_name, portal_url, family_key_name, school_zone, request_prefix, services, topics) values ('c', 'C', 'P', 'https://p', 'Clé', 'C', 'CX', '[]', '{}')");
    const { created_at } = (await fresh.pool.query("select created_at from communes where id = 'c'")).rows[0] as { created_at: string };
    expect(created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('keeps one monthly invoice per household and month, and lets one-off invoices share a period', async () => {
    await fresh.pool.query("insert into households (commune_id, file_number, name) values ('c', 'F1', 'Famille')");
    const invoice = (number: string, kind: string) =>
      fresh.pool.query("insert into invoices (household_id, number, label, period_start, issued_on, due_on, total_cents, status, kind) values (1, $1, 'L', '2026-11-01', '2026-12-01', '2026-12-15', 100, 'issued', $2)", [number, kind]);
    await invoice('M1', 'monthly');
    await expect(invoice('M2', 'monthly')).rejects.toThrow(/invoices_monthly_once/);
    await invoice('O1', 'oneOff');
    await invoice('O2', 'oneOff');
  });
});
