import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { DatabaseOpenError, openDatabase } from '../../db/client';
import { demoDataLoader, schoolYearOf } from '../../db/demo/demoData';
import { writeNow } from '../../db/sqliteStore';
import { demoCommuneConfigs } from '../support/demoCommunes';
import * as schema from '../../db/schema';
import { activities, children, communes, enrolments } from '../../db/schema';

const root = path.resolve(__dirname, '../..');
const migrationsFolder = path.join(root, 'db/migrations');
const demoDir = path.join(root, 'db/demo');

describe('openDatabase', () => {
  it('creates the file and its folder, applies the migrations and sets the pragmas', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'db-'));
    const file = path.join(dir, 'sub', 'store.sqlite');
    const db = openDatabase({ file, migrationsFolder });
    expect(fs.existsSync(file)).toBe(true);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    // A write never waits in SQLite's busy handler (it would block the event loop): the store waits, asynchronously.
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(0);
    const tables = db.$client.prepare("select name from sqlite_master where type='table'").all() as Array<{ name: string }>;
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['communes', 'households', 'reservations', 'invoices', 'bot_state', 'audit_log']));
    db.$client.close();
    // A second open of the same file applies nothing twice.
    const again = openDatabase({ file, migrationsFolder });
    again.$client.close();
  });

  it('fails with a clear error when the file cannot be opened', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'db-'));
    const notADb = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(notADb, 'this is not a database '.repeat(100));
    expect(() => openDatabase({ file: notADb, migrationsFolder })).toThrow(DatabaseOpenError);
  });

  it('fails with a clear error when the migrations cannot be read', () => {
    expect(() => openDatabase({ file: ':memory:', migrationsFolder: '/nonexistent' })).toThrow(/Cannot open or migrate/);
  });
});

describe('loadDemoData', () => {
  it('loads the three communes once, with their activities and demo families', () => {
    const db = openDatabase({ file: ':memory:', migrationsFolder });
    expect(writeNow(db, demoDataLoader(demoDir, demoCommuneConfigs, '2026-11-22', schema))).toBe(true);
    expect(writeNow(db, demoDataLoader(demoDir, demoCommuneConfigs, '2026-11-22', schema))).toBe(false);
    expect(db.select({ n: count() }).from(communes).get()?.n).toBe(3);
    expect(db.select({ n: count() }).from(activities).get()?.n).toBeGreaterThanOrEqual(15);
    expect(db.select({ n: count() }).from(children).get()?.n).toBe(4);
    const years = db.select({ y: enrolments.schoolYear }).from(enrolments).all();
    expect(new Set(years.map((r) => r.y))).toEqual(new Set(['2026-2027']));
  });

  it('computes the school year from 1 September', () => {
    expect(schoolYearOf('2026-08-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-09-01')).toBe('2026-2027');
  });
});
