import { and, count, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { AccountRepository as Port, NewAccount } from '../../src/domain/ports';
import type { Account, CodePurpose, OneTimeCode, Session } from '../../src/domain/types';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { accounts, conversationRefs, oneTimeCodes, representatives, requests, sessions } from '../schema';

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
  constructor(private readonly db: Db) {}

  async get(id: number): Promise<Account | undefined> {
    const row = this.db.select().from(accounts).where(eq(accounts.id, id)).get();
    return row ? toAccount(row) : undefined;
  }

  async listByHousehold(householdId: number): Promise<Account[]> {
    return this.db.select().from(accounts).where(eq(accounts.householdId, householdId)).all().map(toAccount);
  }

  async findByEmail(communeId: string, email: string): Promise<Account | undefined> {
    const row = this.db.select().from(accounts).where(and(eq(accounts.communeId, communeId), eq(accounts.email, email))).get();
    return row ? toAccount(row) : undefined;
  }

  async create(account: NewAccount): Promise<Account> {
    const row = this.db.insert(accounts).values(account).returning().get();
    return toAccount(row);
  }

  async recordSignIn(accountId: number, at: string): Promise<string | null> {
    return writeTransaction(this.db, () => {
      const previous = this.db.select({ last: accounts.lastLoginAt }).from(accounts).where(eq(accounts.id, accountId)).get()?.last ?? null;
      this.db.update(accounts).set({ lastLoginAt: at }).where(eq(accounts.id, accountId)).run();
      return previous;
    });
  }

  async markEmailVerified(accountId: number, at: string): Promise<void> {
    this.db.update(accounts).set({ emailVerifiedAt: at }).where(eq(accounts.id, accountId)).run();
  }

  async updateContact(accountId: number, change: { email?: string; emailVerifiedAt?: string; phone?: string; address?: string }): Promise<void> {
    this.db.update(accounts).set(change).where(eq(accounts.id, accountId)).run();
  }

  async passwordHash(accountId: number): Promise<string | null> {
    return this.db.select({ hash: accounts.passwordHash }).from(accounts).where(eq(accounts.id, accountId)).get()?.hash ?? null;
  }

  async setPassword(accountId: number, hash: string): Promise<void> {
    this.db.update(accounts).set({ passwordHash: hash }).where(eq(accounts.id, accountId)).run();
  }

  async linkHousehold(accountId: number, householdId: number): Promise<void> {
    this.db.update(accounts).set({ householdId }).where(eq(accounts.id, accountId)).run();
  }

  async addCode(code: Omit<OneTimeCode, 'id' | 'attempts' | 'usedAt'>): Promise<void> {
    writeTransaction(this.db, () => {
      this.db
        .update(oneTimeCodes)
        .set({ usedAt: code.createdAt })
        .where(and(eq(oneTimeCodes.accountId, code.accountId), eq(oneTimeCodes.purpose, code.purpose), isNull(oneTimeCodes.usedAt)))
        .run();
      this.db.insert(oneTimeCodes).values(code).run();
    });
  }

  async latestCode(accountId: number, purpose: CodePurpose): Promise<OneTimeCode | undefined> {
    const row = this.db
      .select()
      .from(oneTimeCodes)
      .where(and(eq(oneTimeCodes.accountId, accountId), eq(oneTimeCodes.purpose, purpose)))
      .orderBy(desc(oneTimeCodes.id))
      .get();
    return row ? { ...row, purpose: row.purpose as CodePurpose } : undefined;
  }

  async countCodesSince(accountId: number, purpose: CodePurpose, since: string): Promise<number> {
    const row = this.db
      .select({ n: count() })
      .from(oneTimeCodes)
      .where(and(eq(oneTimeCodes.accountId, accountId), eq(oneTimeCodes.purpose, purpose), gte(oneTimeCodes.createdAt, since)))
      .get();
    return row?.n ?? 0;
  }

  async recordWrongCode(codeId: number): Promise<void> {
    this.db.update(oneTimeCodes).set({ attempts: sql`${oneTimeCodes.attempts} + 1` }).where(eq(oneTimeCodes.id, codeId)).run();
  }

  async useCode(codeId: number, at: string): Promise<boolean> {
    return this.db.update(oneTimeCodes).set({ usedAt: at }).where(and(eq(oneTimeCodes.id, codeId), isNull(oneTimeCodes.usedAt))).run().changes === 1;
  }

  async startSession(accountId: number, channelUser: string, at: string): Promise<void> {
    writeTransaction(this.db, () => {
      this.db.update(sessions).set({ endedAt: at }).where(and(eq(sessions.channelUser, channelUser), isNull(sessions.endedAt))).run();
      this.db.insert(sessions).values({ accountId, channelUser, lastSeenAt: at, createdAt: at }).run();
    });
  }

  async activeSession(channelUser: string): Promise<Session | undefined> {
    const row = this.db
      .select({ id: sessions.id, accountId: sessions.accountId, channelUser: sessions.channelUser, lastSeenAt: sessions.lastSeenAt })
      .from(sessions)
      .where(and(eq(sessions.channelUser, channelUser), isNull(sessions.endedAt)))
      .orderBy(desc(sessions.id))
      .get();
    return row ?? undefined;
  }

  async touchSession(sessionId: number, at: string): Promise<void> {
    this.db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId)).run();
  }

  async endSessions(channelUser: string, at: string): Promise<void> {
    this.db.update(sessions).set({ endedAt: at }).where(and(eq(sessions.channelUser, channelUser), isNull(sessions.endedAt))).run();
  }

  async delete(accountId: number): Promise<void> {
    writeTransaction(this.db, () => {
      this.db.update(representatives).set({ accountId: null }).where(eq(representatives.accountId, accountId)).run();
      this.db.update(requests).set({ accountId: null }).where(eq(requests.accountId, accountId)).run();
      // Where to speak to them goes with the account (its reminders go by cascade).
      this.db.delete(conversationRefs).where(eq(conversationRefs.accountId, accountId)).run();
      this.db.delete(accounts).where(eq(accounts.id, accountId)).run();
    });
  }
}
