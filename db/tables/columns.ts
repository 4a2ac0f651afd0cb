/**
 * What every SQLite table of the bot says the same way (PostgreSQL's side: db/pg/tables/columns.ts).
 */
import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** When the row was written, filled in by the database: ISO-8601 UTC text, to the millisecond. */
export const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
