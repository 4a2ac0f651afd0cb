/**
 * What reminders are (reminders.ts): their kinds, channels and states, the store's port, who says
 * them (ReminderTeller) and what the reminder service is given. Re-exported by reminders.ts.
 */
import type { SchoolCalendars } from './activityCalendar';
import type { Clock } from './clock';
import type { NewOutboxMessage, OutboxService } from './outbox';
import type { AccountRepository, ActivityRepository, CommuneRepository, HouseholdRepository, InvoiceRepository, ReservationRepository, StoredConversationRef } from './ports';
import type { Account } from './types';

export type ReminderKind = 'bookingDeadline' | 'backToSchool' | 'invoiceDue' | 'invoiceOverdue' | 'census' | 'bookingDecision';
export type ReminderChannel = 'chat' | 'sms' | 'email';
export type ReminderStatus = 'pending' | 'sending' | 'sent' | 'stopped' | 'expired' | 'interrupted';

/** What a reminder says, filled into locales' `reminder.<kind>` (names, days, amounts: never a secret). */
export type ReminderParams = Record<string, string | number>;

export interface NewReminder {
  accountId: number;
  kind: ReminderKind;
  key: string;
  params: ReminderParams;
  expiresOn: string;
}

export interface Reminder extends NewReminder {
  id: number;
  status: ReminderStatus;
  channel: ReminderChannel | null;
  sentAt: string | null;
  createdAt: string;
}

export interface ReminderRepository {
  /** Adds the reminders not planned yet (same account and key: ignored); returns how many were added. */
  plan(reminders: NewReminder[]): Promise<number>;
  /** Pending reminders, oldest first. */
  pending(limit: number): Promise<Reminder[]>;
  /** pending → sending; false when another run claimed it first. */
  claim(id: number, at: string): Promise<boolean>;
  /** sending → pending (held for quiet hours after all). */
  release(id: number): Promise<void>;
  /** Marks it dealt with, and queues the messages `then` lists (its e-mail) in the same transaction. */
  finish(id: number, status: 'sent' | 'stopped' | 'expired', channel: ReminderChannel | null, at: string, then?: NewOutboxMessage[]): Promise<void>;
  get(id: number): Promise<Reminder | undefined>;
  /** Reminders left `sending` since before a moment (their run died): marked interrupted, not sent again. */
  interruptStale(before: string): Promise<number>;
  listFor(accountId: number, since: string): Promise<Reminder[]>;
  /** The accounts of a commune linked to a family file. */
  linkedAccounts(communeId: string): Promise<Account[]>;
  setStopped(accountId: number, at: string | null): Promise<void>;
  stoppedAt(accountId: number): Promise<string | null>;
  /** Accounts whose phone is this number (any common French writing of it). */
  accountsByPhone(phone: string): Promise<Account[]>;
  /** When the household asked for the recensement reminder; null: not asked. */
  censusOptIn(householdId: number): Promise<string | null>;
  setCensusOptIn(householdId: number, at: string | null): Promise<void>;
}

/** Says a reminder in a conversation, or by SMS to a number; false when the channel refuses. */
export interface ReminderTeller {
  remind(target: StoredConversationRef, text: string): Promise<boolean>;
  /** Absent when the bot cannot send SMS on its own (no Twilio account configured). */
  sms?(phone: string, text: string): Promise<boolean>;
}

export interface ReminderServiceDeps {
  reminders: ReminderRepository;
  households: HouseholdRepository;
  activities: ActivityRepository;
  reservations: ReservationRepository;
  invoices: InvoiceRepository;
  communes: CommuneRepository;
  accounts: AccountRepository;
  conversationOf(accountId: number): Promise<StoredConversationRef | undefined>;
  /** The school calendars of every zone: an activity follows its commune's. */
  calendars: SchoolCalendars;
  clock: Clock;
  /** Sends the e-mails queued with the reminders marked sent by e-mail, once the run has dealt with them. */
  outbox: Pick<OutboxService, 'flush'>;
  /** The words of a reminder (French: the locales' `reminder.<kind>`). */
  word(kind: ReminderKind, params: ReminderParams): string;
}

export interface DeliveryReport {
  planned: number;
  sent: { chat: number; sms: number; email: number };
  held: number;
  stopped: number;
  expired: number;
  interrupted: number;
}
