/**
 * « Ma famille → Modifier les réservations »: the calendar of one activity for the household's
 * children, the basket of days added and removed (with late surcharges and the estimated cost:
 * basketPlan.ts), its confirmation in one transaction; absences and the agenda (absences.ts) and
 * the agents' side (reservationDecisions.ts: instruction, head-counts for the kitchens) are
 * reached through this service too. Its types are in reservationTypes.ts (re-exported here).
 *
 * Everything is checked against the signed-in account's household (bookingAccess.ts): a child of
 * another family, an activity the child is not enrolled in, a day out of the calendar are refused
 * and audited.
 */
import { bookingTiming, calendarOf, daysOfMonth, nearestBookableDays, shiftMonth, type BookingTiming, type ClosedReason, type SchoolCalendar } from './activityCalendar';
import { calendarView } from './bookingCalendar';
import { absenceNeedsReason, absenceToJustify, agenda, daysWithoutActivity, reportAbsence, withdrawAbsence } from './absences';
import { recordedAbsences, restateAbsenceReason, withdrawRecordedAbsence, type RecordedAbsence } from './absenceWithdrawal';
import { planBasketLines, timingsOf } from './basketPlan';
import { BookingAccess, type BookingScope } from './bookingAccess';
import { confirmedLines } from './bookingConfirmation';
import { bookingDecisionMessages } from './bookingMessages';
import { bracketFor } from './familyFile';
import type { NewOutboxMessage } from './outbox';
import type { BasketRecord, ConfirmResult, HeadcountRow, PendingReservation } from './ports';
import { ReservationDecisions } from './reservationDecisions';
import { familyReader } from './turnReads';
import { bookedByReference, type BookedByReference } from './bookingReference';
import type { AbsenceDay, AbsenceUndo, AgendaEntry, Basket, BookableActivity, CalendarView, ConfirmOutcome, ReservationDeps, Wish } from './reservationTypes';
import { type Account, type Activity, type ActivityCode, type Commune, type Household, type Reservation } from './types';

export type * from './reservationTypes';
export type { RecordedAbsence } from './absenceWithdrawal';

/** Why a day is not one of an activity's own days (as opposed to a public holiday, a week-end, a closed calendar). */
const NOT_ITS_DAY: readonly ClosedReason[] = ['notThatDay', 'noSchool', 'schoolHoliday'];

export class ReservationService {
  private readonly access: BookingAccess;
  private readonly decisions: ReservationDecisions;

  constructor(private readonly deps: ReservationDeps) {
    this.access = new BookingAccess(deps);
    this.decisions = new ReservationDecisions(deps);
  }

  /** The calendar of an activity's commune's zone. */
  private cal(activity: Pick<Activity, 'schoolZone'>): SchoolCalendar {
    return calendarOf(this.deps.calendars, activity);
  }

  async bookable(account: Account): Promise<BookableActivity[]> {
    const { household, children } = await this.access.householdOf(account);
    const [enrolments, activities] = await Promise.all([familyReader(account, this.deps.households).listEnrolments(household.id), this.deps.activities.listByCommune(household.communeId)]);
    const years = activities[0] ? this.access.currentYears(this.cal(activities[0])) : [];
    return activities
      .map((activity) => ({
        activity,
        children: children.filter((c) => enrolments.some((e) => e.childId === c.id && e.activityId === activity.id && years.includes(e.schoolYear))),
      }))
      .filter((b) => b.children.length > 0);
  }

  /** The first month, from this one, with a day that can still be booked on time. */
  defaultMonth(activity: Activity): string {
    const today = this.access.today();
    let month = today.slice(0, 7);
    for (let i = 0; i < 12; i += 1, month = shiftMonth(month, 1)) {
      if (daysOfMonth(month).some((d) => bookingTiming(activity, this.cal(activity), d, today).kind === 'onTime')) return month;
    }
    return today.slice(0, 7);
  }

  /** Whether a day of an activity can be booked today, and its deadline. */
  timingOf(activity: Activity, day: string): BookingTiming {
    return bookingTiming(activity, this.cal(activity), day, this.access.today());
  }

  /** The month's calendar of an activity for the chosen children: see bookingCalendar.ts. */
  calendar(account: Account, activityId: number, childIds: number[], month: string): Promise<CalendarView> {
    return calendarView(this.deps, this.access, account, activityId, childIds, month);
  }

  /** A calendar card only holds days of its month: any other day in its submit was forged. */
  async checkCardDays(account: Account, month: string, wishes: readonly Wish[]): Promise<void> {
    const outside = wishes.filter((w) => !w.day.startsWith(`${month}-`));
    if (outside.length) await this.access.refuse(account, 'dayOutOfRange', { month, days: outside.map((w) => w.day).slice(0, 5) });
  }

