/**
 * Recensement citoyen: every young French person registers at the mairie of their home between
 * their 16th birthday and the end of the third month after it (Code du service national,
 * art. L113-1 and R111-3); after that, the registration can still be regularised until 25.
 */
import { addDays, addYears } from './parisTime';

export type CensusStatus =
  | { state: 'tooEarly'; from: string; until: string }
  | { state: 'now'; from: string; until: string }
  | { state: 'late'; until25: string }
  | { state: 'over25' };

/** The last day of the third month after the month of `day`. */
function endOfThirdMonthAfter(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) + 4; // first day of the fourth month after, minus one day
  const first = new Date(Date.UTC(y + Math.floor((m - 1) / 12), (m - 1) % 12, 1, 12)).toISOString().slice(0, 10);
  return addDays(first, -1);
}

export function censusStatus(birthDay: string, today: string): CensusStatus {
  const from = addYears(birthDay, 16);
  const until = endOfThirdMonthAfter(from);
  const until25 = addDays(addYears(birthDay, 25), -1);
  if (today < from) return { state: 'tooEarly', from, until };
  if (today <= until) return { state: 'now', from, until };
  if (today <= until25) return { state: 'late', until25 };
  return { state: 'over25' };
}
