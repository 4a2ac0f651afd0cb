/**
 * SQLite: a number given as a query's limit is written in its text (db/inlineLimits.ts), not bound:
 * SQLite compiles a statement with a bound limit (`limit ?`) again at every run.
 */
import path from 'node:path';
import { desc, eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { communes } from '../../db/schema';

const migrationsFolder = path.resolve(__dirname, '../../db/migrations');

describe('limits in the SQL text', () => {
  const db = openDatabase({ file: ':memory:', migrationsFolder });
  afterAll(() => db.$client.close());

  it('writes a numeric limit into the statement, with no value bound for it', () => {
    const query = db.select({ id: communes.id }).from(communes).where(eq(communes.id, sql.placeholder('id'))).orderBy(desc(communes.id)).limit(1);
    const built = query.toSQL();
    expect(built.sql).toMatch(/ limit 1$/);
    expect(built.sql).not.toContain('?,');
    expect(built.params).toHaveLength(1);
    expect(db.select({ id: communes.id }).from(communes).limit(0).toSQL().sql).toMatch(/ limit 0$/);
  });

  it('still binds a limit given as a placeholder', () => {
    const built = db.select({ id: communes.id }).from(communes).limit(sql.placeholder('n')).toSQL();
    expect(built.sql).toMatch(/ limit \?$/);
    expect(built.params).toHaveLength(1);
  });
});
