/**
 * Reminders: the bot speaks first before a date a family would regret missing.
 * - bookingDeadline: two days before the deadline of the first day of next month an activity runs
 *   (days-before rules), or of a holiday session (weeks-before rules), for a child enrolled who has
 *   nothing booked in that month or session;
 * - backToSchool: the three days before the back-to-school window closes (30 September), for a
 *   child enrolled who has nothing booked in October;
 * - invoiceDue: from three days before an unpaid invoice's due date; invoiceOverdue: from the day
 *   after, for 30 days;
 * - census: from a child's 16th birthday to the end of the third month after, when the family asked
 *   for it (« rappel recensement »);
 * - bookingDecision: an agent validated or refused bookings (or a waiting list freed a place); the
 *   e-mail went at once, this tells it in the conversation too.
 * Each is planned once per account and subject (a unique key) and delivered once: in the
 * resident's last chat conversation, or by SMS when that conversation was SMS and the bot can send
 * SMS, never between 20:00 and 08:00 Europe/Paris (held until morning); otherwise by e-mail,
 * through the outbox (src/domain/reminderMessages.ts).
 * A resident who said « arrêter les rappels » (or STOP by SMS) gets none.
 */
import { activityRuns, calendarOf, daysOfMonth, deadlineOf, shiftMonth, type SchoolCalendars } from './activityCalendar';
import type { Clock } from './clock';
import { censusStatus } from './census';
import { euros, monthName } from './invoicing';
import type { NewOutboxMessage, OutboxService } from './outbox';
import type { AccountRepository, ActivityRepository, CommuneRepository, HouseholdRepository, InvoiceRepository, ReservationRepository, StoredConversationRef } from './ports';
import { addDays, parisMoment } from './parisTime';
import { ACTIVE_STATUSES, type Account, type Activity, type Commune } from './types';

export type ReminderKind = 'bookingDeadline' | 'backToSchool' | 'invoiceDue' | 'invoiceOverdue' | 'census' | 'bookingDecision';
export type ReminderChannel = 'chat' | 'sms' | 'email';
/** Kinds whose e-mail went when they happened: when no conversation can be reached, nothing more is sent. */
const MAILED_AT_ONCE: ReadonlySet<ReminderKind> = new Set(['bookingDecision']);
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

const longDay = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A reminder's values as said: days and months in words, amounts in euros. */
export function reminderWords(params: ReminderParams): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const k of ['first', 'deadline', 'dueOn', 'from', 'until']) if (typeof params[k] === 'string') out[k] = longDay.format(new Date(`${params[k]}T12:00:00Z`));
  if (typeof params.month === 'string') out.month = monthName(params.month);
  if (typeof params.amountCents === 'number') out.amount = euros(params.amountCents);
  return out;
}

export const BOOKING_REMINDER_DAYS = 2;
export const BACK_TO_SCHOOL_REMINDER_DAYS = 3;
export const INVOICE_DUE_REMINDER_DAYS = 3;
export const OVERDUE_REMINDER_DAYS = 30;
/** No chat message outside 08:00–20:00, Paris time. */
export const QUIET_FROM = 20 * 60;
export const QUIET_UNTIL = 8 * 60;

export const isQuietHour = (at: Date): boolean => {
  const { minutes } = parisMoment(at);
  return minutes >= QUIET_FROM || minutes < QUIET_UNTIL;
};

const inWindow = (today: string, last: string, daysBefore: number) => today >= addDays(last, -daysBefore) && today <= last;

export interface DeliveryReport {
  planned: number;
  sent: { chat: number; sms: number; email: number };
  held: number;
  stopped: number;
  expired: number;
  interrupted: number;
}

export class ReminderService {
  constructor(private readonly deps: ReminderServiceDeps) {}

