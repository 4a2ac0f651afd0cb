/**
 * Reads the schema of a live database, SQLite or PostgreSQL, into the shapes of
 * test/support/schemaShape.ts: what the migrations really made, not what drizzle believes.
 * SQLite through its pragmas (table_info, index_list, index_info, foreign_key_list) and the SQL
 * it keeps in sqlite_master (AUTOINCREMENT, an index's WHERE); PostgreSQL through
 * information_schema.columns, pg_constraint and pg_index with pg_get_indexdef and pg_get_expr.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, type Column } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Pool } from 'pg';
import { normaliseDefault, normalisePredicate, sortedShape, typeClass, type ForeignKeyShape, type IndexShape, type TableShape, type TypeClass } from './schemaShape';

interface SqliteColumn { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }
interface SqliteIndex { name: string; unique: number; origin: 'c' | 'u' | 'pk'; partial: number }
interface SqliteForeignKey { id: number; seq: number; table: string; from: string; to: string | null; on_update: string; on_delete: string }

/**
 * SQLite has no boolean or JSON type: such a column is declared integer or text, and only the mode
 * given in db/schema.ts says drizzle reads it as a boolean or as JSON. Those modes refine the
 * declared type, and only where the declared type can hold them (a boolean in an integer column).
 */
export function sqliteModes(schema: Record<string, unknown>): Map<string, TypeClass> {
  const modes = new Map<string, TypeClass>();
  for (const table of Object.values(schema)) {
    if (typeof table !== 'object' || table === null || !(Symbol.for('drizzle:IsDrizzleTable') in table)) continue;
    const name = getTableConfig(table as SQLiteTable).name;
    for (const column of Object.values(getTableColumns(table as SQLiteTable)) as Column[]) {
      if (column.columnType === 'SQLiteBoolean') modes.set(`${name}.${column.name}`, 'boolean');
      if (column.columnType === 'SQLiteTextJson') modes.set(`${name}.${column.name}`, 'json');
    }
  }
  return modes;
}

const refine = (declared: TypeClass, mode: TypeClass | undefined): TypeClass =>
  (mode === 'boolean' && declared === 'integer') || (mode === 'json' && declared === 'text') ? mode : declared;

export function readSqliteSchema(sqlite: Database.Database, modes: Map<string, TypeClass>): TableShape[] {
  const tables = sqlite.prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name").all() as Array<{ name: string; sql: string }>;
  const indexSql = (name: string) => (sqlite.prepare("select sql from sqlite_master where type = 'index' and name = ?").get(name) as { sql: string | null } | undefined)?.sql ?? null;
  const indexColumns = (name: string) => (sqlite.pragma(`index_info(${JSON.stringify(name)})`) as Array<{ seqno: number; name: string | null }>).sort((a, b) => a.seqno - b.seqno).map((c) => c.name ?? '<expression>');
  const pkOf = (table: string) => {
    const pk = (sqlite.pragma(`table_info(${JSON.stringify(table)})`) as SqliteColumn[]).find((c) => c.pk > 0);
    return pk?.name ?? 'rowid';
  };
  return tables.map(({ name, sql }) => {
    const columns = sqlite.pragma(`table_info(${JSON.stringify(name)})`) as SqliteColumn[];
    const keyColumns = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const indexes = sqlite.pragma(`index_list(${JSON.stringify(name)})`) as SqliteIndex[];
    const keys = new Map<number, SqliteForeignKey[]>();
    for (const fk of sqlite.pragma(`foreign_key_list(${JSON.stringify(name)})`) as SqliteForeignKey[]) keys.set(fk.id, [...(keys.get(fk.id) ?? []), fk]);
    const foreignKeys: ForeignKeyShape[] = [...keys.values()].map((parts) => {
      const ordered = parts.sort((a, b) => a.seq - b.seq);
      const first = ordered[0]!;
      return {
        columns: ordered.map((p) => p.from),
        table: first.table,
        // REFERENCES t without a column means t's primary key.
        foreignColumns: ordered.map((p) => p.to ?? pkOf(first.table)),
        onDelete: first.on_delete.toLowerCase(),
        onUpdate: first.on_update.toLowerCase(),
      };
    });
    const shape: TableShape = {
      name,
      columns: columns.map((c) => {
        const type = refine(typeClass(c.type), modes.get(`${name}.${c.name}`));
        return { name: c.name, type, notNull: c.notnull === 1 || c.pk > 0, default: normaliseDefault(c.dflt_value, type) };
      }),
      // A rowid alias without AUTOINCREMENT may hand out a deleted row's id again: not the same as an identity.
      primaryKey: keyColumns.length ? { columns: keyColumns, generated: /\bautoincrement\b/i.test(sql) } : null,
      foreignKeys,
      uniqueConstraints: indexes.filter((i) => i.origin === 'u').map((i) => indexColumns(i.name)),
      indexes: indexes
        .filter((i) => i.origin === 'c')
        .map((i): IndexShape => {
          const where = i.partial ? (/\bwhere\b([\s\S]*)$/i.exec(indexSql(i.name) ?? '')?.[1] ?? '<unreadable>') : null;
          return { name: i.name, columns: indexColumns(i.name), unique: i.unique === 1, where: normalisePredicate(where) };
        }),
    };
    return sortedShape(shape);
  });
}

