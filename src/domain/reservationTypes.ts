/**
 * What the reservation service (reservations.ts) is given and what it answers: its dependencies,
 * the calendar of an activity, the resident's wishes, the basket and its confirmation, absences
 * and the agenda. Re-exported by reservations.ts.
 */
import type { ClosedReason, SchoolCalendars } from './activityCalendar';
import type { Clock } from './clock';
import type { DocumentRepository } from './documents';
import type { OutboxService } from './outbox';
import type { AccountRepository, ActivityRepository, AuditRepository, ChangeOutcome, CommuneRepository, HouseholdRepository, ReservationRepository } from './ports';
import type { Activity, Child, Commune, Reservation, ReservationStatus } from './types';

export interface ReservationDeps {
  reservations: ReservationRepository;
  accounts: AccountRepository;
  communes: CommuneRepository;
  /** Sends the mails queued with a confirmation or a decision, right after the commit. */
  outbox: Pick<OutboxService, 'kick' | 'flush'>;
  /** Where a confirmation leaves what its mail says, for the mail sent right after the commit (bookingMessages.ts). */
  confirmedMails?: { keep(basketId: number, mail: ConfirmedMail): void };
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
  /**
   * When days were asked on which the activity does not run (another weekday, outside its holidays
   * or school weeks) and nothing could be added: the nearest days it runs and can still be booked.
   */
  nearest?: string[];
}

/** A line of a confirmed basket: what confirming did to that change. */
export type ConfirmedLine = BasketLine & { outcome: ChangeOutcome };

/** A confirmation's mail as its turn knows it: to whom, from which commune, its reference and lines (what the chat said). */
export interface ConfirmedMail {
  to: string;
  commune: Commune;
  reference: string;
  lines: ConfirmedLine[];
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
  /** Cancelled free of charge (still before the deadline), billed, not billed (justified), nothing booked that day, or its booking cancelled before. */
  billing: 'cancelledFree' | 'billed' | 'notBilled' | 'nothingBooked' | 'alreadyNoted' | 'alreadyCancelled';
  /** What recording it did that day, to take it back (« en fait pas le 8 »): the absences added, the bookings cancelled and their status before. */
  undo?: AbsenceUndo;
}

export interface AbsenceUndo {
  absenceIds: number[];
  restore: Array<{ id: number; status: 'pending' | 'confirmed' }>;
}

export interface AgendaEntry {
  day: string;
  childId: number;
  activity: Activity;
  status: ReservationStatus;
  absent: boolean;
  /** The absence is justified (a medical certificate): the day is not billed. */
  justified: boolean;
}
