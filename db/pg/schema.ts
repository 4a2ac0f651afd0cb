/**
 * The PostgreSQL schema, written out with drizzle's pg-core in db/pg/tables/ (by area: families,
 * requests, bookings, invoices, sign-in, bot and jobs) and gathered here, where
 * drizzle.pg.config.ts and db/store.ts read it. It is db/schema.ts said for PostgreSQL: every
 * table, column, default, foreign key (with its ON DELETE) and index (with its WHERE) under the
 * same table, column and property names, so that a repository's query reads the same on both
 * stores and db/store.ts can type these tables as SQLite's. Only the types are PostgreSQL's:
 * boolean for SQLite's integer booleans, jsonb for its JSON text, identity columns for
 * AUTOINCREMENT, to_char(now()…) for strftime('…','now').
 *
 * Written out rather than built from db/schema.ts at run time: drizzle-kit then sees every detail
 * (a partial index's predicate was lost that way), and the migrations it generates in
 * db/pg/migrations (`npm run db:generate`, with SQLite's) say exactly what the tables are. The
 * bot applies them at start when DATABASE_URL is set (db/pg/client.ts). Nothing keeps the two
 * files in step but the tests: test/db/pgTables.test.ts (same tables, properties and row types)
 * and test/db/pgSchema.test.ts (both databases, as migrated, read back and compared).
 */
export * from './tables/families';
export * from './tables/requests';
export * from './tables/bookings';
export * from './tables/invoices';
export * from './tables/signIn';
export * from './tables/bot';
export * from './tables/agents';