const ON_ACTION: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

export async function readPostgresSchema(pool: Pool): Promise<TableShape[]> {
  const tables = (await pool.query("select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")).rows as Array<{ name: string }>;
  const columns = (
    await pool.query(
      "select table_name, column_name, data_type, is_nullable, column_default, is_identity from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position",
    )
  ).rows as Array<{ table_name: string; column_name: string; data_type: string; is_nullable: 'YES' | 'NO'; column_default: string | null; is_identity: 'YES' | 'NO' }>;
  const constraints = (
    await pool.query(`
      select t.relname as table, c.contype as kind,
        array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
        f.relname as foreign_table,
        array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as foreign_columns,
        c.confdeltype as on_delete, c.confupdtype as on_update
      from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      join pg_namespace n on n.oid = t.relnamespace
      left join pg_class f on f.oid = c.confrelid
      where n.nspname = 'public' and c.contype in ('p', 'u', 'f')`)
  ).rows as Array<{ table: string; kind: 'p' | 'u' | 'f'; columns: string[]; foreign_table: string | null; foreign_columns: string[]; on_delete: string; on_update: string }>;
  // The indexes made by CREATE INDEX, not those behind a primary key or a UNIQUE constraint.
  const indexes = (
    await pool.query(`
      select t.relname as table, ic.relname as name, i.indisunique as unique,
        array(select pg_get_indexdef(i.indexrelid, k, true) from generate_series(1, i.indnkeyatts) k order by k) as columns,
        pg_get_expr(i.indpred, i.indrelid, true) as where
      from pg_index i
      join pg_class ic on ic.oid = i.indexrelid
      join pg_class t on t.oid = i.indrelid
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public'
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid and c.contype in ('p', 'u', 'x'))`)
  ).rows as Array<{ table: string; name: string; unique: boolean; columns: string[]; where: string | null }>;

  return tables.map(({ name }) => {
    const own = columns.filter((c) => c.table_name === name);
    const primary = constraints.find((c) => c.table === name && c.kind === 'p');
    return sortedShape({
      name,
      columns: own.map((c) => {
        const type = typeClass(c.data_type);
        return { name: c.column_name, type, notNull: c.is_nullable === 'NO', default: normaliseDefault(c.column_default, type) };
      }),
      primaryKey: primary ? { columns: primary.columns, generated: primary.columns.length === 1 && own.some((c) => c.column_name === primary.columns[0] && c.is_identity === 'YES') } : null,
      foreignKeys: constraints
        .filter((c) => c.table === name && c.kind === 'f')
        .map((c) => ({ columns: c.columns, table: c.foreign_table ?? '?', foreignColumns: c.foreign_columns, onDelete: ON_ACTION[c.on_delete] ?? c.on_delete, onUpdate: ON_ACTION[c.on_update] ?? c.on_update })),
      uniqueConstraints: constraints.filter((c) => c.table === name && c.kind === 'u').map((c) => c.columns),
      indexes: indexes
        .filter((i) => i.table === name)
        .map((i) => ({ name: i.name, columns: i.columns.map((c) => c.replace(/"/g, '')), unique: i.unique, where: normalisePredicate(i.where) })),
    });
  });
}
