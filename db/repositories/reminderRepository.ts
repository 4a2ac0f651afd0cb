import { and, asc, eq, gte, isNotNull, lt } from 'drizzle-orm';
import type { NewReminder, Reminder, ReminderChannel, ReminderKind, ReminderParams, ReminderRepository as Port, ReminderStatus } from '../../src/domain/reminders';
import type { Account } from '../../src/domain/types';
import type { Db } from '../client';
import { accounts, households, reminders } from '../schema';
import { toAccount } from './accountRepository';

type Row = typeof reminders.$inferSelect;
const toReminder = (r: Row): Reminder => ({
  id: r.id,
  accountId: r.accountId,
  kind: r.kind as ReminderKind,
  key: r.key,
  params: r.params as ReminderParams,
  expiresOn: r.expiresOn,
  status: r.status as ReminderStatus,
  channel: r.channel === 'chat' || r.channel === 'sms' || r.channel === 'email' ? r.channel : null,
  sentAt: r.sentAt,
  createdAt: r.createdAt,
});

/** The last nine digits: 06 12 34 56 78, 0612345678 and +33 6 12 34 56 78 are one number. */
const phoneKey = (phone: string): string => phone.replace(/\D/g, '').slice(-9);

export class ReminderRepository implements Port {
  constructor(private readonly db: Db) {}

  async plan(rows: NewReminder[]): Promise<number> {
    if (rows.length === 0) return 0;
    let added = 0;
    this.db.transaction((tx) => {
      for (const r of rows) added += tx.insert(reminders).values(r).onConflictDoNothing({ target: [reminders.accountId, reminders.key] }).run().changes;
    });
    return added;
  }

  async pending(limit: number): Promise<Reminder[]> {
    return this.db.select().from(reminders).where(eq(reminders.status, 'pending')).orderBy(asc(reminders.id)).limit(limit).all().map(toReminder);
  }

  async claim(id: number, at: string): Promise<boolean> {
    return this.db.update(reminders).set({ status: 'sending', claimedAt: at }).where(and(eq(reminders.id, id), eq(reminders.status, 'pending'))).run().changes === 1;
  }

  async release(id: number): Promise<void> {
    this.db.update(reminders).set({ status: 'pending', claimedAt: null }).where(and(eq(reminders.id, id), eq(reminders.status, 'sending'))).run();
  }

  async finish(id: number, status: 'sent' | 'stopped' | 'expired', channel: ReminderChannel | null, at: string): Promise<void> {
    this.db.update(reminders).set({ status, channel, sentAt: status === 'sent' ? at : null }).where(eq(reminders.id, id)).run();
  }

  async interruptStale(before: string): Promise<number> {
    return this.db.update(reminders).set({ status: 'interrupted' }).where(and(eq(reminders.status, 'sending'), lt(reminders.claimedAt, before))).run().changes;
  }

  async listFor(accountId: number, since: string): Promise<Reminder[]> {
    return this.db.select().from(reminders).where(and(eq(reminders.accountId, accountId), gte(reminders.expiresOn, since))).orderBy(asc(reminders.id)).all().map(toReminder);
  }

  async linkedAccounts(communeId: string): Promise<Account[]> {
    return this.db.select().from(accounts).where(and(eq(accounts.communeId, communeId), isNotNull(accounts.householdId))).all().map(toAccount);
  }

  async setStopped(accountId: number, at: string | null): Promise<void> {
    this.db.update(accounts).set({ remindersStoppedAt: at }).where(eq(accounts.id, accountId)).run();
  }

  async stoppedAt(accountId: number): Promise<string | null> {
    return this.db.select({ at: accounts.remindersStoppedAt }).from(accounts).where(eq(accounts.id, accountId)).get()?.at ?? null;
  }

  async accountsByPhone(phone: string): Promise<Account[]> {
    const key = phoneKey(phone);
    if (key.length < 9) return [];
    return this.db.select().from(accounts).where(isNotNull(accounts.phone)).all().filter((a) => phoneKey(a.phone ?? '') === key).map(toAccount);
  }

  async censusOptIn(householdId: number): Promise<string | null> {
    return this.db.select({ at: households.censusRemindersAt }).from(households).where(eq(households.id, householdId)).get()?.at ?? null;
  }

  async setCensusOptIn(householdId: number, at: string | null): Promise<void> {
    this.db.update(households).set({ censusRemindersAt: at }).where(eq(households.id, householdId)).run();
  }
}