  /** The price of one day of an activity for the household (without an avis d'imposition, the highest). */
  priceOf(activity: Activity, household: Household): number {
    return bracketFor(activity.tariffs, household.quotientFamilial)?.priceCents ?? 0;
  }

  /**
   * Builds and saves the basket for wishes on one activity: each day is checked (runs, enrolment,
   * deadline, already booked or not); the days left out are listed with their reason.
   */
  async planBasket(account: Account, activityId: number, wishes: Wish[]): Promise<Basket> {
    if (wishes.some((w) => !/^\d{4}-\d{2}-\d{2}$/.test(w.day) || Number.isNaN(Date.parse(`${w.day}T12:00:00Z`)) || new Date(`${w.day}T12:00:00Z`).toISOString().slice(0, 10) !== w.day)) {
      return this.access.refuse(account, 'badDay', { days: wishes.map((w) => w.day).slice(0, 5) });
    }
    const childIds = [...new Set(wishes.map((w) => w.childId))];
    const scope = await this.access.scope(account, activityId, childIds);
    return this.buildBasket(account, scope, wishes);
  }

  private async buildBasket(account: Account, scope: BookingScope, wishes: Wish[]): Promise<Basket> {
    const { household, activity, children, enrolled } = scope;
    const today = this.access.today();
    const days = wishes.map((w) => w.day).sort();
    const existing = await this.deps.reservations.list(children.map((c) => c.id), days[0] ?? today, days.at(-1) ?? today, activity.id);
    const { basket, changes } = planBasketLines({ activity, calendar: this.cal(activity), today, children, enrolled, existing, priceCents: this.priceOf(activity, household), wishes });
    // Not one of its days (another weekday, its holidays or school weeks): the nearest days it runs.
    const offDays = basket.setAside.filter((s) => s.reason === 'notRunning' && NOT_ITS_DAY.includes(s.closed as ClosedReason));
    if (basket.lines.length === 0 && offDays.length > 0) basket.nearest = nearestBookableDays(activity, this.cal(activity), offDays[0]?.day as string, today);
    if (changes.length > 0) {
      basket.id = await this.deps.reservations.createBasket({ householdId: household.id, accountId: account.id, activityId: activity.id, changes, createdAt: this.deps.clock.now().toISOString() });
    }
    return basket;
  }

  /** A booking by its reference (CSP-RES-2026-000012): see bookingReference.ts. */
  bookedByReference(account: Account, reference: string): Promise<BookedByReference | undefined> {
    return bookedByReference(this.deps, this.access, account, reference);
  }

  /** The wishes a basket was built from, to show it again in the calendar (« Modifier »). */
  async basketWishes(account: Account, basketId: number): Promise<Wish[]> {
    return (await this.openBasket(account, basketId)).wishes;
  }

  /**
   * A basket of this account, read once for its turn: the wishes it was built from, and its
   * confirmation (confirmBasket) from that read, not read again (« Confirmer » reads the wishes first).
   */
  async openBasket(account: Account, basketId: number): Promise<{ wishes: Wish[]; confirm: (commune: Commune, locale?: string) => Promise<ConfirmOutcome> }> {
    const record = await this.ownBasket(account, basketId);
    return { wishes: record.changes.map((c) => ({ childId: c.childId, day: c.day, action: c.action })), confirm: (commune, locale) => this.confirmRead(account, commune, record, locale) };
  }

  private async ownBasket(account: Account, basketId: number): Promise<BasketRecord> {
    const record = await this.deps.reservations.getBasket(basketId);
    if (!record || record.householdId !== account.householdId) return this.access.refuse(account, 'unknownBasket', { basketId });
    return record;
  }

  /**
   * « Confirmer »: checks the deadlines again (one may have passed since the basket was shown),
   * then applies it in one transaction. A basket confirmed twice changes nothing the second time.
   * Its confirmation e-mail (in `locale`), and the mails of bookings a cancellation promoted, are
   * queued in that transaction and sent right after it in the background; its audit entry is
   * written in it too.
   */
  async confirmBasket(account: Account, commune: Commune, basketId: number, locale = 'fr'): Promise<ConfirmOutcome> {
    return this.confirmRead(account, commune, await this.ownBasket(account, basketId), locale);
  }

