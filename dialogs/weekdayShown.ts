/**
 * A weekday alone (« vendredi ») at a month's calendar: the first such day of that month that can be taken (booked, or
 * cancelled when cancelling), not a day the activity is closed (« vendredi » with January shown is not Friday 1
 * January, a public holiday, but Friday 8). Said with its number (« vendredi 15 »), the day stays as read.
 */
import type { Account } from '../src/domain/types';
import { addDays } from '../src/domain/parisTime';
import type { CalendarDay, Wish } from '../src/domain/reservations';
import { shiftMonth } from '../src/domain/activityCalendar';
import type { DialogDeps } from './dialogContext';


export async function firstUsableWeekday(
  deps: DialogDeps,
  account: Account,
  at: { activityId: number; childIds: number[]; month: string },
  text: string,
  dates: readonly string[],
  action: Wish['action'],
  readIn: (month: string) => readonly string[],
): Promise<string[] | undefined> {
  const day = dates[0];
  if (dates.length !== 1 || !day || /\d/.test(text) || !day.startsWith(at.month)) return undefined;
  // Read with the next month in view: another day means the weekday was read in the month shown.
  const again = readIn(shiftMonth(at.month, 1));
  if (again.length !== 1 || again[0] === day) return undefined;
  const view = await deps.service.reservations.calendar(account, at.activityId, at.childIds, at.month);
  const fits = (d: CalendarDay | undefined) => (d ? (action === 'remove' ? d.status !== undefined : d.state.kind !== 'closed') : false);
  const of = (d: string) => view.children.map((c) => c.days.find((x) => x.day === d));
  if (of(day).some(fits)) return undefined;
  for (let d = addDays(day, 7); d.startsWith(at.month); d = addDays(d, 7)) if (of(d).some(fits)) return [d];
  return undefined;
}
