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
 * What is due is worked out in reminderSubjects.ts; the types are in reminderTypes.ts (re-exported).
 */
import { euros, monthName, type Wording } from './invoicing';
import { dateFormat } from './formats';
import { addDays, parisMoment } from './parisTime';
import { ReminderSubjects } from './reminderSubjects';
import type { DeliveryReport, NewReminder, Reminder, ReminderKind, ReminderParams, ReminderServiceDeps, ReminderTeller } from './reminderTypes';
import type { Account, Commune } from './types';

export type * from './reminderTypes';
export { BACK_TO_SCHOOL_REMINDER_DAYS, BOOKING_REMINDER_DAYS, INVOICE_DUE_REMINDER_DAYS, OVERDUE_REMINDER_DAYS } from './reminderSubjects';

/** Kinds whose e-mail went when they happened: when no conversation can be reached, nothing more is sent. */
const MAILED_AT_ONCE: ReadonlySet<ReminderKind> = new Set(['bookingDecision']);

const longDay = dateFormat('fr', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A reminder's values as said: days and months in words, amounts in euros. */
export function reminderWords(params: ReminderParams): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const k of ['first', 'deadline', 'dueOn', 'from', 'until']) if (typeof params[k] === 'string') out[k] = longDay.format(new Date(`${params[k]}T12:00:00Z`));
  if (typeof params.month === 'string') out.month = monthName(params.month);
  if (typeof params.amountCents === 'number') out.amount = euros(params.amountCents);
  return out;
}

/** A reminder's words from the locales: `reminder.<kind>[.<variant or late>]`, then the agent's own message if any. */
export function reminderWording(wording: Wording): (kind: ReminderKind, params: ReminderParams) => string {
  return (kind, params) => {
    const variant = typeof params.variant === 'string' ? params.variant : params.late;
    const said = wording(`reminder.${kind}${typeof variant === 'string' ? `.${variant}` : ''}`, reminderWords(params));
    return typeof params.message === 'string' ? `${said}\n${wording('reminder.agentMessage', { message: params.message })}` : said;
  };
}

/** No chat message outside 08:00–20:00, Paris time. */
export const QUIET_FROM = 20 * 60;
export const QUIET_UNTIL = 8 * 60;

export const isQuietHour = (at: Date): boolean => {
  const { minutes } = parisMoment(at);
  return minutes >= QUIET_FROM || minutes < QUIET_UNTIL;
};

export class ReminderService {
  private readonly subjects: ReminderSubjects;

  constructor(private readonly deps: ReminderServiceDeps) {
    this.subjects = new ReminderSubjects(deps);
  }

  /** What is due today for one commune's linked families (reminderSubjects.ts). */
  due(commune: Commune, today: string): Promise<NewReminder[]> {
    return this.subjects.due(commune, today);
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
