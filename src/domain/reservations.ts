/**
 * « Ma famille → Modifier les réservations »: the calendar of one activity for the household's
 * children, the basket of days added and removed (with late surcharges and the estimated cost),
 * its confirmation in one transaction, absences, the agenda, and the agents' side (instruction,
 * head-counts for the kitchens).
 *
 * Everything is checked against the signed-in account's household: a child of another family, an
 * activity the child is not enrolled in, a day out of the calendar are refused and audited.
 */
import { createHash } from 'node:crypto';
import {
  activityRuns,
  bookingTiming,
  cancellationTiming,
  daysOfMonth,
  schoolYearAt,
  shiftMonth,
  surchargeCents,
  type BookingTiming,
  type ClosedReason,
  calendarOf,
  type SchoolCalendar,
  type SchoolCalendars,
} from './activityCalendar';
import type { Clock } from './clock';
import { DomainError } from './errors';
import { bracketFor } from './familyFile';
import { parisDay } from './parisTime';
import type { DocumentRepository } from './documents';
import { confirmedLines, type ConfirmedLine } from './bookingConfirmation';
import { bookingDecisionMessages, type BookingDecisionKind } from './bookingMessages';
import type { NewOutboxMessage, OutboxService } from './outbox';
import type { AccountRepository, CommuneRepository, AuditRepository, BasketChange, BookingDecision, ConfirmResult, HeadcountRow, HouseholdRepository, PendingReservation, ReservationRepository, ActivityRepository } from './ports';
import { ACTIVE_STATUSES, type Account, type Activity, type ActivityCode, type Child, type Commune, type Household, type Reservation, type ReservationStatus } from './types';

export interface ReservationDeps {
  reservations: ReservationRepository;
  accounts: AccountRepository;
  communes: CommuneRepository;
  /** Sends the mails queued with a confirmation or a decision, right after the commit. */
  outbox: Pick<OutboxService, 'kick' | 'flush'>;
  households: HouseholdRepository;
  activities: ActivityRepository;
  documents: Pick<DocumentRepository, 'listByHousehold'>;
  audit: AuditRepository;
  clock: Clock;
  /** The school calendars of every zone: an activity follows its commune's. */
  calendars: SchoolCalendars;
  /** Also tells a decision in the family's conversations (the reminders' delivery: quiet hours, once). */
  tellInConversation?(accountIds: number[], decision: 'confirmed' | 'refused' | 'promoted', items: Array<{ childName: string; activityLabel: string; day: string }>, ids: number[], message: string | null): Promise<unknown>;
}

/** An activity the household can book, with the children enrolled in it this school year or the next. */
export interface BookableActivity {
  activity: Activity;
  children: Child[];
}

export type DayState =
  | { kind: 'open' }
  | { kind: 'late'; surchargePercent: number }
  /** Booked, past the booking deadline of a refused-when-late activity: it can still be cancelled. */
  | { kind: 'cancelOnly' }
  | { kind: 'closed'; reason: 'past' | 'lateRefused' | 'notEnrolled' | ClosedReason };

export interface CalendarDay {
  day: string;
  state: DayState;
  /** The booking of that day, if any is active (pending, confirmed or waiting). */
  status?: ReservationStatus;
}

export interface CalendarView {
  activity: Activity;
  month: string;
  children: Array<{ child: Child; days: CalendarDay[] }>;
  /** A fingerprint of the bookings shown: a card submitted after they changed is noticed. */
  version: string;
  previous?: string;
  next?: string;
}

/** What the resident asked for one child and one day. */
export interface Wish {
  childId: number;
  day: string;
  action: 'add' | 'remove';
}

export type SetAside =
  | 'notRunning'
  | 'past'
  | 'lateRefused'
  | 'notEnrolled'
  | 'alreadyBooked'
  | 'notBooked'
  | 'noCalendar';

export interface BasketLine {
  childId: number;
  childName: string;
  day: string;
  action: 'add' | 'remove';
  late: boolean;
  surchargePercent: number;
  priceCents: number;
  surchargeCents: number;
  /** remove: cancelled after the deadline, the day stays billed. */
  billed: boolean;
  /** add: waits for the commune's instruction. */
  pending: boolean;
}

