/**
 * A database upgraded by a newer version of the bot (a migration this code does not ship) is
 * refused at start with a clear message, on both stores, and left as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { DatabaseOpenError, openDatabase } from '../../db/client';
import { DatabaseTooNewError, isUpToDate, refuseNewerDatabase, shippedMigrations } from '../../db/migrationCheck';
import { statementsRun } from '../../db/statementCount';
import { openPostgres } from '../../db/pg/client';
import { describePostgres, freshDatabase, PG_MIGRATIONS } from '../support/postgres';

const SQLITE_MIGRATIONS = path.join(__dirname, '..', '..', 'db', 'migrations');

describe('refuseNewerDatabase', () => {
  const shipped = [
    { when: 100, tag: '0000_a' },
    { when: 200, tag: '0001_b' },
  ];

  it('accepts a new database, an up-to-date one and an older one', () => {
    expect(() => refuseNewerDatabase([], shipped)).not.toThrow();
    expect(() => refuseNewerDatabase([100, 200], shipped)).not.toThrow();
    expect(() => refuseNewerDatabase(['100'], shipped)).not.toThrow();
  });

  it('refuses a database with migrations later than the last shipped, counting them', () => {
    let error: unknown;
    try {
      refuseNewerDatabase([100, 200, '300', 400n], shipped);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as DatabaseTooNewError).unknownCount).toBe(2);
    expect((error as DatabaseTooNewError).lastKnown).toBe('0001_b');
  });

  it('tells an up-to-date database from a new or an older one', () => {
    expect(isUpToDate([100, 200], shipped)).toBe(true);
    expect(isUpToDate(['200'], shipped)).toBe(true);
    expect(isUpToDate([], shipped)).toBe(false);
    expect(isUpToDate([100], shipped)).toBe(false);
  });

  it('reads the shipped journal of both stores', () => {
    expect(shippedMigrations(SQLITE_MIGRATIONS).length).toBeGreaterThan(10);
    expect(shippedMigrations(PG_MIGRATIONS).length).toBeGreaterThan(3);
  });
});

describe('SQLite: a database from a newer version', () => {
  it('is refused at open and not changed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newer-'));
    const file = path.join(dir, 'store.sqlite');
    const db = openDatabase({ file, migrationsFolder: SQLITE_MIGRATIONS });
    const last = Math.max(...shippedMigrations(SQLITE_MIGRATIONS).map((e) => e.when));
    db.$client.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('future', last + 1000);
    db.$client.exec('create table from_the_future (id integer)');
    db.$client.close();

    let error: unknown;
    try {
      openDatabase({ file, migrationsFolder: SQLITE_MIGRATIONS }).$client.close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).cause).toBeInstanceOf(DatabaseTooNewError);
    // An older one (every migration known) still opens, and nothing was removed.
    const raw = openDatabase({ file: ':memory:', migrationsFolder: SQLITE_MIGRATIONS });
    raw.$client.close();
    const Database = jest.requireActual<typeof import('better-sqlite3')>('better-sqlite3');
    const check = new Database(file, { readonly: true });
    expect(check.prepare(`select count(*) as n from sqlite_master where name = 'from_the_future'`).get()).toEqual({ n: 1 });
    check.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite: an up-to-date database', () => {
  it('opens with no migrator run (no statement through drizzle), its data kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'current-'));
    const file = path.join(dir, 'store.sqlite');
    const before = statementsRun();
    const first = openDatabase({ file, migrationsFolder: SQLITE_MIGRATIONS });
    expect(statementsRun()).toBeGreaterThan(before);
    first.$client.exec('create table kept (id integer)');
    first.$client.close();
    const again = statementsRun();
    const db = openDatabase({ file, migrationsFolder: SQLITE_MIGRATIONS });
    expect(statementsRun()).toBe(again);
    expect(db.$client.prepare(`select count(*) as n from sqlite_master where name in ('kept', '__drizzle_migrations')`).get()).toEqual({ n: 2 });
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describePostgres('PostgreSQL: a database from a newer version', () => {
  it('is refused at open, and a current one opens', async () => {
    const fresh = await freshDatabase(true);
    try {
      const current = await openPostgres({ url: fresh.url, poolSize: 2, migrationsFolder: PG_MIGRATIONS });
      await current.close();
      const last = Math.max(...shippedMigrations(PG_MIGRATIONS).map((e) => e.when));
      await fresh.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', ${last + 1000})`);
      const opened = openPostgres({ url: fresh.url, poolSize: 2, migrationsFolder: PG_MIGRATIONS });
      await expect(opened).rejects.toBeInstanceOf(DatabaseOpenError);
      await expect(opened).rejects.toHaveProperty('cause', expect.any(DatabaseTooNewError));
    } finally {
      await fresh.drop();
    }
  });

  it('opens an empty database (no migrations table yet)', async () => {
    const fresh = await freshDatabase(false);
    try {
      const store = await openPostgres({ url: fresh.url, poolSize: 2, migrationsFolder: PG_MIGRATIONS });
      await store.close();
    } finally {
      await fresh.drop();
    }
  });
});
