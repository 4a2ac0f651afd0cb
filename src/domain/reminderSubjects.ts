/**
 * What reminders are due today for a commune's families linked to a family file (reminders.ts
 * says when each kind is due): a booking deadline with nothing booked, the back-to-school window,
 * an invoice due or overdue, the recensement citoyen. Read-only: planning them is reminders.ts's.
 */
import { activityRuns, calendarOf, daysOfMonth, deadlineOf, shiftMonth } from './activityCalendar';
import { censusStatus } from './census';
import { addDays } from './parisTime';
import type { NewReminder, ReminderServiceDeps } from './reminderTypes';
import { ACTIVE_STATUSES, type Account, type Activity, type Commune } from './types';

export const BOOKING_REMINDER_DAYS = 2;
export const BACK_TO_SCHOOL_REMINDER_DAYS = 3;
export const INVOICE_DUE_REMINDER_DAYS = 3;
export const OVERDUE_REMINDER_DAYS = 30;

const inWindow = (today: string, last: string, daysBefore: number) => today >= addDays(last, -daysBefore) && today <= last;

type Subject = Omit<NewReminder, 'accountId'>;

export class ReminderSubjects {
  constructor(private readonly deps: Pick<ReminderServiceDeps, 'reminders' | 'households' | 'activities' | 'reservations' | 'invoices' | 'calendars'>) {}

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

  private async bookingSubjects(householdId: number, activities: Map<number, Activity>, today: string): Promise<Subject[]> {
    const { deps } = this;
    const children = new Map((await deps.households.listChildren(householdId)).map((c) => [c.id, c]));
    const out: Subject[] = [];
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

  private async invoiceSubjects(householdId: number, today: string): Promise<Subject[]> {
    const out: Subject[] = [];
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
  private async censusSubjects(householdId: number, today: string): Promise<Subject[]> {
    if (!(await this.deps.reminders.censusOptIn(householdId))) return [];
    const out: Subject[] = [];
    for (const child of await this.deps.households.listChildren(householdId)) {
      const status = censusStatus(child.birthDate, today);
      if (status.state === 'now') out.push({ kind: 'census', key: `census:${child.id}`, params: { child: child.firstName, from: status.from, until: status.until }, expiresOn: status.until });
    }
    return out;
  }
}
