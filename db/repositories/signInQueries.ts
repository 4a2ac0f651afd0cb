/**
 * The queries of a sign-in's code turn and of the turn that sends the code (the code or the sign-in
 * page's code used, the session ended and begun, the last sign-in read and written with the address
 * verified, the codes sent lately counted):
 * on SQLite, prepared once (db/prepared.ts, preparedWrite) and run with each turn's values; on
 * PostgreSQL, where a write runs on its transaction's own connection, built there as before.
 */
import { and, count, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { prepared, preparedWrite } from '../prepared';
import type { Store } from '../store';


export interface SignInQueries {
  /** The channel user's open sessions ended. */
  endSessions(db: Db, channelUser: string, at: string): PromiseLike<unknown>;
  /** The session begun, its id returned. */
  addSession(db: Db, accountId: number, channelUser: string, at: string): PromiseLike<{ id: number }[]>;
  lastLogin(db: Db, accountId: number): PromiseLike<{ last: string | null }[]>;
  setLastLogin(db: Db, accountId: number, at: string): PromiseLike<unknown>;
  /** The last sign-in set, and the address verified at that instant unless it was already. */
  setLastLoginVerified(db: Db, accountId: number, at: string): PromiseLike<unknown>;
  /** The account's unused codes of that purpose set used (a new one replaces them). */
  retireCodes(db: Db, accountId: number, purpose: string, at: string): PromiseLike<unknown>;
  addCode(db: Db, code: NewCode): PromiseLike<unknown>;
  /** The code set used if it was not yet. */
  useCode(db: Db, id: number, at: string): PromiseLike<unknown>;
  /** The sign-in page's code (its link's) set used if it was not yet. */
  useLinkCode(db: Db, id: number, at: string): PromiseLike<unknown>;
  /** Either code set used if it was not yet, and in the same update the try counted on it given back (never below zero). */
  useGivingBack(db: Db, code: { kind: 'emailCode' | 'linkCode'; id: number }, at: string): PromiseLike<unknown>;
  /** A read of its own, out of a write. */
  codesSince(accountId: number, purpose: string, since: string): Promise<{ n: number }[]>;
}

type NewCode = Store['tables']['oneTimeCodes']['$inferInsert'] & { accountId: number; purpose: string; codeHash: string; expiresAt: string; createdAt: string };

const p = sql.placeholder;
/** A placeholder where an update's set takes only values or SQL: its value is bound as given. */
const bound = (name: string) => sql`${sql.placeholder(name)}`;

export function signInQueries(store: Store): SignInQueries {
  const { accounts, linkTokens, oneTimeCodes, sessions } = store.tables;
  const { db } = store;
  const openOf = (channelUser: unknown) => and(eq(sessions.channelUser, channelUser as string), isNull(sessions.endedAt));
  const codesOf = (accountId: unknown, purpose: unknown, since: unknown) =>
    and(eq(oneTimeCodes.accountId, accountId as number), eq(oneTimeCodes.purpose, purpose as string), gte(oneTimeCodes.createdAt, since as string));
  const unusedOf = (accountId: unknown, purpose: unknown) => and(eq(oneTimeCodes.accountId, accountId as number), eq(oneTimeCodes.purpose, purpose as string), isNull(oneTimeCodes.usedAt));
  const unusedCode = (id: unknown) => and(eq(oneTimeCodes.id, id as number), isNull(oneTimeCodes.usedAt));
  const unusedLinkCode = (id: unknown) => and(eq(linkTokens.id, id as number), isNull(linkTokens.codeUsedAt));
  const verifiedAt = (at: unknown) => sql`coalesce(${accounts.emailVerifiedAt}, ${at})`;
  /** A try given back as releaseTries gives it (tryRepository.ts: one less, never below zero). */
  const givenBack = (column: typeof oneTimeCodes.attempts | typeof linkTokens.codeAttempts) => sql`case when ${column} > 0 then ${column} - 1 else ${column} end`;
  const useCodeBack = (id: unknown, at: unknown) => db.update(oneTimeCodes).set({ usedAt: sql`${at}`, attempts: givenBack(oneTimeCodes.attempts) }).where(unusedCode(id));
  const useLinkCodeBack = (id: unknown, at: unknown) => db.update(linkTokens).set({ codeUsedAt: sql`${at}`, codeAttempts: givenBack(linkTokens.codeAttempts) }).where(unusedLinkCode(id));
  const ready = {
    retireCodes: preparedWrite(store, db.update(oneTimeCodes).set({ usedAt: bound('at') }).where(unusedOf(p('accountId'), p('purpose')))),
    addCode: preparedWrite(store, db.insert(oneTimeCodes).values({ accountId: p('accountId'), purpose: p('purpose'), codeHash: p('codeHash'), expiresAt: p('expiresAt'), createdAt: p('createdAt') })),
    useCode: preparedWrite(store, db.update(oneTimeCodes).set({ usedAt: bound('at') }).where(unusedCode(p('id')))),
    useLinkCode: preparedWrite(store, db.update(linkTokens).set({ codeUsedAt: bound('at') }).where(unusedLinkCode(p('id')))),
    useCodeBack: preparedWrite(store, useCodeBack(p('id'), p('at'))),
    useLinkCodeBack: preparedWrite(store, useLinkCodeBack(p('id'), p('at'))),
    endSessions: preparedWrite(store, db.update(sessions).set({ endedAt: bound('at') }).where(openOf(p('channelUser')))),
    addSession: preparedWrite<{ id: number }[]>(store, db.insert(sessions).values({ accountId: p('accountId'), channelUser: p('channelUser'), lastSeenAt: p('at'), createdAt: p('at') }).returning({ id: sessions.id })),
    lastLogin: preparedWrite<{ last: string | null }[]>(store, db.select({ last: accounts.lastLoginAt }).from(accounts).where(eq(accounts.id, p('accountId')))),
    setLastLogin: preparedWrite(store, db.update(accounts).set({ lastLoginAt: bound('at') }).where(eq(accounts.id, p('accountId')))),
    setLastLoginVerified: preparedWrite(store, db.update(accounts).set({ lastLoginAt: bound('at'), emailVerifiedAt: verifiedAt(p('at')) }).where(eq(accounts.id, p('accountId')))),
  };
  const codesSince = prepared(store, 'codes_since', db.select({ n: count() }).from(oneTimeCodes).where(codesOf(p('accountId'), p('purpose'), p('since'))));
  return {
    retireCodes: (tx, accountId, purpose, at) => ready.retireCodes?.({ accountId, purpose, at }) ?? tx.update(oneTimeCodes).set({ usedAt: at }).where(unusedOf(accountId, purpose)),
    addCode: (tx, code) =>
      ready.addCode?.({ accountId: code.accountId, purpose: code.purpose, codeHash: code.codeHash, expiresAt: code.expiresAt, createdAt: code.createdAt }) ?? tx.insert(oneTimeCodes).values(code),
    useCode: (tx, id, at) => ready.useCode?.({ id, at }) ?? tx.update(oneTimeCodes).set({ usedAt: at }).where(unusedCode(id)),
    useLinkCode: (tx, id, at) => ready.useLinkCode?.({ id, at }) ?? tx.update(linkTokens).set({ codeUsedAt: at }).where(unusedLinkCode(id)),
    useGivingBack: (tx, { kind, id }, at) =>
      kind === 'emailCode'
        ? (ready.useCodeBack?.({ id, at }) ?? tx.update(oneTimeCodes).set({ usedAt: at, attempts: givenBack(oneTimeCodes.attempts) }).where(unusedCode(id)))
        : (ready.useLinkCodeBack?.({ id, at }) ?? tx.update(linkTokens).set({ codeUsedAt: at, codeAttempts: givenBack(linkTokens.codeAttempts) }).where(unusedLinkCode(id))),
    endSessions: (tx, channelUser, at) => ready.endSessions?.({ channelUser, at }) ?? tx.update(sessions).set({ endedAt: at }).where(openOf(channelUser)),
    addSession: (tx, accountId, channelUser, at) =>
      ready.addSession?.({ accountId, channelUser, at }) ?? tx.insert(sessions).values({ accountId, channelUser, lastSeenAt: at, createdAt: at }).returning({ id: sessions.id }),
    lastLogin: (tx, accountId) => ready.lastLogin?.({ accountId }) ?? tx.select({ last: accounts.lastLoginAt }).from(accounts).where(eq(accounts.id, accountId)),
    setLastLogin: (tx, accountId, at) => ready.setLastLogin?.({ accountId, at }) ?? tx.update(accounts).set({ lastLoginAt: at }).where(eq(accounts.id, accountId)),
    setLastLoginVerified: (tx, accountId, at) =>
      ready.setLastLoginVerified?.({ accountId, at }) ?? tx.update(accounts).set({ lastLoginAt: at, emailVerifiedAt: verifiedAt(at) }).where(eq(accounts.id, accountId)),
    codesSince: (accountId, purpose, since) => codesSince({ accountId, purpose, since }),
  };
}
