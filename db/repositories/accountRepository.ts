/** Accounts, their one-time codes and their sessions, on either store (db/store.ts). */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AccountRepository as Port, NewAccount, SignInWrite } from '../../src/domain/ports';
import type { Account, CodePurpose, OneTimeCode, Session } from '../../src/domain/types';
import type { Db } from '../client';
import type { accounts, oneTimeCodes } from '../schema';
import { prepared } from '../prepared';
import { change, lock, rows, type Store, type Tx } from '../store';
import { signInQueries, type SignInQueries } from './signInQueries';
import { signInWrite, type SignedIn } from './signInWrite';
import { withPhoneKey } from './phoneKey';

type OneTimeCodeRow = typeof oneTimeCodes.$inferSelect;

type AccountRow = typeof accounts.$inferSelect;

export const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  communeId: r.communeId,
  email: r.email,
  civility: r.civility === 'madame' || r.civility === 'monsieur' ? r.civility : null,
  firstName: r.firstName,
  lastName: r.lastName,
  phone: r.phone,
  address: r.address,
  emailVerifiedAt: r.emailVerifiedAt,
  householdId: r.householdId,
  lastLoginAt: r.lastLoginAt,
  hasPassword: r.passwordHash !== null,
});

export class AccountRepository implements Port {
  /** The session and its account, read at every turn of a signed-in resident, and an account by id (a booking's mail): built once (db/prepared.ts). */
  private readonly session;
  private readonly byId;
  /** An account by its e-mail (every sign-in, sign-up and code turn): built once. */
  private readonly byEmail;
  /** The sign-in's sessions, last sign-in and codes counted, built once (signInQueries.ts). */
  private readonly signInQueries: SignInQueries;
  /** A right code's sign-in, one transaction (signInWrite.ts). */
  private readonly signInNow: (write: SignInWrite) => Promise<SignedIn>;
  /** The newest code of one of n purposes (every code typed), built once per n (db/prepared.ts). */
  private readonly latestCodes = new Map<number, (values: Record<string, unknown>) => Promise<OneTimeCodeRow[]>>();

  constructor(private readonly store: Store) {
    const { accounts, sessions } = store.tables;
    this.session = prepared(
      store,
      'active_session',
      store.db
        .select({ id: sessions.id, accountId: sessions.accountId, channelUser: sessions.channelUser, lastSeenAt: sessions.lastSeenAt, account: accounts })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .where(and(eq(sessions.channelUser, sql.placeholder('channelUser')), isNull(sessions.endedAt)))
        .orderBy(desc(sessions.id))
        .limit(1),
    );
    this.byId = prepared(store, 'account_by_id', store.db.select().from(accounts).where(eq(accounts.id, sql.placeholder('id'))).limit(1));
    this.signInQueries = signInQueries(store);
    this.signInNow = signInWrite(store, this.signInQueries);
    this.byEmail = prepared(
      store,
      'account_by_email',
      store.db
        .select()
        .from(accounts)
        .where(and(eq(accounts.communeId, sql.placeholder('communeId')), eq(accounts.email, sql.placeholder('email'))))
        .limit(1),
    );
  }

  async get(id: number): Promise<Account | undefined> {
    const [row] = await this.byId({ id });
    return row ? toAccount(row) : undefined;
  }

  async listByHousehold(householdId: number): Promise<Account[]> {
    const { accounts } = this.store.tables;
    // In id order, as SQLite gives them (it reads the table in rowid order); PostgreSQL promises no order without one.
    return (await this.store.db.select().from(accounts).where(eq(accounts.householdId, householdId)).orderBy(asc(accounts.id))).map(toAccount);
  }

  async findByEmail(communeId: string, email: string): Promise<Account | undefined> {
    const [row] = await this.byEmail({ communeId, email });
    return row ? toAccount(row) : undefined;
  }

  async create(account: NewAccount): Promise<Account> {
    const { accounts } = this.store.tables;
    const [row] = await this.store.writeOne((db) => rows(db.insert(accounts).values(withPhoneKey(account)).returning()));
    return toAccount(row as AccountRow);
  }

  signIn(write: SignInWrite): Promise<SignedIn> {
    return this.signInNow(write);
  }

