/**
 * Who may book what: every booking, absence or agenda request is checked against the signed-in
 * account's household. A child of another family, an activity the child is not enrolled in, an
 * unknown activity are refused, audited (`booking.refused`) and thrown as a DomainError.
 */
import { calendarOf, schoolYearAt, type SchoolCalendar } from './activityCalendar';
import { DomainError } from './errors';
import { parisDay } from './parisTime';
import { familyReader } from './turnReads';
import type { ReservationDeps } from './reservationTypes';
import type { Account, Activity, Child, Household } from './types';

/** The activity and the children a calendar or basket is about, with their enrolments. */
export interface BookingScope {
  household: Household;
  activity: Activity;
  children: Child[];
  enrolled(childId: number, schoolYear: string): boolean;
}

export class BookingAccess {
  constructor(private readonly deps: Pick<ReservationDeps, 'households' | 'activities' | 'audit' | 'clock' | 'calendars'>) {}

  /** Today in Paris, 'YYYY-MM-DD'. */
  today(): string {
    return parisDay(this.deps.clock.now());
  }

  /** The household of a signed-in account; a DomainError when the account is not linked to one. */
  async householdOf(account: Account): Promise<{ household: Household; children: Child[] }> {
    if (account.householdId === null) throw new DomainError('booking.noHousehold');
    const households = familyReader(account, this.deps.households);
    const household = await households.get(account.householdId);
    if (!household) throw new DomainError('booking.noHousehold');
    return { household, children: await households.listChildren(household.id) };
  }

  /** Audits the refusal and throws `booking.<reason>`. */
  async refuse(account: Account, reason: string, details: Record<string, unknown>): Promise<never> {
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'booking.refused', communeId: account.communeId, subject: String(account.householdId ?? ''), details: { reason, ...details } }, this.deps.clock.now().toISOString());
    throw new DomainError(`booking.${reason}`);
  }

  /** The school years whose enrolments count now: the current one and, from the summer, the next. */
  currentYears(calendar: SchoolCalendar): string[] {
    const today = this.today();
    const year = schoolYearAt(calendar, today)?.schoolYear;
    const next = calendar.years.map((y) => y.schoolYear).filter((y) => !year || y > year);
    return [...(year ? [year] : []), ...next.slice(0, 1)];
  }

  /** The activity and the children a calendar or basket is about, checked against the household. */
  async scope(account: Account, activityId: number, childIds: number[]): Promise<BookingScope> {
    const { household, children } = await this.householdOf(account);
    const activities = await this.deps.activities.listByCommune(household.communeId);
    const activity = activities.find((a) => a.id === activityId);
    if (!activity) return this.refuse(account, 'unknownActivity', { activityId });
    const chosen = childIds.map((id) => children.find((c) => c.id === id));
    if (childIds.length === 0 || chosen.some((c) => c === undefined)) return this.refuse(account, 'notYourChild', { childIds });
    const enrolments = await familyReader(account, this.deps.households).listEnrolments(household.id);
    const enrolled = (childId: number, schoolYear: string) => enrolments.some((e) => e.childId === childId && e.activityId === activityId && e.schoolYear === schoolYear);
    if (!(chosen as Child[]).some((c) => this.currentYears(calendarOf(this.deps.calendars, activity)).some((y) => enrolled(c.id, y)))) return this.refuse(account, 'notEnrolled', { activityId, childIds });
    return { household, activity, children: chosen as Child[], enrolled };
  }
}
