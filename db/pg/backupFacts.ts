/** The migrations and communes of the PostgreSQL database, for a backup's manifest (the data itself is pg_dump's job). */
import { Pool } from 'pg';
import type { DatabaseFacts } from '../sqliteBackup';

export async function postgresFacts(url: string): Promise<DatabaseFacts> {
  const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5000 });
  try {
    const table = await pool.query<{ found: string | null }>(`select to_regclass('drizzle.__drizzle_migrations')::text as found`);
    const applied = table.rows[0]?.found ? (await pool.query<{ created_at: string }>('select created_at from drizzle.__drizzle_migrations')).rows.map((r) => Number(r.created_at)) : [];
    const hasCommunes = (await pool.query<{ found: string | null }>(`select to_regclass('public.communes')::text as found`)).rows[0]?.found;
    const communes = hasCommunes ? (await pool.query<{ id: string }>('select id from communes order by id')).rows.map((r) => r.id) : [];
    return { applied, communes };
  } finally {
    await pool.end();
  }
}
