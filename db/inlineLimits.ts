/**
 * SQLite: a query's limit written into its text (`limit 1`) when it is a number, not bound as a value
 * (`limit ?`, drizzle's way). Since SQLite 3.46 the planner reads a bound limit's value to plan the
 * query, and marks the statement to be compiled again whenever that value is bound anew: better-sqlite3
 * binds every value at each run, so a statement with `limit ?` was compiled again at every run, kept
 * statement or not (db/statementCache.ts) — the session's read of every turn among them, about 2 % of the
 * bot's CPU (`perf record` on `npm run turn:cost`). A limit given as a placeholder (sql.placeholder) is
 * still bound. What a query returns does not change.
 */
import { sql, type SQL } from 'drizzle-orm';

interface LimitBuilder {
  buildLimit(limit: unknown): SQL | undefined;
}

export function inlineLimits(db: object): void {
  const dialect = (db as { dialect?: Partial<LimitBuilder> }).dialect;
  if (typeof dialect?.buildLimit !== 'function') throw new Error('drizzle: the SQLite dialect has no buildLimit (a new drizzle version?): db/inlineLimits.ts needs a look');
  const bound = dialect.buildLimit.bind(dialect);
  dialect.buildLimit = (limit: unknown) => (typeof limit === 'number' && Number.isSafeInteger(limit) && limit >= 0 ? sql` limit ${sql.raw(String(limit))}` : bound(limit));
}
