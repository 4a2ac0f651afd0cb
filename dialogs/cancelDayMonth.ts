/**
 * « annuler le 15 » (no month said) after a month shown where nothing is booked on the 15th: the 15th of the next month is
 * meant, when it is booked there. Said with its month, or booked on the day read, the day stays as read. With an activity
 * named, only its bookings count.
 */
import type { Account } from '../src/domain/types';
import { shiftMonth } from '../src/domain/activityCalendar';
import type { DialogDeps } from './dialogContext';

export async function bookedMonthOfDays(
  deps: DialogDeps,
  account: Account,
  childIds: readonly number[],
  dates: readonly string[],
  readIn: (month: string) => readonly string[],
  activityIds?: readonly number[],
): Promise<string[] | undefined> {
  const first = [...dates].sort()[0];
  if (!first || childIds.length === 0) return undefined;
  // Read again with another month in view: the same days of that month mean no month was said.
  const other = shiftMonth(first.slice(0, 7), 1);
  const again = readIn(other);
  const bare = again.length === dates.length && again.every((d) => d.startsWith(other) && dates.some((x) => x.slice(8) === d.slice(8)));
  if (!bare) return undefined;
  // Booked on none of the days read, but on those days of the next month: those (two months on is too far to be meant).
  // Only the activities meant (« annuler la cantine le 15 »: not the evening care booked on the 15th).
  const agenda = (await deps.service.reservations.agenda(account, [...childIds], first, `${other}-31`)).filter((e) => e.status !== 'cancelled' && (!activityIds || activityIds.includes(e.activity.id)));
  if (agenda.some((e) => dates.includes(e.day))) return undefined;
  return agenda.some((e) => again.includes(e.day)) ? [...again] : undefined;
}
