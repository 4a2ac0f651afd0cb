/**
 * STOP by SMS finds the accounts of a number by the index on their phone's last 9 digits (accounts.phone_key), not by
 * reading every account with a phone; the key is written with the phone, and migration 0023 fills it for the phones
 * written before it, whatever their form (« +33 6 … », « 06.… », spaces). PostgreSQL's run is test/e2e/sms.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { accounts } from '../../db/schema';
import { phoneKey, withPhoneKey } from '../../db/repositories/phoneKey';

const MIGRATIONS = path.resolve(__dirname, '../../db/migrations');

function withDb(run: (db: ReturnType<typeof openDatabase>) => void): void {
  const db = openDatabase({ file: ':memory:', migrationsFolder: MIGRATIONS });
  try {
    run(db);
  } finally {
    db.$client.close();
  }
}

describe('accounts by phone', () => {
  it('are read through the phone key\'s index', () => {
    withDb((db) => {
      const query = db.select().from(accounts).where(eq(accounts.phoneKey, '655443322')).toSQL();
      const plan = (db.$client.prepare(`explain query plan ${query.sql}`).all(...query.params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
      expect(plan).toMatch(/SEARCH accounts USING INDEX accounts_phone_key \(phone_key=\?\)/);
    });
  });

  it('one key for the forms a number is written in', () => {
    expect(['+33 6 55 44 33 22', '06 55 44 33 22', '06.55.44.33.22', '0655443322', '+33655443322', '(+33) 6-55-44-33-22'].map(phoneKey)).toEqual(Array(6).fill('655443322'));
    expect(withPhoneKey({ phone: '06 55 44 33 22' }).phoneKey).toBe('655443322');
    expect(withPhoneKey({ phone: null }).phoneKey).toBeNull();
    expect('phoneKey' in withPhoneKey({ email: 'a@b.fr' } as { phone?: string; email: string })).toBe(false);
  });

  it('migration 0023 fills the key of phones written before it', () => {
    const file = fs.readdirSync(MIGRATIONS).find((f) => f.startsWith('0023_'));
    const fill = fs.readFileSync(path.join(MIGRATIONS, file ?? ''), 'utf8').split('--> statement-breakpoint').find((s) => /^\s*UPDATE/.test(s));
    withDb((db) => {
      // The accounts alone: no commune is needed to fill their keys.
      db.$client.exec('pragma foreign_keys = off');
      const forms = ['+33 6 55 44 33 22', '06.55.44.33.22', '06 55 44 33 22', '0655443322', '06\u00a055\u00a044\u00a033\u00a022'];
      forms.forEach((phone, i) => db.$client.prepare("insert into accounts (commune_id, email, first_name, last_name, phone) values ('x-commune', ?, 'A', 'B', ?)").run(`p${i}@example.org`, phone));
      db.$client.exec(fill ?? '');
      expect(db.$client.prepare('select phone_key as key from accounts order by id').all()).toEqual(forms.map(() => ({ key: '655443322' })));
    });
  });
});
