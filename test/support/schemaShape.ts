/**
 * A live database's schema reduced to what must read the same on SQLite and PostgreSQL, so that
 * the two can be compared with one toEqual: per table, its columns (a type class, required or not,
 * a default class), primary key, foreign keys with their ON DELETE, unique constraints and indexes
 * with their predicate. Each store says things its own way (`kind = 'monthly'` against
 * `(kind = 'monthly'::text)`, strftime against to_char): the normalisers here bring both to one form.
 * The readers are in test/support/liveSchemas.ts.
 */

/** integer, text, boolean or json; another name when a store has a type the bot does not use. */
export type TypeClass = string;

export interface ColumnShape {
  name: string;
  type: TypeClass;
  notNull: boolean;
  /** null: no default; 'now-iso': the instant as ISO-8601 UTC text; otherwise the literal. */
  default: string | null;
}

export interface ForeignKeyShape {
  columns: string[];
  table: string;
  foreignColumns: string[];
  onDelete: string;
  onUpdate: string;
}

export interface IndexShape {
  name: string;
  columns: string[];
  unique: boolean;
  /** The WHERE of a partial index, normalised; null for an index on every row. */
  where: string | null;
}

export interface TableShape {
  name: string;
  columns: ColumnShape[];
  /** Its columns, and whether the store numbers new rows (AUTOINCREMENT, an identity column). */
  primaryKey: { columns: string[]; generated: boolean } | null;
  foreignKeys: ForeignKeyShape[];
  /** UNIQUE constraints of the table itself (not unique indexes, listed with the indexes). */
  uniqueConstraints: string[][];
  indexes: IndexShape[];
}

/** PostgreSQL's and SQLite's type names, by the class of values the bot keeps in them. */
export function typeClass(declared: string): TypeClass {
  const t = declared.trim().toLowerCase();
  if (['integer', 'int', 'int4', 'bigint', 'int8', 'smallint', 'int2'].includes(t)) return 'integer';
  if (['text', 'character varying', 'varchar'].includes(t)) return 'text';
  if (['boolean', 'bool'].includes(t)) return 'boolean';
  if (['json', 'jsonb'].includes(t)) return 'json';
  return t;
}

/** `'monthly'::text` → `'monthly'`, `0::integer` → `0`: PostgreSQL spells out the literal's type. */
const withoutCasts = (s: string) => s.replace(/::\s*"?[a-z_][a-z0-9_]*"?(\s+(varying|precision|with(out)?\s+time\s+zone))?(\[\])?/gi, '');

/** Outside string literals: no identifier quotes, lower case, spaces only where words need them. */
function normaliseSql(text: string): string {
  const parts = withoutCasts(text).split(/('(?:[^']|'')*')/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal: kept as it is
      return part
        .replace(/["`]/g, '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/\s*([=<>!,()+*/-]+)\s*/g, '$1');
    })
    .join('')
    .trim();
}

/** Parentheses that only wrap: PostgreSQL puts them around every predicate and sub-expression. */
const withoutParentheses = (s: string) =>
  s
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*([=<>!,+*/-]+)\s*/g, '$1')
    .trim();

/**
 * A predicate as both stores print it: `kind = 'monthly'` (SQLite keeps what the migration said)
 * and `(kind = 'monthly'::text)` (PostgreSQL's pg_get_expr) both give `kind='monthly'`.
 */
export const normalisePredicate = (where: string | null | undefined): string | null => (where == null ? null : withoutParentheses(normaliseSql(where)));

/** The instant as ISO-8601 UTC text with milliseconds, said by each store. */
const NOW_ISO_FORMS = [
  "strftime('%Y-%m-%dT%H:%M:%fZ','now')",
  "to_char(now() at time zone 'UTC','YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
].map((form) => withoutParentheses(normaliseSql(form)));

/**
 * A default as a class: null, 'now-iso', or its literal. Booleans are false/true (SQLite keeps
 * `false` as written; 0 and 1 mean the same there), numbers and quoted text as written.
 */
export function normaliseDefault(value: string | null | undefined, type: TypeClass): string | null {
  if (value == null) return null;
  const form = withoutParentheses(normaliseSql(value));
  if (NOW_ISO_FORMS.includes(form)) return 'now-iso';
  if (type === 'boolean' && (form === '0' || form === 'false')) return 'false';
  if (type === 'boolean' && (form === '1' || form === 'true')) return 'true';
  return form;
}

/** Sorted, so that two stores listing the same things in another order compare equal. */
export function sortedShape(table: TableShape): TableShape {
  const byText = (a: string, b: string) => a.localeCompare(b);
  return {
    ...table,
    columns: [...table.columns].sort((a, b) => byText(a.name, b.name)),
    foreignKeys: [...table.foreignKeys].sort((a, b) => byText(a.columns.join(), b.columns.join())),
    uniqueConstraints: table.uniqueConstraints.map((c) => [...c]).sort((a, b) => byText(a.join(), b.join())),
    indexes: [...table.indexes].sort((a, b) => byText(a.name, b.name)),
  };
}