  /** What is due today for one commune's linked families. */
  async due(commune: Commune, today: string): Promise<NewReminder[]> {
    const { deps } = this;
    const accounts = await deps.reminders.linkedAccounts(commune.id);
    if (accounts.length === 0) return [];
    const activities = new Map((await deps.activities.listByCommune(commune.id)).map((a) => [a.id, a]));
    const byHousehold = new Map<number, Account[]>();
    for (const a of accounts) if (a.householdId) byHousehold.set(a.householdId, [...(byHousehold.get(a.householdId) ?? []), a]);
    const out: NewReminder[] = [];
    for (const [householdId, members] of byHousehold) {
      const subjects = [...(await this.bookingSubjects(householdId, activities, today)), ...(await this.invoiceSubjects(householdId, today)), ...(await this.censusSubjects(householdId, today))];
      for (const s of subjects) for (const m of members) out.push({ ...s, accountId: m.id });
    }
    return out;
  }

  private async bookingSubjects(householdId: number, activities: Map<number, Activity>, today: string): Promise<Array<Omit<NewReminder, 'accountId'>>> {
    const { deps } = this;
    const children = new Map((await deps.households.listChildren(householdId)).map((c) => [c.id, c]));
    const out: Array<Omit<NewReminder, 'accountId'>> = [];
    const nothingBooked = async (childId: number, activityId: number, from: string, to: string) =>
      !(await deps.reservations.list([childId], from, to, activityId)).some((r) => ACTIVE_STATUSES.includes(r.status));
    for (const e of await deps.households.listEnrolments(householdId)) {
      const activity = activities.get(e.activityId);
      const child = children.get(e.childId);
      if (!activity || !child) continue;
      const named = { child: child.firstName, activity: activity.label };
      const late = activity.rules.late.kind === 'refuse' ? 'refuse' : 'surcharge';
      if (activity.rules.deadline.kind === 'daysBefore') {
        // Next month: its first day the activity runs decides the deadline.
        const month = shiftMonth(today.slice(0, 7), 1);
        const days = daysOfMonth(month);
        const first = days.find((d) => activityRuns(activity, calendarOf(deps.calendars, activity), d).runs);
        if (first) {
          const run = activityRuns(activity, calendarOf(deps.calendars, activity), first);
          const deadline = run.runs && run.schoolYear === e.schoolYear ? deadlineOf(activity, run, first) : undefined;
          if (deadline && inWindow(today, deadline, BOOKING_REMINDER_DAYS) && (await nothingBooked(child.id, activity.id, days[0]!, days[days.length - 1]!))) {
            out.push({ kind: 'bookingDeadline', key: `booking:${child.id}:${activity.id}:${month}`, params: { ...named, month, first, deadline, late }, expiresOn: deadline });
          }
        }
      } else {
        // Holiday sessions: each first day within the next eight weeks.
        const seen = new Set<string>();
        for (let d = today; d <= addDays(today, 56); d = addDays(d, 1)) {
          const run = activityRuns(activity, calendarOf(deps.calendars, activity), d);
          if (!run.runs || !run.session || seen.has(run.session.firstDay) || run.schoolYear !== e.schoolYear) continue;
          seen.add(run.session.firstDay);
          const deadline = deadlineOf(activity, run, d);
          const last = addDays(run.session.resume, -1);
          if (inWindow(today, deadline, BOOKING_REMINDER_DAYS) && (await nothingBooked(child.id, activity.id, run.session.firstDay, last))) {
            out.push({ kind: 'bookingDeadline', key: `booking:${child.id}:${activity.id}:${run.session.firstDay}`, params: { ...named, month: run.session.firstDay.slice(0, 7), first: run.session.firstDay, deadline, late }, expiresOn: deadline });
          }
        }
      }
      const until = activity.rules.backToSchoolUntil ? `${e.schoolYear.slice(0, 4)}-${activity.rules.backToSchoolUntil}` : undefined;
      if (until && inWindow(today, until, BACK_TO_SCHOOL_REMINDER_DAYS)) {
        const october = daysOfMonth(shiftMonth(until.slice(0, 7), 1));
        if (await nothingBooked(child.id, activity.id, october[0]!, october[october.length - 1]!)) {
          out.push({ kind: 'backToSchool', key: `backToSchool:${child.id}:${activity.id}:${e.schoolYear}`, params: { ...named, deadline: until }, expiresOn: until });
        }
      }
    }
    return out;
  }

