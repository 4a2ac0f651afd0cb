/**
 * SQLite statements prepared once per text: drizzle prepares every query again when it runs it
 * (better-sqlite3's prepare, a compile of the SQL, was the largest cost of the database in a turn).
 * The connection's `prepare` is given a cache of the statements by their SQL text (the values are
 * bound at each run, so the same query with other values is one statement); the least recently
 * used are let go beyond `size`. A statement taken again is put back in its plain mode (drizzle
 * turns on `raw` for the selects it maps itself).
 */
import type Database from 'better-sqlite3';

export function cacheStatements(sqlite: Database.Database, size = 500): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const kept = statements.get(source);
    if (kept) {
      statements.delete(source);
      statements.set(source, kept);
      if (kept.reader) kept.raw(false);
      return kept;
    }
    const statement = prepare(source);
    statements.set(source, statement);
    if (statements.size > size) statements.delete(statements.keys().next().value as string);
    return statement;
  }) as typeof sqlite.prepare;
}
