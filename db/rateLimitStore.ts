/**
 * Limits counted in the store, so that every instance on one database shares them (a flood
 * spread over N instances is not allowed N times the limit): rate-limiter-flexible's counters on
 * the `rate_limits` table of either store (better-sqlite3's connection, or node-postgres' pool).
 * The table comes from the migrations (db/schema.ts, db/pg/tables), never from the library at run
 * time; expired rows are removed by the retention job (RetentionRepository).
 */
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Store } from './store';

export const RATE_LIMITS_TABLE = 'rate_limits';

export interface LimitSpec {
  /** Kept apart from the other limits of the table by this prefix. */
  name: string;
  /** Hits allowed per window. */
  points: number;
  windowMs: number;
}

export function storeRateLimiter(store: Store, spec: LimitSpec): RateLimiterAbstract {
  const counting = { keyPrefix: spec.name, points: spec.points, duration: spec.windowMs / 1000 };
  // When the store does not answer, this instance's own count decides: a flood is still stopped,
  // and a resident is not refused because of a database hiccup.
  const common = { ...counting, tableName: RATE_LIMITS_TABLE, tableCreated: true, clearExpiredByTimeout: false, insuranceLimiter: new RateLimiterMemory(counting) };
  const client = (store.db as unknown as { $client: unknown }).$client;
  if (store.kind === 'sqlite') return new RateLimiterSQLite({ ...common, storeClient: client, storeType: 'better-sqlite3' });
  return new RateLimiterPostgres({ ...common, storeClient: client, storeType: 'pool' });
}
