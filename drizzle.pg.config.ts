import { defineConfig } from 'drizzle-kit';

/** PostgreSQL's migrations, from its schema (db/pg/schema.ts, db/schema.ts said for PostgreSQL). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/pg/schema.ts',
  out: './db/pg/migrations',
});
