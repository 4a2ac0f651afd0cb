/**
 * The store's schema (drizzle-orm, SQLite), written out in db/tables/ by area (families,
 * requests, bookings, invoices, sign-in, bot and jobs) and gathered here, where drizzle.config.ts,
 * db/client.ts and db/store.ts read it. Migrations in db/migrations are generated from it by
 * `npm run db:generate` and committed; never edit them by hand. PostgreSQL's schema says the same
 * in db/pg/tables/ (re-exported by db/pg/schema.ts), file for file: a table or column added here
 * is added there too, under the same names, before generating (test/db/pgTables.test.ts and
 * test/db/pgSchema.test.ts fail until both stores agree).
 *
 * Conventions: money in integer cents, calendar days as 'YYYY-MM-DD' text, instants as
 * ISO-8601 UTC text, structured configuration as JSON text validated by the domain.
 */
export * from './tables/families';
export * from './tables/requests';
export * from './tables/bookings';
export * from './tables/invoices';
export * from './tables/signIn';
export * from './tables/bot';
export * from './tables/agents';
