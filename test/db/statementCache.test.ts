/** SQLite statements kept by their text (db/statementCache.ts): one compile per text, plain mode back, bounded. */
import Database from 'better-sqlite3';
import { cacheStatements } from '../../db/statementCache';

it('gives the same statement for the same text, in its plain mode, and lets the oldest go beyond its size', () => {
  const sqlite = new Database(':memory:');
  try {
    cacheStatements(sqlite, 2);
    sqlite.exec('create table t (a integer, b text)');
    sqlite.prepare('insert into t values (?, ?)').run(1, 'x');
    const first = sqlite.prepare('select a, b from t where a = ?');
    expect(sqlite.prepare('select a, b from t where a = ?')).toBe(first);
    // drizzle reads its selects as arrays (raw); the next user gets rows as objects again.
    expect(first.raw().get(1)).toEqual([1, 'x']);
    expect(sqlite.prepare('select a, b from t where a = ?').get(1)).toEqual({ a: 1, b: 'x' });
    sqlite.prepare('select b from t');
    sqlite.prepare('select a from t');
    expect(sqlite.prepare('select a, b from t where a = ?')).not.toBe(first);
  } finally {
    sqlite.close();
  }
});
