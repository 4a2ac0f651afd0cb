/**
 * The absence task's id and what it is started with, or carries from one question to the next:
 * the children, the days, the reason, and what was said of them (« depuis hier », « à partir de lundi »).
 */

export const ABSENCE_DIALOG = 'absence';

export interface AbsenceOptions {
  text?: string;
  /** The children absent (one, or several: « les 2 sont malades »). */
  childIds?: number[];
  days?: string[];
  reason?: 'illness' | 'other';
  lead?: string;
  /** The month the task before showed (a January basket): a day said without a month is of it (see MainOptions.shownMonth). */
  month?: string;
  /** The next booked day offered, the days said having no activity (absenceNoActivity.ts). */
  next?: string;
  /** « depuis hier »: the days run to today (absenceSince.ts); how to add tomorrow is said with the outcome. */
  untilToday?: boolean;
  /** « absent à partir de lundi »: what was said, its end asked (« Jusqu'à quand ? »). */
  openStart?: string;
  /** The days corrected or added while the sign-in waited (« en fait c mardi 15 »): they win over those of `text` (absenceKeptAtSignIn.ts). */
  daysSaid?: string[];
}
