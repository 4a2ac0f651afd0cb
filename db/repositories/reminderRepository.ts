/** Reminders planned, claimed and sent, and the accounts they go to, on either store (db/store.ts). */
import { and, asc, eq, gte, isNotNull, lt } from 'drizzle-orm';
import type { NewReminder, Reminder, ReminderChannel, ReminderKind, ReminderParams, ReminderRepository as Port, ReminderStatus } from '../../src/domain/reminders';
import type { NewOutboxMessage } from '../../src/domain/outbox';
import type { Account } from '../../src/domain/types';
import type { Db } from '../client';
import type { reminders } from '../schema';
import { change, type Store, type Tx } from '../store';
import { toAccount } from './accountRepository';
import { queueIn } from './outboxRepository';
import { phoneKey } from './phoneKey';

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

/** Bytewise, as SQLite's BINARY collation compares text (PostgreSQL's depends on the database's collation). */
const byEmail = (a: { email: string }, b: { email: string }): number => Buffer.compare(Buffer.from(a.email), Buffer.from(b.email));

export class ReminderRepository implements Port {
  constructor(private readonly store: Store) {}

  async plan(rows: NewReminder[]): Promise<number> {
    if (rows.length === 0) return 0;
    return this.store.write((db) => this.planIn(db, rows));
  }

  private *planIn(db: Db, rows: NewReminder[]): Tx<number> {
    const { reminders } = this.store.tables;
    let added = 0;
    for (const r of rows) added += yield* change(db.insert(reminders).values(r).onConflictDoNothing({ target: [reminders.accountId, reminders.key] }));
    return added;
  }

  async pending(limit: number): Promise<Reminder[]> {
    const { reminders } = this.store.tables;
    return (await this.store.db.select().from(reminders).where(eq(reminders.status, 'pending')).orderBy(asc(reminders.id)).limit(limit)).map(toReminder);
  }

  async claim(id: number, at: string): Promise<boolean> {
    const { reminders } = this.store.tables;
    return (await this.store.writeOne((db) => change(db.update(reminders).set({ status: 'sending', claimedAt: at }).where(and(eq(reminders.id, id), eq(reminders.status, 'pending')))))) === 1;
  }

  async release(id: number): Promise<void> {
    const { reminders } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(reminders).set({ status: 'pending', claimedAt: null }).where(and(eq(reminders.id, id), eq(reminders.status, 'sending')))));
  }

  async finish(id: number, status: 'sent' | 'stopped' | 'expired', channel: ReminderChannel | null, at: string, then: NewOutboxMessage[] = []): Promise<void> {
    const { reminders } = this.store.tables;
    const store = this.store;
    await this.store.write(function* (db) {
      yield* change(db.update(reminders).set({ status, channel, sentAt: status === 'sent' ? at : null }).where(eq(reminders.id, id)));
      yield* queueIn(db, store, then, at);
    });
  }

  async get(id: number): Promise<Reminder | undefined> {
    const { reminders } = this.store.tables;
    const [row] = await this.store.db.select().from(reminders).where(eq(reminders.id, id)).limit(1);
    return row ? toReminder(row) : undefined;
  }

  async interruptStale(before: string): Promise<number> {
    const { reminders } = this.store.tables;
    return (await this.store.writeOne((db) => change(db.update(reminders).set({ status: 'interrupted' }).where(and(eq(reminders.status, 'sending'), lt(reminders.claimedAt, before))))));
  }

  async listFor(accountId: number, since: string): Promise<Reminder[]> {
    const { reminders } = this.store.tables;
    return (await this.store.db.select().from(reminders).where(and(eq(reminders.accountId, accountId), gte(reminders.expiresOn, since))).orderBy(asc(reminders.id))).map(toReminder);
  }

  async linkedAccounts(communeId: string): Promise<Account[]> {
    const { accounts } = this.store.tables;
    // SQLite gives them in e-mail order (it reads its commune and e-mail index): sorted so here, for PostgreSQL too.
    return (await this.store.db.select().from(accounts).where(and(eq(accounts.communeId, communeId), isNotNull(accounts.householdId)))).sort(byEmail).map(toAccount);
  }

  async setStopped(accountId: number, at: string | null): Promise<void> {
    const { accounts } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(accounts).set({ remindersStoppedAt: at }).where(eq(accounts.id, accountId))));
  }

  async stoppedAt(accountId: number): Promise<string | null> {
    const { accounts } = this.store.tables;
    const [row] = await this.store.db.select({ at: accounts.remindersStoppedAt }).from(accounts).where(eq(accounts.id, accountId)).limit(1);
    return row?.at ?? null;
  }

  async accountsByPhone(phone: string): Promise<Account[]> {
    const key = phoneKey(phone);
    if (key.length < 9) return [];
    const { accounts } = this.store.tables;
    return (await this.store.db.select().from(accounts).where(eq(accounts.phoneKey, key)).orderBy(asc(accounts.id))).map(toAccount);
  }

  async censusOptIn(householdId: number): Promise<string | null> {
    const { households } = this.store.tables;
    const [row] = await this.store.db.select({ at: households.censusRemindersAt }).from(households).where(eq(households.id, householdId)).limit(1);
    return row?.at ?? null;
  }

  async setCensusOptIn(householdId: number, at: string | null): Promise<void> {
    const { households } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(households).set({ censusRemindersAt: at }).where(eq(households.id, householdId))));
  }
}
