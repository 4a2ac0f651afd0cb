/**
 * A household's invoices (« mes factures ») are found by an index, not by reading every invoice of
 * the commune: with 20,000 households and a year of invoices, the scan took 26 ms a turn.
 */
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { invoices } from '../../db/schema';

it('reads a household’s invoices, newest first, through the household’s index', () => {
  const db = openDatabase({ file: ':memory:', migrationsFolder: path.resolve(__dirname, '../../db/migrations') });
  try {
    const query = db.select().from(invoices).where(eq(invoices.householdId, 1)).orderBy(desc(invoices.issuedOn), desc(invoices.id)).toSQL();
    const plan = (db.$client.prepare(`explain query plan ${query.sql}`).all(...query.params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/SEARCH invoices USING INDEX invoices_household \(household_id=\?\)/);
  } finally {
    db.$client.close();
  }
});
