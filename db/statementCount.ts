/**
 * How many statements this process has run on its database: drizzle's logger, given to every
 * drizzle database the store opens (db/client.ts, db/pg/client.ts), is called once for each
 * statement drizzle executes, on SQLite (each run, all or get of a statement, prepared or not) and
 * on PostgreSQL (each query, the BEGIN and COMMIT of a transaction included). Statements run on the
 * driver itself (the migrations' checks at start, SQLite's pragmas) are not counted. And how many
 * write transactions it began: each store counts its own (db/sqliteStore.ts, db/postgresStore.ts),
 * a transaction tried again after a busy database or a deadlock once per try.
 */
import type { Logger } from 'drizzle-orm';

let statements = 0;
let transactions = 0;

/** The logger that counts; it logs nothing. */
export const statementCounter: Logger = {
  logQuery: () => {
    statements += 1;
  },
};

/** The statements run since the process started. */
export const statementsRun = (): number => statements;

/** A store began a write transaction. */
export const transactionBegun = (): void => {
  transactions += 1;
};

/** The write transactions begun since the process started. */
export const transactionsRun = (): number => transactions;
