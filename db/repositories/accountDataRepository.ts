/**
 * « mes données »: every row kept about an account and its household, on either store
 * (db/store.ts). Which tables and columns, and why some are left out: src/domain/accountData.ts.
 * Secret columns are never selected; every table is read in id order.
 */
import { and, asc, eq, getTableColumns, inArray, or, sql, type Column, type SQL, type Table } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { userStateKey, type AccountRecords, type ExportRow, type UserStateRow } from '../../src/domain/accountData';
import type { AccountDataRepository as Port } from '../../src/domain/ports';
import type { Account } from '../../src/domain/types';
import type { Store } from '../store';

/** The table's columns by property name, without those named. */
function columnsOf(table: Table, ...leftOut: string[]): Record<string, SQLiteColumn> {
  return Object.fromEntries(Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>).filter(([name]) => !leftOut.includes(name)));
}

export class AccountDataRepository implements Port {
  constructor(private readonly store: Store) {}

  /** The rows of a table matching `where`, in id order, without the columns named. */
  private async read(table: SQLiteTable & { id: Column }, where: SQL | undefined, ...leftOut: string[]): Promise<ExportRow[]> {
    if (!where) return [];
    const fields = columnsOf(table, ...leftOut);
    return (await this.store.db.select(fields).from(table).where(where).orderBy(asc(table.id))) as ExportRow[];
  }

  async collect(account: Pick<Account, 'id' | 'communeId' | 'email' | 'householdId'>): Promise<AccountRecords> {
    const t = this.store.tables;
    const householdId = account.householdId;
    const ofHousehold = <C extends Column>(column: C) => (householdId === null ? undefined : eq(column, householdId));
    const among = <C extends Column>(column: C, ids: number[]) => (ids.length === 0 ? undefined : inArray(column, ids));
    const idsOf = (rows: ExportRow[]) => rows.map((r) => r.id as number);

    const [accountRow] = await this.read(t.accounts, eq(t.accounts.id, account.id), 'passwordHash');
    if (!accountRow) throw new Error(`collect: account ${account.id} is not in the store`);
    const [withPassword] = await this.store.db
      .select({ set: sql<number>`case when ${t.accounts.passwordHash} is null then 0 else 1 end` })
      .from(t.accounts)
      .where(eq(t.accounts.id, account.id));
    const [household] = await this.read(t.households, ofHousehold(t.households.id));

    const children = await this.read(t.children, ofHousehold(t.children.householdId));
    const childIds = idsOf(children);
    const requests = await this.read(
      t.requests,
      and(eq(t.requests.communeId, account.communeId), or(eq(t.requests.accountId, account.id), eq(sql`lower(${t.requests.requesterEmail})`, account.email.toLowerCase()))),
      'conversationRef',
    );
    const requestIds = idsOf(requests);
    const invoices = await this.read(t.invoices, ofHousehold(t.invoices.householdId));
    const invoiceIds = idsOf(invoices);
    const conversations = await this.read(t.conversationRefs, eq(t.conversationRefs.accountId, account.id), 'reference');

    return {
      account: { ...accountRow, hasPassword: Number(withPassword?.set) === 1 },
      household: household ?? null,
      representatives: await this.read(t.representatives, ofHousehold(t.representatives.householdId)),
      children,
      enrolments: await this.read(t.enrolments, among(t.enrolments.childId, childIds)),
      familyKeys: await this.read(t.familyKeys, ofHousehold(t.familyKeys.householdId), 'keyHash', 'selector'),
      reservations: await this.read(t.reservations, among(t.reservations.childId, childIds)),
      baskets: await this.read(t.baskets, ofHousehold(t.baskets.householdId)),
      absences: await this.read(t.absences, among(t.absences.childId, childIds)),
      documents: await this.read(t.documents, or(ofHousehold(t.documents.householdId), among(t.documents.requestId, requestIds)), 'storagePath'),
      invoices,
      invoiceLines: await this.read(t.invoiceLines, among(t.invoiceLines.invoiceId, invoiceIds)),
      payments: await this.read(t.payments, or(among(t.payments.invoiceId, invoiceIds), eq(t.payments.accountId, account.id))),
      requests,
      requestEvents: await this.read(t.requestEvents, among(t.requestEvents.requestId, requestIds)),
      reminders: await this.read(t.reminders, eq(t.reminders.accountId, account.id)),
      sessions: await this.read(t.sessions, eq(t.sessions.accountId, account.id)),
      oneTimeCodes: await this.read(t.oneTimeCodes, eq(t.oneTimeCodes.accountId, account.id), 'codeHash'),
      linkTokens: await this.read(t.linkTokens, eq(t.linkTokens.accountId, account.id), 'tokenHash', 'codeHash'),
      conversations,
      userStates: await this.userStates(conversations),
      auditLog: await this.read(
        t.auditLog,
        or(eq(t.auditLog.actor, `account:${account.id}`), eq(t.auditLog.subject, `account:${account.id}`), householdId === null ? undefined : eq(t.auditLog.subject, `household:${householdId}`)),
      ),
      activities: await this.read(t.activities, eq(t.activities.communeId, account.communeId), 'communeId', 'rules', 'tariffs'),
    };
  }

  /** The settings of the channel users the account was reached as (bot_state user rows), in key order. */
  private async userStates(conversations: ExportRow[]): Promise<UserStateRow[]> {
    const keys = [...new Set(conversations.map((c) => userStateKey(String(c.channelId), String(c.userId))))];
    if (keys.length === 0) return [];
    const { botState } = this.store.tables;
    const found = await this.store.db.select({ key: botState.key, data: botState.data, updatedAt: botState.updatedAt }).from(botState).where(inArray(botState.key, keys));
    // Sorted here, bytewise: PostgreSQL's text order depends on the database's collation.
    return found.sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
  }
}