export interface Basket {
  id: number;
  activity: Activity;
  lines: BasketLine[];
  /** Days asked for but left out, each with its reason (never silently). */
  setAside: Array<{ childId: number; childName: string; day: string; reason: SetAside; closed?: ClosedReason }>;
  /** Price of the days added (surcharges included), in cents. */
  addedCents: number;
  /** Price of the days cancelled in time (no longer billed), in cents. */
  refundedCents: number;
}

export type ConfirmOutcome =
  | { kind: 'confirmed'; reference: string; lines: ConfirmedLine[]; promoted: Reservation[] }
  | { kind: 'alreadyConfirmed'; reference: string }
  /** A deadline passed between the basket and « Confirmer »: here is the basket as it now stands. */
  | { kind: 'changed'; basket: Basket };

export interface AbsenceDay {
  day: string;
  /** The activities booked that day. */
  activities: Activity[];
  /** Cancelled free of charge (still before the deadline), billed, or not billed (justified). */
  billing: 'cancelledFree' | 'billed' | 'notBilled';
}

export interface AgendaEntry {
  day: string;
  childId: number;
  activity: Activity;
  status: ReservationStatus;
  absent: boolean;
}

export class ReservationService {
  constructor(private readonly deps: ReservationDeps) {}

  private today(): string {
    return parisDay(this.deps.clock.now());
  }

  /** The household of a signed-in account; a DomainError when the account is not linked to one. */
  private async householdOf(account: Account): Promise<{ household: Household; children: Child[] }> {
    if (account.householdId === null) throw new DomainError('booking.noHousehold');
    const household = await this.deps.households.get(account.householdId);
    if (!household) throw new DomainError('booking.noHousehold');
    return { household, children: await this.deps.households.listChildren(household.id) };
  }