  private async invoiceSubjects(householdId: number, today: string): Promise<Array<Omit<NewReminder, 'accountId'>>> {
    const out: Array<Omit<NewReminder, 'accountId'>> = [];
    for (const invoice of await this.deps.invoices.listByHousehold(householdId)) {
      if (invoice.status !== 'issued') continue;
      const params = { number: invoice.number, amountCents: invoice.totalCents, dueOn: invoice.dueOn };
      if (inWindow(today, invoice.dueOn, INVOICE_DUE_REMINDER_DAYS)) out.push({ kind: 'invoiceDue', key: `invoiceDue:${invoice.id}`, params, expiresOn: invoice.dueOn });
      const overdueUntil = addDays(invoice.dueOn, OVERDUE_REMINDER_DAYS);
      if (today > invoice.dueOn && today <= overdueUntil) out.push({ kind: 'invoiceOverdue', key: `invoiceOverdue:${invoice.id}`, params, expiresOn: overdueUntil });
    }
    return out;
  }

  /** Each child of a family that asked for it, from the 16th birthday until the recensement's last day. */
  private async censusSubjects(householdId: number, today: string): Promise<Array<Omit<NewReminder, 'accountId'>>> {
    if (!(await this.deps.reminders.censusOptIn(householdId))) return [];
    const out: Array<Omit<NewReminder, 'accountId'>> = [];
    for (const child of await this.deps.households.listChildren(householdId)) {
      const status = censusStatus(child.birthDate, today);
      if (status.state === 'now') out.push({ kind: 'census', key: `census:${child.id}`, params: { child: child.firstName, from: status.from, until: status.until }, expiresOn: status.until });
    }
    return out;
  }

  /** Plans what is due today in every commune (a second run adds nothing). */
  async plan(): Promise<number> {
    const today = parisMoment(this.deps.clock.now()).day;
    let planned = 0;
    for (const commune of await this.deps.communes.list()) planned += await this.deps.reminders.plan(await this.due(commune, today));
    return planned;
  }

  /**
   * Delivers the pending reminders: each claimed by one run only, then sent once. Chat messages
   * wait for 08:00 (Paris); e-mail goes at once: queued in the outbox in the transaction that marks
   * the reminder sent by e-mail, sent at the end of the run (or later by the outbox job).
   */
  async deliver(teller: ReminderTeller, staleMinutes = 30): Promise<Omit<DeliveryReport, 'planned'>> {
    const { deps } = this;
    const now = deps.clock.now();
    const at = now.toISOString();
    const today = parisMoment(now).day;
    const quiet = isQuietHour(now);
    const report = { sent: { chat: 0, sms: 0, email: 0 }, held: 0, stopped: 0, expired: 0, interrupted: await deps.reminders.interruptStale(new Date(now.getTime() - staleMinutes * 60_000).toISOString()) };
    for (const r of await deps.reminders.pending(500)) {
      if (!(await deps.reminders.claim(r.id, at))) continue;
      const account = await deps.accounts.get(r.accountId);
      if (!account || (await deps.reminders.stoppedAt(r.accountId))) {
        await deps.reminders.finish(r.id, 'stopped', null, at);
        report.stopped += 1;
        continue;
      }
      if (r.expiresOn < today) {
        await deps.reminders.finish(r.id, 'expired', null, at);
        report.expired += 1;
        continue;
      }
      const text = deps.word(r.kind, r.params);
      const conversation = await deps.conversationOf(r.accountId);
      const chat = conversation && conversation.channelId !== 'sms' ? conversation : undefined;
      // The last conversation was by SMS: an SMS to the account's number, when the bot can send one.
      const phone = conversation?.channelId === 'sms' && teller.sms && account.phone ? account.phone : undefined;
      if ((chat || phone) && quiet) {
        await deps.reminders.release(r.id);
        report.held += 1;
        continue;
      }
      if (chat && (await teller.remind(chat, text))) {
        await deps.reminders.finish(r.id, 'sent', 'chat', at);
        report.sent.chat += 1;
        continue;
      }
      if (phone && (await teller.sms?.(phone, text))) {
        await deps.reminders.finish(r.id, 'sent', 'sms', at);
        report.sent.sms += 1;
        continue;
      }
      if (MAILED_AT_ONCE.has(r.kind)) {
        await deps.reminders.finish(r.id, 'sent', 'email', at);
        report.sent.email += 1;
        continue;
      }
      await deps.reminders.finish(r.id, 'sent', 'email', at, [{ kind: 'reminder', payload: { reminderId: r.id } }]);
      report.sent.email += 1;
    }
    if (report.sent.email > 0) await deps.outbox.flush();
    return report;
  }

