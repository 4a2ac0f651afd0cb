/** Bookings: baskets, reservations, waiting lists and head-counts. The store's side of them is in db/repositories/. */
import type { Absence, AuditEntry, Reservation } from './types';
import type { NewOutboxMessage } from './outbox';

/** One change of a basket, as decided when the basket was built. */
export interface BasketChange {
  childId: number;
  day: string;
  action: 'add' | 'remove';
  /** add: the status a booking starts with (pending when the commune instructs it). */
  status?: 'pending' | 'confirmed';
  late: boolean;
  surchargePercent: number;
  /** remove: after the deadline, the day stays billed. */
  billed?: boolean;
  /** The deadline situation when the basket was built ('onTime', 'late:20', 'free', 'billed'), checked again at « Confirmer ». */
  timing: string;
  /** What confirming the basket did to it, stored with the confirmation (its mail says it). */
  outcome?: ChangeOutcome;
}

export interface BasketRecord {
  id: number;
  householdId: number;
  accountId: number | null;
  activityId: number;
  changes: BasketChange[];
  status: 'open' | 'confirmed' | 'replaced';
  reference: string | null;
  createdAt: string;
}

/** What confirming did to each change, in the basket's order. */
export type ChangeOutcome = 'added' | 'waiting' | 'already' | 'removed' | 'notBooked';

/** A booking with the family file of its child (a decision is mailed to each family concerned). */
export type HouseholdReservation = Reservation & { householdId: number };

export interface ConfirmResult {
  reference: string;
  /** True when the basket had already been confirmed (a second « Confirmer »): nothing changed. */
  alreadyConfirmed: boolean;
  outcomes: ChangeOutcome[];
  /** Bookings moved from the waiting list to a freed place. */
  promoted: HouseholdReservation[];
}

/** What an agent's decision on bookings did: the bookings decided, and those a refusal promoted. */
export interface BookingDecision {
  decided: HouseholdReservation[];
  promoted: HouseholdReservation[];
}

export interface PendingReservation extends Reservation {
  householdId: number;
  childName: string;
  activityLabel: string;
  communeId: string;
}

export interface HeadcountRow {
  school: string | null;
  activityId: number;
  count: number;
}

export interface ReservationRepository {
  /** The reservations of these children between two days (included), every status. */
  list(childIds: number[], from: string, to: string, activityId?: number): Promise<Reservation[]>;
  /** Pending and confirmed bookings per day of an activity between two days. */
  countTaken(activityId: number, from: string, to: string): Promise<Map<string, number>>;
  createBasket(basket: Omit<BasketRecord, 'id' | 'status' | 'reference'>): Promise<number>;
  getBasket(id: number): Promise<BasketRecord | undefined>;
  /** The basket a confirmation numbered (CSP-RES-2026-000012). */
  findBasketByReference(reference: string): Promise<BasketRecord | undefined>;
  /** Marks an open basket replaced by a newer one (the deadline moved between the two). */
  replaceBasket(id: number): Promise<void>;
  /**
   * In one transaction: marks the open basket confirmed and numbers it after the last reference
   * of the prefix, then applies each change against the current bookings (a day already booked
   * is not booked twice; a day no longer booked is not cancelled twice). With a capacity, an
   * addition beyond it goes on the waiting list, and a cancellation promotes the first waiting.
   * What confirming did to each change is stored with it; the messages `after` asks for the result
   * are queued in the outbox, in the same transaction. `read`: the basket as the caller read it,
   * when open: not read again (its activity and changes do not change while it is open, and it is
   * claimed only if still open). The audit entry `audited` gives for the result is written in the same transaction.
   */
  confirmBasket(
    id: number,
    referencePrefix: string,
    capacity: number | undefined,
    at: string,
    after?: (result: ConfirmResult) => NewOutboxMessage[],
    read?: Pick<BasketRecord, 'status' | 'activityId' | 'changes'>,
    audited?: (result: ConfirmResult) => AuditEntry | undefined,
  ): Promise<ConfirmResult>;
  listPending(communeId: string | undefined): Promise<PendingReservation[]>;
  /** These reservations with their household, child's name and activity's label. */
  describe(ids: number[]): Promise<PendingReservation[]>;
  /**
   * Decides pending bookings only (confirmed or refused; returns those that were pending); a refusal
   * promotes the first waiting booking of that day where places are counted. The messages `after`
   * asks for the result are queued in the outbox, in the same transaction.
   */
  decide(ids: number[], status: 'confirmed' | 'refused', at: string, after?: (result: BookingDecision) => NewOutboxMessage[]): Promise<BookingDecision>;
  /** Returns the ids of the absences added. */
  addAbsences(absences: Array<Omit<Absence, 'id'>>, cancel: number[], at: string): Promise<number[]>;
  /** An absence taken back: these absences of these children deleted, these bookings (still cancelled) put back as they were. */
  withdrawAbsences(childIds: number[], absenceIds: number[], restore: Array<{ id: number; status: 'pending' | 'confirmed' }>, at: string): Promise<void>;
  /** The reason of these absences (of these children only) said again; returns the rows changed. */
  setAbsenceReason(childIds: number[], absenceIds: number[], reason: string): Promise<number>;
  listAbsences(childIds: number[], from: string, to: string): Promise<Absence[]>;
  /** The absences of these children not justified yet, for days from `from` on, with when each was reported. */
  listUnjustifiedAbsences(childIds: number[], from: string): Promise<Array<Absence & { createdAt: string }>>;
  /** In one transaction: links these absences (those not justified yet) to the paper and marks them justified. Returns the rows changed. */
  justifyAbsences(ids: number[], documentId: number): Promise<number>;
  /** Booked children (pending or confirmed) per school for these activities on a day. */
  headcount(activityIds: number[], day: string): Promise<HeadcountRow[]>;
}
