import { defineConfig } from 'drizzle-kit';

/** PostgreSQL's migrations, from the schema built out of db/schema.ts (see db/pg/schema.ts). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/pg/schema.ts',
  out: './db/pg/migrations',
});