  private async refuse(account: Account, reason: string, details: Record<string, unknown>): Promise<never> {
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'booking.refused', communeId: account.communeId, subject: String(account.householdId ?? ''), details: { reason, ...details } }, this.deps.clock.now().toISOString());
    throw new DomainError(`booking.${reason}`);
  }

  /** The calendar of an activity's commune's zone. */
  private cal(activity: Pick<Activity, 'schoolZone'>): SchoolCalendar {
    return calendarOf(this.deps.calendars, activity);
  }

  /** The school years whose enrolments count now: the current one and, from the summer, the next. */
  private currentYears(calendar: SchoolCalendar): string[] {
    const today = this.today();
    const year = schoolYearAt(calendar, today)?.schoolYear;
    const next = calendar.years.map((y) => y.schoolYear).filter((y) => !year || y > year);
    return [...(year ? [year] : []), ...next.slice(0, 1)];
  }

  async bookable(account: Account): Promise<BookableActivity[]> {
    const { household, children } = await this.householdOf(account);
    const [enrolments, activities] = await Promise.all([this.deps.households.listEnrolments(household.id), this.deps.activities.listByCommune(household.communeId)]);
    const years = activities[0] ? this.currentYears(this.cal(activities[0])) : [];
    return activities
      .map((activity) => ({
        activity,
        children: children.filter((c) => enrolments.some((e) => e.childId === c.id && e.activityId === activity.id && years.includes(e.schoolYear))),
      }))
      .filter((b) => b.children.length > 0);
  }

  /** The activity and the children a calendar or basket is about, checked against the household. */
  private async scope(account: Account, activityId: number, childIds: number[]) {
    const { household, children } = await this.householdOf(account);
    const activities = await this.deps.activities.listByCommune(household.communeId);
    const activity = activities.find((a) => a.id === activityId);
    if (!activity) return this.refuse(account, 'unknownActivity', { activityId });
    const chosen = childIds.map((id) => children.find((c) => c.id === id));
    if (childIds.length === 0 || chosen.some((c) => c === undefined)) return this.refuse(account, 'notYourChild', { childIds });
    const enrolments = await this.deps.households.listEnrolments(household.id);
    const enrolled = (childId: number, schoolYear: string) => enrolments.some((e) => e.childId === childId && e.activityId === activityId && e.schoolYear === schoolYear);
    if (!(chosen as Child[]).some((c) => this.currentYears(this.cal(activity)).some((y) => enrolled(c.id, y)))) return this.refuse(account, 'notEnrolled', { activityId, childIds });
    return { household, activity, children: chosen as Child[], enrolled };
  }

  /** The first month, from this one, with a day that can still be booked on time. */
  defaultMonth(activity: Activity): string {
    const today = this.today();
    let month = today.slice(0, 7);
    for (let i = 0; i < 12; i += 1, month = shiftMonth(month, 1)) {
      if (daysOfMonth(month).some((d) => bookingTiming(activity, this.cal(activity), d, today).kind === 'onTime')) return month;
    }
    return today.slice(0, 7);
  }

  private dayState(activity: Activity, timing: BookingTiming, booked: boolean, enrolled: boolean, day: string, today: string): DayState {
    if (timing.kind === 'onTime') return enrolled ? { kind: 'open' } : { kind: 'closed', reason: 'notEnrolled' };
    if (timing.kind === 'late') return enrolled ? { kind: 'late', surchargePercent: timing.surchargePercent } : { kind: 'closed', reason: 'notEnrolled' };
    if (booked && timing.reason === 'lateRefused' && cancellationTiming(activity, this.cal(activity), day, today).kind !== 'past') return { kind: 'cancelOnly' };
    return { kind: 'closed', reason: timing.reason };
  }

  async calendar(account: Account, activityId: number, childIds: number[], month: string): Promise<CalendarView> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return this.refuse(account, 'badMonth', { month });
    const { activity, children, enrolled } = await this.scope(account, activityId, childIds);
    const today = this.today();
    const days = daysOfMonth(month);
    const first = days[0] as string;
    const last = days.at(-1) as string;
    const booked = await this.deps.reservations.list(children.map((c) => c.id), first, last, activity.id);
    const active = new Map(booked.filter((r) => ACTIVE_STATUSES.includes(r.status)).map((r) => [`${r.childId}:${r.day}`, r]));
    const view = children.map((child) => ({
      child,
      days: days.map((day): CalendarDay => {
        const reservation = active.get(`${child.id}:${day}`);
        const run = activityRuns(activity, this.cal(activity), day);
        const timing = bookingTiming(activity, this.cal(activity), day, today);
        const state = this.dayState(activity, timing, reservation !== undefined, run.runs && enrolled(child.id, run.schoolYear), day, today);
        return { day, state, ...(reservation ? { status: reservation.status } : {}) };
      }),
    }));
    const version = createHash('sha256')
      .update(booked.map((r) => `${r.id}:${r.status}:${r.updatedAt}`).join('|'))
      .digest('base64url')
      .slice(0, 12);
    const inCalendar = (m: string) => daysOfMonth(m).some((d) => schoolYearAt(this.cal(activity), d) !== undefined);
    const previous = shiftMonth(month, -1);
    const next = shiftMonth(month, 1);
    return {
      activity,
      month,
      children: view,
      version,
      ...(previous >= today.slice(0, 7) && inCalendar(previous) ? { previous } : {}),
      ...(inCalendar(next) ? { next } : {}),
    };
  }

  /** A calendar card only holds days of its month: any other day in its submit was forged. */
  async checkCardDays(account: Account, month: string, wishes: readonly Wish[]): Promise<void> {
    const outside = wishes.filter((w) => !w.day.startsWith(`${month}-`));
    if (outside.length) await this.refuse(account, 'dayOutOfRange', { month, days: outside.map((w) => w.day).slice(0, 5) });
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
      return this.refuse(account, 'badDay', { days: wishes.map((w) => w.day).slice(0, 5) });
    }
    const childIds = [...new Set(wishes.map((w) => w.childId))];
    const scope = await this.scope(account, activityId, childIds);
    return this.buildBasket(account, scope, wishes);
  }

  private async buildBasket(account: Account, scope: Awaited<ReturnType<ReservationService['scope']>>, wishes: Wish[]): Promise<Basket> {
    const { household, activity, children, enrolled } = scope;
    const today = this.today();
    const sorted = [...wishes].sort((a, b) => a.day.localeCompare(b.day) || a.childId - b.childId);
    const from = sorted[0]?.day ?? today;
    const to = sorted.at(-1)?.day ?? today;
    const existing = await this.deps.reservations.list(children.map((c) => c.id), from, to, activity.id);
    const activeOf = (childId: number, day: string) => existing.find((r) => r.childId === childId && r.day === day && ACTIVE_STATUSES.includes(r.status));
    const price = this.priceOf(activity, household);
    const nameOf = (childId: number) => children.find((c) => c.id === childId)?.firstName ?? '';
    const basket: Basket = { id: 0, activity, lines: [], setAside: [], addedCents: 0, refundedCents: 0 };
    const changes: BasketChange[] = [];
    const seen = new Set<string>();
    for (const wish of sorted) {
      const key = `${wish.childId}:${wish.day}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const childName = nameOf(wish.childId);
      const aside = (reason: SetAside, closed?: ClosedReason) => basket.setAside.push({ childId: wish.childId, childName, day: wish.day, reason, ...(closed ? { closed } : {}) });
      const run = activityRuns(activity, this.cal(activity), wish.day);
      if (!run.runs) {
        aside(run.reason === 'noCalendar' ? 'noCalendar' : 'notRunning', run.reason);
        continue;
      }
      const booked = activeOf(wish.childId, wish.day);
      if (wish.action === 'add') {
        if (!enrolled(wish.childId, run.schoolYear)) aside('notEnrolled');
        else if (booked) aside('alreadyBooked');
        else {
          const timing = bookingTiming(activity, this.cal(activity), wish.day, today);
          if (timing.kind === 'closed') aside(timing.reason === 'lateRefused' ? 'lateRefused' : 'past');
          else {
            const late = timing.kind === 'late';
            const percent = late ? timing.surchargePercent : 0;
            const review = activity.rules.review ?? 'none';
            const pending = review === 'all' || (review === 'late' && late);
            const extra = surchargeCents(price, percent);
            changes.push({ childId: wish.childId, day: wish.day, action: 'add', status: pending ? 'pending' : 'confirmed', late, surchargePercent: percent, timing: late ? `late:${percent}` : 'onTime' });
            basket.lines.push({ childId: wish.childId, childName, day: wish.day, action: 'add', late, surchargePercent: percent, priceCents: price, surchargeCents: extra, billed: true, pending });
            basket.addedCents += price + extra;
          }
        }
      } else if (!booked) aside('notBooked');
      else {
        const timing = cancellationTiming(activity, this.cal(activity), wish.day, today);
        if (timing.kind === 'past') aside('past');
        else {
          const billed = timing.kind === 'billed' && booked.status !== 'waiting';
          changes.push({ childId: wish.childId, day: wish.day, action: 'remove', late: billed, surchargePercent: 0, billed, timing: timing.kind });
          basket.lines.push({ childId: wish.childId, childName, day: wish.day, action: 'remove', late: billed, surchargePercent: 0, priceCents: price, surchargeCents: 0, billed, pending: false });
          if (!billed && booked.status !== 'waiting') basket.refundedCents += price + surchargeCents(price, booked.surchargePercent);
        }
      }
    }
    if (changes.length > 0) {
      basket.id = await this.deps.reservations.createBasket({ householdId: household.id, accountId: account.id, activityId: activity.id, changes, createdAt: this.deps.clock.now().toISOString() });
    }
    return basket;
  }

  /** The wishes a basket was built from, to show it again in the calendar (« Modifier »). */
  async basketWishes(account: Account, basketId: number): Promise<Wish[]> {
    const record = await this.deps.reservations.getBasket(basketId);
    if (!record || record.householdId !== account.householdId) return this.refuse(account, 'unknownBasket', { basketId });
    return record.changes.map((c) => ({ childId: c.childId, day: c.day, action: c.action }));
  }

  /**
   * « Confirmer »: checks the deadlines again (one may have passed since the basket was shown),
   * then applies it in one transaction. A basket confirmed twice changes nothing the second time.
   * Its confirmation e-mail (in `locale`), and the mails of bookings a cancellation promoted, are
   * queued in that transaction and sent right after it in the background.
   */
  async confirmBasket(account: Account, commune: Commune, basketId: number, locale = 'fr'): Promise<ConfirmOutcome> {
    const record = await this.deps.reservations.getBasket(basketId);
    if (!record || record.householdId !== account.householdId) return this.refuse(account, 'unknownBasket', { basketId });
    if (record.status === 'confirmed' && record.reference) return { kind: 'alreadyConfirmed', reference: record.reference };
    const wishes = record.changes.map((c) => ({ childId: c.childId, day: c.day, action: c.action }));
    const scope = await this.scope(account, record.activityId, [...new Set(wishes.map((w) => w.childId))]);
    if (record.status === 'replaced') return { kind: 'changed', basket: await this.buildBasket(account, scope, wishes) };
    const same = JSON.stringify(this.timingsOf(scope.activity, record.changes)) === JSON.stringify(record.changes.map((c) => c.timing));
    if (!same) {
      await this.deps.reservations.replaceBasket(record.id);
      return { kind: 'changed', basket: await this.buildBasket(account, scope, wishes) };
    }
    const at = this.deps.clock.now().toISOString();
    const prefix = `${commune.requestPrefix}-RES-${at.slice(0, 4)}`;
    const follow = (r: ConfirmResult): NewOutboxMessage[] =>
      r.alreadyConfirmed ? [] : [{ kind: 'bookingConfirmation', payload: { basketId: record.id, locale } }, ...bookingDecisionMessages(r.promoted, 'promoted', null)];
    const result = await this.deps.reservations.confirmBasket(record.id, prefix, scope.activity.rules.capacity, at, follow);
    if (result.alreadyConfirmed) return { kind: 'alreadyConfirmed', reference: result.reference };
    this.deps.outbox.kick();
    if (result.promoted.length) await this.tellInConversations(result.promoted.map((r) => r.id), 'promoted', null);
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'booking.confirmed', communeId: commune.id, subject: result.reference, details: { activityId: record.activityId, changes: record.changes.length, outcomes: result.outcomes } }, at);
    const lines = confirmedLines(record.changes, result.outcomes, scope.children, this.priceOf(scope.activity, scope.household));
    return { kind: 'confirmed', reference: result.reference, lines, promoted: result.promoted };
  }

  /** The deadline situation of each change now: 'onTime', 'late:20', 'closed', 'free', 'billed' or 'past'. */
  private timingsOf(activity: Activity, changes: ReadonlyArray<{ day: string; action: 'add' | 'remove' }>): string[] {
    const today = this.today();
    return changes.map((c) => {
      if (c.action === 'remove') return cancellationTiming(activity, this.cal(activity), c.day, today).kind;
      const timing = bookingTiming(activity, this.cal(activity), c.day, today);
      return timing.kind === 'late' ? `late:${timing.surchargePercent}` : timing.kind;
    });
  }

  // ── Absences ───────────────────────────────────────────────────────────

  /**
   * « Signaler une absence »: for each day, the child's bookings are kept and the absence noted.
   * Days still before the cancellation deadline are simply cancelled (not billed); after it, the
   * day stays billed unless the absence is justified (a medical certificate).
   */
  async reportAbsence(account: Account, childId: number, days: string[], reason: string, documentId: number | null): Promise<AbsenceDay[]> {
    const { household, children } = await this.householdOf(account);
    if (!children.some((c) => c.id === childId)) return this.refuse(account, 'notYourChild', { childIds: [childId] });
    if (documentId !== null && !(await this.deps.documents.listByHousehold(household.id)).some((d) => d.id === documentId && d.kind === 'certificat_medical')) {
      return this.refuse(account, 'unknownDocument', { documentId });
    }
    const sorted = [...new Set(days)].sort();
    if (sorted.length === 0) return [];
    const activities = await this.deps.activities.listByCommune(household.communeId);
    const booked = (await this.deps.reservations.list([childId], sorted[0] as string, sorted.at(-1) as string)).filter((r) => sorted.includes(r.day) && (r.status === 'pending' || r.status === 'confirmed'));
    const today = this.today();
    const justified = documentId !== null;
    const result: AbsenceDay[] = [];
    const absences: Array<{ childId: number; activityId: number | null; day: string; reason: string; justified: boolean; documentId: number | null }> = [];
    const cancel: number[] = [];
    for (const day of sorted) {
      const ofDay = booked.filter((r) => r.day === day);
      const acts = ofDay.map((r) => activities.find((a) => a.id === r.activityId)).filter((a): a is Activity => a !== undefined);
      const free = acts.length > 0 && acts.every((a) => cancellationTiming(a, this.cal(a), day, today).kind === 'free');
      if (free) cancel.push(...ofDay.map((r) => r.id));
      else if (acts.length > 0) for (const r of ofDay) absences.push({ childId, activityId: r.activityId, day, reason, justified, documentId });
      result.push({ day, activities: acts, billing: free ? 'cancelledFree' : justified ? 'notBilled' : 'billed' });
    }
    await this.deps.reservations.addAbsences(absences, cancel, this.deps.clock.now().toISOString());
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'absence.reported', communeId: household.communeId, subject: String(childId), details: { days: sorted.length, justified } }, this.deps.clock.now().toISOString());
    return result;
  }

  // ── Agenda ─────────────────────────────────────────────────────────────

  async agenda(account: Account, childIds: number[], from: string, to: string): Promise<AgendaEntry[]> {
    const { household, children } = await this.householdOf(account);
    if (childIds.some((id) => !children.some((c) => c.id === id))) return this.refuse(account, 'notYourChild', { childIds });
    const activities = await this.deps.activities.listByCommune(household.communeId);
    const [list, absences] = await Promise.all([this.deps.reservations.list(childIds, from, to), this.deps.reservations.listAbsences(childIds, from, to)]);
    return list
      .filter((r) => ACTIVE_STATUSES.includes(r.status))
      .map((r) => ({
        day: r.day,
        childId: r.childId,
        activity: activities.find((a) => a.id === r.activityId) as Activity,
        status: r.status,
        absent: absences.some((a) => a.childId === r.childId && a.day === r.day && (a.activityId === null || a.activityId === r.activityId)),
      }))
      .filter((e) => e.activity !== undefined);
  }

  // ── Commune agents ─────────────────────────────────────────────────────

  listPending(communeId?: string): Promise<PendingReservation[]> {
    return this.deps.reservations.listPending(communeId);
  }

  /**
   * Validates or refuses pending bookings; each family's e-mail (with the agent's message) is queued
   * with the decision and sent right after it (or by the outbox job when the mail server is down),
   * and its conversation is told by the reminders job.
   */
  async decide(ids: number[], status: 'confirmed' | 'refused', actor: string, message: string | null = null): Promise<Reservation[]> {
    const at = this.deps.clock.now().toISOString();
    const follow = (r: BookingDecision): NewOutboxMessage[] => [...bookingDecisionMessages(r.decided, status, message), ...bookingDecisionMessages(r.promoted, 'promoted', null)];
    const { decided, promoted } = await this.deps.reservations.decide(ids, status, at, follow);
    for (const r of decided) await this.deps.audit.append({ actor, action: `booking.${status}`, subject: String(r.id), details: { childId: r.childId, activityId: r.activityId, day: r.day } }, at);
    await this.deps.outbox.flush();
    await this.tellInConversations(decided.map((r) => r.id), status, message);
    if (promoted.length) await this.tellInConversations(promoted.map((r) => r.id), 'promoted', null);
    return decided;
  }

  /** Plans the message of a decision in the conversations of each household concerned (its e-mail went through the outbox). */
  private async tellInConversations(ids: number[], decision: BookingDecisionKind, message: string | null): Promise<void> {
    if (!this.deps.tellInConversation) return;
    const described = await this.deps.reservations.describe(ids);
    for (const householdId of new Set(described.map((d) => d.householdId))) {
      const mine = described.filter((d) => d.householdId === householdId);
      const items = mine.map((d) => ({ childName: d.childName, activityLabel: d.activityLabel, day: d.day }));
      const accounts = await this.deps.accounts.listByHousehold(householdId);
      await this.deps.tellInConversation(accounts.map((a) => a.id), decision, items, mine.map((d) => d.id), message);
    }
  }

  /** « Combien de repas jeudi à l'école du Parc ? »: booked children per school and activity on a day. */
  async headcount(communeId: string, day: string, code?: ActivityCode): Promise<Array<HeadcountRow & { activity: Activity }>> {
    const activities = (await this.deps.activities.listByCommune(communeId)).filter((a) => !code || a.code === code);
    const rows = await this.deps.reservations.headcount(activities.map((a) => a.id), day);
    return rows.map((r) => ({ ...r, activity: activities.find((a) => a.id === r.activityId) as Activity }));
  }
}
