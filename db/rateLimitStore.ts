/**
 * Limits counted in the store, so that every instance on one database shares them (a flood
 * spread over N instances is not allowed N times the limit): rate-limiter-flexible's counters on
 * the `rate_limits` table of either store (better-sqlite3's connection, or node-postgres' pool).
 * The table comes from the migrations (db/schema.ts, db/pg/tables), never from the library at run
 * time; expired rows are removed by the retention job (RetentionRepository).
 */
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type Database from 'better-sqlite3';
import { RateLimiterMemory, RateLimiterSQLite, rateLimiterPostgres } from './rateLimiterClasses';
import type { Store } from './store';

export const RATE_LIMITS_TABLE = 'rate_limits';

export interface LimitSpec {
  /** Kept apart from the other limits of the table by this prefix. */
  name: string;
  /** Hits allowed per window. */
  points: number;
  windowMs: number;
}

/**
 * The SQLite connection as the limiter uses it (statements, a transaction around each count), its
 * transaction made once: the library asks better-sqlite3 for a new transaction function at every
 * message, which builds four forms of it with their properties.
 */
function limiterClient(client: Database.Database): Pick<Database.Database, 'prepare' | 'transaction'> {
  const made = client.transaction((run: () => unknown) => run());
  return {
    prepare: ((source: string) => client.prepare(source)) as Database.Database['prepare'],
    transaction: ((fn: (...args: unknown[]) => unknown) => (...args: unknown[]) => made(() => fn(...args))) as Database.Database['transaction'],
  };
}

export function storeRateLimiter(store: Store, spec: LimitSpec): RateLimiterAbstract {
  const counting = { keyPrefix: spec.name, points: spec.points, duration: spec.windowMs / 1000 };
  // When the store does not answer, this instance's own count decides: a flood is still stopped,
  // and a resident is not refused because of a database hiccup.
  const common = { ...counting, tableName: RATE_LIMITS_TABLE, tableCreated: true, clearExpiredByTimeout: false, insuranceLimiter: new RateLimiterMemory(counting) };
  const client = (store.db as unknown as { $client: unknown }).$client;
  if (store.kind === 'sqlite') return new RateLimiterSQLite({ ...common, storeClient: limiterClient(client as Database.Database), storeType: 'better-sqlite3' });
  const RateLimiterPostgres = rateLimiterPostgres();
  return new RateLimiterPostgres({ ...common, storeClient: client, storeType: 'pool' });
}