  async updateContact(accountId: number, contact: { email?: string; emailVerifiedAt?: string; phone?: string; address?: string }): Promise<void> {
    const { accounts } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(accounts).set(withPhoneKey(contact)).where(eq(accounts.id, accountId))));
  }

  async passwordHash(accountId: number): Promise<string | null> {
    const { accounts } = this.store.tables;
    const [row] = await this.store.db.select({ hash: accounts.passwordHash }).from(accounts).where(eq(accounts.id, accountId)).limit(1);
    return row?.hash ?? null;
  }

  async setPassword(accountId: number, hash: string): Promise<void> {
    const { accounts } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(accounts).set({ passwordHash: hash }).where(eq(accounts.id, accountId))));
  }

  async linkHousehold(accountId: number, householdId: number): Promise<void> {
    const { accounts } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(accounts).set({ householdId }).where(eq(accounts.id, accountId))));
  }

  async addCode(code: Omit<OneTimeCode, 'id' | 'attempts' | 'usedAt'>): Promise<void> {
    await this.store.write((db) => this.addCodeIn(db, code));
  }

  private *addCodeIn(db: Db, code: Omit<OneTimeCode, 'id' | 'attempts' | 'usedAt'>): Tx<void> {
    // One unused code per account and purpose, when two are asked at once too.
    yield* lock('code', code.accountId, code.purpose);
    yield* change(this.signInQueries.retireCodes(db, code.accountId, code.purpose, code.createdAt));
    yield* change(this.signInQueries.addCode(db, code));
  }

  private latestCodeOf(n: number): (values: Record<string, unknown>) => Promise<OneTimeCodeRow[]> {
    let read = this.latestCodes.get(n);
    if (!read) {
      const { oneTimeCodes } = this.store.tables;
      const purposes = Array.from({ length: n }, (_, i) => sql.placeholder(`p${i}`));
      const query = this.store.db.select().from(oneTimeCodes).where(and(eq(oneTimeCodes.accountId, sql.placeholder('accountId')), inArray(oneTimeCodes.purpose, purposes))).orderBy(desc(oneTimeCodes.id)).limit(1);
      read = prepared(this.store, `latest_code_${n}`, query);
      this.latestCodes.set(n, read);
    }
    return read;
  }

  async latestCode(accountId: number, purposes: readonly CodePurpose[]): Promise<OneTimeCode | undefined> {
    const [row] = await this.latestCodeOf(purposes.length)({ accountId, ...Object.fromEntries(purposes.map((purpose, i) => [`p${i}`, purpose])) });
    return row ? { ...row, purpose: row.purpose as CodePurpose } : undefined;
  }

  async countCodesSince(accountId: number, purpose: CodePurpose, since: string): Promise<number> {
    const [row] = await this.signInQueries.codesSince(accountId, purpose, since);
    return row?.n ?? 0;
  }

  async useCode(codeId: number, at: string): Promise<boolean> {
    return (await this.store.writeOne((db) => change(this.signInQueries.useCode(db, codeId, at)))) === 1;
  }

  async activeSession(channelUser: string): Promise<(Session & { account: Account }) | undefined> {
    // The session and its account in one query.
    const [row] = await this.session({ channelUser });
    return row ? { id: row.id, accountId: row.accountId, channelUser: row.channelUser, lastSeenAt: row.lastSeenAt, account: toAccount(row.account) } : undefined;
  }

  async touchSession(sessionId: number, at: string): Promise<void> {
    const { sessions } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId))));
  }

  async endSessions(channelUser: string, at: string): Promise<void> {
    const { sessions } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(sessions).set({ endedAt: at }).where(and(eq(sessions.channelUser, channelUser), isNull(sessions.endedAt)))));
  }

  async delete(accountId: number): Promise<void> {
    await this.store.write((db) => this.deleteIn(db, accountId));
  }

  private *deleteIn(db: Db, accountId: number): Tx<void> {
    const { accounts, conversationRefs, representatives, requests } = this.store.tables;
    yield* change(db.update(representatives).set({ accountId: null }).where(eq(representatives.accountId, accountId)));
    yield* change(db.update(requests).set({ accountId: null }).where(eq(requests.accountId, accountId)));
    // Where to speak to them goes with the account (its reminders go by cascade).
    yield* change(db.delete(conversationRefs).where(eq(conversationRefs.accountId, accountId)));
    yield* change(db.delete(accounts).where(eq(accounts.id, accountId)));
  }
}
