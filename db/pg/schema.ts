/**
 * The same schema for PostgreSQL, built from db/schema.ts (the one source): every table, column,
 * default, foreign key and index of the SQLite schema, with PostgreSQL's types. Same table and
 * column names, same property names, so the repositories' queries read the same on both stores.
 * Migrations in db/pg/migrations are generated from it (`npm run db:generate`, with SQLite's) and
 * committed; the bot applies them at start when DATABASE_URL is set (db/pg/client.ts).
 */
import { getTableColumns, sql, type Column, type SQL } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, type PgColumnBuilderBase, type PgTableWithColumns } from 'drizzle-orm/pg-core';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as lite from '../schema';

/** SQLite's « now as ISO-8601 UTC text » default, said the PostgreSQL way. */
const NOW_ISO = sql`(to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
const SQLITE_NOW_ISO = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))";

function sqlText(value: SQL): string {
  return value.queryChunks.map((c) => (typeof c === 'object' && c !== null && 'value' in c ? (c as { value: string[] }).value.join('') : String(c))).join('');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyPgTable = PgTableWithColumns<any>;
const built = new Map<string, AnyPgTable>();

function columnOf(column: Column): PgColumnBuilderBase {
  const kind = (column as unknown as { columnType: string }).columnType;
  let b;
  if (kind === 'SQLiteInteger') b = integer(column.name);
  else if (kind === 'SQLiteBoolean') b = boolean(column.name);
  else if (kind === 'SQLiteTextJson') b = jsonb(column.name);
  else if (kind === 'SQLiteText') b = text(column.name);
  else throw new Error(`db/pg/schema: no PostgreSQL type for ${kind} (${column.name})`);
  if (column.primary) b = b.primaryKey();
  if ((column as unknown as { autoIncrement?: boolean }).autoIncrement) b = (b as ReturnType<typeof integer>).generatedByDefaultAsIdentity();
  if (column.notNull && !column.primary) b = b.notNull();
  if (column.hasDefault) {
    const value = column.default;
    if (value && typeof value === 'object' && 'queryChunks' in value) {
      if (sqlText(value as SQL) !== SQLITE_NOW_ISO) throw new Error(`db/pg/schema: no PostgreSQL form for the default of ${column.name}: ${sqlText(value as SQL)}`);
      b = b.default(NOW_ISO);
    } else b = b.default(value as never);
  }
  return b;
}

function convert(table: SQLiteTable): AnyPgTable {
  const config = getTableConfig(table);
  const properties = Object.entries(getTableColumns(table));
  const propertyOf = (t: string, c: string) => {
    const target = Object.values(lite).find((x) => typeof x === 'object' && x !== null && getTableConfig(x as SQLiteTable).name === t) as SQLiteTable;
    return Object.entries(getTableColumns(target)).find(([, col]) => col.name === c)?.[0] ?? c;
  };
  const columns: Record<string, PgColumnBuilderBase> = {};
  for (const [property, column] of properties) columns[property] = columnOf(column);
  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    const [local] = ref.columns;
    const [foreign] = ref.foreignColumns;
    const foreignTable = getTableConfig(ref.foreignTable).name;
    const property = properties.find(([, c]) => c.name === local?.name)?.[0] as string;
    const target = propertyOf(foreignTable, foreign?.name ?? 'id');
    columns[property] = (columns[property] as ReturnType<typeof integer>).references(() => (built.get(foreignTable) as AnyPgTable)[target], fk.onDelete ? { onDelete: fk.onDelete } : {});
  }
  const pg = pgTable(config.name, columns, (t) =>
    config.indexes.map((i) => {
      const on = i.config.columns.map((c) => t[properties.find(([, col]) => col.name === (c as Column).name)?.[0] as string]) as [never, ...never[]];
      return (i.config.unique ? uniqueIndex(i.config.name) : index(i.config.name)).on(...on);
    }),
  );
  built.set(config.name, pg);
  return pg;
}

export const communes = convert(lite.communes);
export const activities = convert(lite.activities);
export const households = convert(lite.households);
export const accounts = convert(lite.accounts);
export const representatives = convert(lite.representatives);
export const children = convert(lite.children);
export const familyKeys = convert(lite.familyKeys);
export const enrolments = convert(lite.enrolments);
export const reservations = convert(lite.reservations);
export const baskets = convert(lite.baskets);
export const absences = convert(lite.absences);
export const invoices = convert(lite.invoices);
export const invoiceLines = convert(lite.invoiceLines);
export const payments = convert(lite.payments);
export const requests = convert(lite.requests);
export const requestEvents = convert(lite.requestEvents);
export const documents = convert(lite.documents);
export const conversationRefs = convert(lite.conversationRefs);
export const botState = convert(lite.botState);
export const auditLog = convert(lite.auditLog);
export const oneTimeCodes = convert(lite.oneTimeCodes);
export const sessions = convert(lite.sessions);
export const linkTokens = convert(lite.linkTokens);
export const jobLeases = convert(lite.jobLeases);
export const jobRuns = convert(lite.jobRuns);
export const directLineConversations = convert(lite.directLineConversations);
export const directLineActivities = convert(lite.directLineActivities);
export const reminders = convert(lite.reminders);
export const outbox = convert(lite.outbox);
