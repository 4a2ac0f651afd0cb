/**
 * db/pg/schema.ts against db/schema.ts as drizzle objects: the contract db/store.ts relies on when
 * it hands the repositories PostgreSQL's tables typed as SQLite's. The same exports, each the same
 * table with the same properties on the same columns, and (checked by tsc, which `npm test` runs
 * first) the same row types to select and to insert. What the databases themselves hold is
 * compared in test/db/pgSchema.test.ts.
 */
import { getTableColumns, type Column, type Table } from 'drizzle-orm';
import { getTableConfig as pgConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as liteConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as pg from '../../db/pg/schema';
import * as lite from '../../db/schema';

type Rows<S> = { [K in keyof S]: S[K] extends Table ? S[K]['$inferSelect'] : never };
type Inserts<S> = { [K in keyof S]: S[K] extends Table ? S[K]['$inferInsert'] : never };
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// A table, a column or a type missing or different on one side makes these `false`, and tsc fails here.
const sameRows: Same<Rows<typeof lite>, Rows<typeof pg>> = true;
const sameInserts: Same<Inserts<typeof lite>, Inserts<typeof pg>> = true;

const isTable = (x: unknown) => typeof x === 'object' && x !== null && Symbol.for('drizzle:IsDrizzleTable') in x;
const properties = (table: Table) => Object.entries(getTableColumns(table)).map(([property, c]: [string, Column]) => `${property} → ${c.name}`);

describe('the PostgreSQL tables, as drizzle sees them', () => {
  it('are exported under the same names as the SQLite tables', () => {
    expect(sameRows && sameInserts).toBe(true);
    expect(Object.keys(pg).sort()).toEqual(Object.keys(lite).sort());
    expect(Object.values(lite).every(isTable)).toBe(true);
    expect(Object.keys(lite).length).toBeGreaterThan(25);
  });

  it.each(Object.keys(lite))('%s: the same table, properties and column names', (key) => {
    const mine = (lite as Record<string, unknown>)[key] as SQLiteTable;
    const twin = (pg as Record<string, unknown>)[key] as PgTable;
    expect(pgConfig(twin).name).toBe(liteConfig(mine).name);
    expect(properties(twin)).toEqual(properties(mine));
  });
});