  async stop(accountId: number): Promise<void> {
    await this.deps.reminders.setStopped(accountId, this.deps.clock.now().toISOString());
  }

  async resume(accountId: number): Promise<void> {
    await this.deps.reminders.setStopped(accountId, null);
  }

  /** STOP by SMS: every account with this phone number, and the one signed in on it; false when there is none. */
  async stopForSms(phone: string, signedInAccountId?: number): Promise<boolean> {
    const ids = new Set((await this.deps.reminders.accountsByPhone(phone)).map((a) => a.id));
    if (signedInAccountId !== undefined) ids.add(signedInAccountId);
    for (const id of ids) await this.stop(id);
    return ids.size > 0;
  }

  /** « mes rappels »: whether they are on, the recensement reminder, and those of the last 30 days and to come. */
  async overview(account: Account): Promise<{ stoppedAt: string | null; census: string | null; reminders: Reminder[] }> {
    const since = addDays(parisMoment(this.deps.clock.now()).day, -30);
    return {
      stoppedAt: await this.deps.reminders.stoppedAt(account.id),
      census: account.householdId ? await this.deps.reminders.censusOptIn(account.householdId) : null,
      reminders: await this.deps.reminders.listFor(account.id, since),
    };
  }

  /** « rappel recensement » (or « plus de rappel recensement ») for the family file the account is linked to. */
  async setCensus(householdId: number, on: boolean): Promise<void> {
    await this.deps.reminders.setCensusOptIn(householdId, on ? this.deps.clock.now().toISOString() : null);
  }

  /** Bookings an agent validated or refused (or a waiting list confirmed): told to each account of the family. */
  async planBookingDecision(accountIds: number[], decision: 'confirmed' | 'refused' | 'promoted', items: Array<{ childName: string; activityLabel: string; day: string }>, ids: number[], message: string | null): Promise<number> {
    const today = parisMoment(this.deps.clock.now()).day;
    const listed = items.map((i) => `${i.childName}, ${i.activityLabel} : ${longDay.format(new Date(`${i.day}T12:00:00Z`))}`).join(' ; ');
    const key = `bookingDecision:${decision}:${[...ids].sort((a, b) => a - b).join(',')}`;
    const params: ReminderParams = { variant: decision, items: listed, ...(message ? { message } : {}) };
    return this.deps.reminders.plan(accountIds.map((accountId) => ({ accountId, kind: 'bookingDecision', key, params, expiresOn: addDays(today, 7) })));
  }

  /** The words of a reminder, for the list. */
  word(r: Pick<Reminder, 'kind' | 'params'>): string {
    return this.deps.word(r.kind, r.params);
  }
}
