/**
 * db/migrations/0010 on a SQLite database as the bot left it at 0009: payments copied into a table
 * whose account_id has ON DELETE SET NULL (0003 had added it without), every row and id kept, ids
 * still never handed out twice, and an account that paid an invoice can now be deleted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { AccountRepository } from '../../db/repositories/accountRepository';
import { sqliteStore } from '../../db/sqliteStore';

const MIGRATIONS = path.join(__dirname, '..', '..', 'db', 'migrations');

/** The migrations folder as it was before 0010: the same files, the journal cut there. */
function migrationsUpTo(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const last = journal.entries.findIndex((e) => e.tag === tag);
  expect(last).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, last + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe('migration 0010: payments.account_id set null on delete', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'payments-'));
  const file = path.join(dir, 'store.sqlite');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every payment and its id, and the next id after the last ever given', async () => {
    const before = openDatabase({ file, migrationsFolder: migrationsUpTo('0009_census_retention') });
    const run = (q: string) => before.$client.exec(q);
    run("insert into communes (id, name, portal_name, portal_url, family_key_name, school_zone, request_prefix, services, topics) values ('c', 'C', 'P', 'https://p', 'Clé', 'C', 'CX', '[]', '{}')");
    run("insert into households (commune_id, file_number, name) values ('c', 'F1', 'Famille')");
    run("insert into accounts (commune_id, email, first_name, last_name) values ('c', 'a@example.org', 'A', 'B')");
    run("insert into invoices (household_id, number, label, issued_on, due_on, total_cents, status) values (1, 'N1', 'Novembre', '2026-12-01', '2026-12-15', 1250, 'issued')");
    for (const ref of ['R1', 'R2', 'R3']) run(`insert into payments (invoice_id, reference, amount_cents, status, provider, account_id, error_code) values (1, '${ref}', 1250, 'paid', 'paybox', 1, '00000')`);
    run("delete from payments where reference = 'R3'");
    // Before 0010, the account cannot go: its payment holds it.
    expect(() => run('delete from accounts where id = 1')).toThrow(/FOREIGN KEY/);
    const rows = before.$client.prepare('select * from payments order by id').all();
    before.$client.close();

    const after = openDatabase({ file, migrationsFolder: MIGRATIONS });
    try {
      expect(after.$client.prepare('select * from payments order by id').all()).toEqual(rows);
      const keys = after.$client.pragma('foreign_key_list(payments)') as Array<{ from: string; on_delete: string }>;
      expect(keys.find((k) => k.from === 'account_id')?.on_delete).toBe('SET NULL');
      expect(after.$client.pragma('foreign_key_check')).toEqual([]);
      expect((after.$client.pragma('index_list(payments)') as Array<{ name: string }>).map((i) => i.name).sort()).toEqual(['payments_invoice', 'payments_reference']);
      // R3's id (3) is not handed out again, as AUTOINCREMENT promised before the copy.
      after.$client.exec("insert into payments (invoice_id, reference, amount_cents, status, provider) values (1, 'R4', 1250, 'pending', 'paybox')");
      expect(after.$client.prepare("select id from payments where reference = 'R4'").get()).toEqual({ id: 4 });

      await new AccountRepository(sqliteStore(after)).delete(1);
      expect(after.$client.prepare('select count(*) as n from accounts').get()).toEqual({ n: 0 });
      expect(after.$client.prepare('select reference, account_id from payments order by id').all()).toEqual([
        { reference: 'R1', account_id: null },
        { reference: 'R2', account_id: null },
        { reference: 'R4', account_id: null },
      ]);
    } finally {
      after.$client.close();
    }
  });
});
