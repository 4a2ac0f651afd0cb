/** Periscolaire activities (their booking rules and tariffs), enrolments, reservations of days and absences. */
import type { Weekday } from './communeTypes';

export type ActivityCode = 'morning' | 'evening' | 'canteen' | 'wednesday' | 'holidays' | 'study';
export type SchoolLevel = 'maternelle' | 'elementaire';

export interface ActivityRules {
  /** When the activity runs: school days (optionally only some weekdays), Wednesdays, holiday sessions. */
  runsOn: 'schoolDays' | 'wednesdays' | 'holidays';
  weekdays?: Weekday[];
  /** Booking deadline: N days before the day, or N weeks before the first day of a holiday session. */
  deadline: { kind: 'daysBefore'; days: number } | { kind: 'weeksBeforeSession'; weeks: number };
  /** After the deadline: accepted with a surcharge, or refused. */
  late: { kind: 'surcharge'; percent: number } | { kind: 'refuse' };
  /** Back-to-school bookings stay open until this day of September (MM-DD). */
  backToSchoolUntil?: string;
  /** Places per day (holiday sessions); beyond them, bookings go on a waiting list. */
  capacity?: number;
  /** Which bookings wait for an agent's instruction: none (the default), late ones, or all. */
  review?: 'none' | 'late' | 'all';
}

export interface TariffBracket {
  /** Lowest quotient familial of the bracket (inclusive); the first bracket starts at 0. */
  fromQf: number;
  priceCents: number;
}

export interface Activity {
  id: number;
  communeId: string;
  code: ActivityCode;
  label: string;
  level: 'all' | SchoolLevel;
  rules: ActivityRules;
  tariffs: TariffBracket[];
  /** Its commune's school zone (read with it): the calendar it follows. */
  schoolZone?: string;
}

export interface Enrolment {
  id: number;
  childId: number;
  activityId: number;
  schoolYear: string;
}

/** pending: waiting for the commune's instruction; waiting: on the waiting list of a full day. */
export type ReservationStatus = 'pending' | 'confirmed' | 'refused' | 'cancelled' | 'waiting';
export const ACTIVE_STATUSES: readonly ReservationStatus[] = ['pending', 'confirmed', 'waiting'];

export interface Reservation {
  id: number;
  childId: number;
  activityId: number;
  day: string;
  status: ReservationStatus;
  late: boolean;
  surchargePercent: number;
  /** Cancelled after the deadline: the day stays billed unless an absence is justified. */
  cancelledLate: boolean;
  basketId: number | null;
  updatedAt: string;
}

export interface Absence {
  id: number;
  childId: number;
  activityId: number | null;
  day: string;
  reason: string;
  justified: boolean;
  documentId: number | null;
}