  private async confirmRead(account: Account, commune: Commune, record: BasketRecord, locale = 'fr'): Promise<ConfirmOutcome> {
    if (record.status === 'confirmed' && record.reference) return { kind: 'alreadyConfirmed', reference: record.reference };
    const wishes = record.changes.map((c) => ({ childId: c.childId, day: c.day, action: c.action }));
    const scope = await this.access.scope(account, record.activityId, [...new Set(wishes.map((w) => w.childId))]);
    if (record.status === 'replaced') return { kind: 'changed', basket: await this.buildBasket(account, scope, wishes) };
    const same = JSON.stringify(timingsOf(scope.activity, this.cal(scope.activity), this.access.today(), record.changes)) === JSON.stringify(record.changes.map((c) => c.timing));
    if (!same) {
      await this.deps.reservations.replaceBasket(record.id);
      return { kind: 'changed', basket: await this.buildBasket(account, scope, wishes) };
    }
    const at = this.deps.clock.now().toISOString();
    const prefix = `${commune.requestPrefix}-RES-${at.slice(0, 4)}`;
    const follow = (r: ConfirmResult): NewOutboxMessage[] =>
      r.alreadyConfirmed ? [] : [{ kind: 'bookingConfirmation', payload: { basketId: record.id, locale } }, ...bookingDecisionMessages(r.promoted, 'promoted', null)];
    const audited = (r: ConfirmResult) =>
      r.alreadyConfirmed ? undefined : { actor: `account:${account.id}`, action: 'booking.confirmed', communeId: commune.id, subject: r.reference, details: { activityId: record.activityId, changes: record.changes.length, outcomes: r.outcomes } };
    const result = await this.deps.reservations.confirmBasket(record.id, prefix, scope.activity.rules.capacity, at, follow, record, audited);
    if (result.alreadyConfirmed) return { kind: 'alreadyConfirmed', reference: result.reference };
    const lines = confirmedLines(record.changes, result.outcomes, scope.children, this.priceOf(scope.activity, scope.household));
    // Its mail says what the chat says: made from this turn's reads, not read again.
    this.deps.confirmedMails?.keep(record.id, { to: account.email, commune, reference: result.reference, lines });
    this.deps.outbox.kick();
    if (result.promoted.length) await this.decisions.tellInConversations(result.promoted.map((r) => r.id), 'promoted', null);
    return { kind: 'confirmed', reference: result.reference, lines, promoted: result.promoted };
  }

  // ── Absences and agenda (absences.ts) ──────────────────────────────────

  /** « Signaler une absence »: see absences.ts. */
  /** Whether an absence on these days asks for its reason: some day would stay billed (all free: simply cancelled). */
  absenceNeedsReason(account: Account, childId: number, days: string[]): Promise<boolean> {
    return absenceNeedsReason(this.deps, this.access, account, childId, days);
  }

  /** Whether an absence already noted on these days is still to justify (« j'ai le certificat pour l'absence du 7 »). */
  absenceToJustify(account: Account, childId: number, days: string[]): Promise<boolean> {
    return absenceToJustify(this.deps, this.access, account, childId, days);
  }

  reportAbsence(account: Account, childId: number, days: string[], reason: string, documentId: number | null): Promise<AbsenceDay[]> {
    return reportAbsence(this.deps, this.access, account, childId, days, reason, documentId);
  }

  withdrawAbsence(account: Account, childId: number, undo: AbsenceUndo[]): Promise<void> {
    return withdrawAbsence(this.deps, this.access, account, childId, undo);
  }

  /** The absences recorded for days to come, and taking one back later: see absenceWithdrawal.ts. */
  recordedAbsences(account: Account): Promise<RecordedAbsence[]> {
    return recordedAbsences(this.deps, this.access, account);
  }

  withdrawRecordedAbsence(account: Account, childId: number, day: string): Promise<boolean> {
    return withdrawRecordedAbsence(this.deps, this.access, account, childId, day);
  }

  restateAbsenceReason(account: Account, childId: number, absenceIds: number[], reason: string): Promise<void> {
    return restateAbsenceReason(this.deps, this.access, account, childId, absenceIds, reason);
  }

  daysWithoutActivity(account: Account, days: string[]): Promise<string[]> {
    return daysWithoutActivity(this.deps, this.access, account, days);
  }

  agenda(account: Account, childIds: number[], from: string, to: string): Promise<AgendaEntry[]> {
    return agenda(this.deps, this.access, account, childIds, from, to);
  }

  // ── Commune agents (reservationDecisions.ts) ───────────────────────────

  listPending(communeId?: string): Promise<PendingReservation[]> {
    return this.decisions.listPending(communeId);
  }

  decide(ids: number[], status: 'confirmed' | 'refused', actor: string, message: string | null = null): Promise<Reservation[]> {
    return this.decisions.decide(ids, status, actor, message);
  }

  headcount(communeId: string, day: string, code?: ActivityCode, school?: string): Promise<Array<HeadcountRow & { activity: Activity }>> {
    return this.decisions.headcount(communeId, day, code, school);
  }
}
