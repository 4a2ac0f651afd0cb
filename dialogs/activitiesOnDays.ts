/**
 * The activities offered when the days are already said (« réserver le mercredi 13 janvier »): those that run on at
 * least one of those days (on a Wednesday, the Wednesday leisure centre, not the canteen). None running: all offered,
 * the calendar then says why the days cannot be taken.
 */
import type { BookableActivity } from '../src/domain/reservations';
import type { Account } from '../src/domain/types';
import type { DialogDeps } from './dialogContext';

/** Closed for these reasons, the activity does not run that day (not « past », « late »…). */
const NOT_RUNNING: ReadonlySet<string> = new Set(['weekend', 'publicHoliday', 'schoolHoliday', 'notThatDay', 'noSchool']);

export async function runningOn(deps: DialogDeps, account: Account, list: readonly BookableActivity[], days: readonly string[]): Promise<BookableActivity[]> {
  if (days.length === 0 || list.length < 2) return [...list];
  const months = [...new Set(days.map((d) => d.slice(0, 7)))];
  const runs = async (b: BookableActivity): Promise<boolean> => {
    for (const month of months) {
      const view = await deps.service.reservations.calendar(account, b.activity.id, b.children.map((c) => c.id), month);
      const states = view.children.flatMap((c) => c.days).filter((d) => days.includes(d.day));
      if (states.some((d) => !(d.state.kind === 'closed' && NOT_RUNNING.has(d.state.reason)))) return true;
    }
    return false;
  };
  const running: BookableActivity[] = [];
  for (const b of list) if (await runs(b)) running.push(b);
  return running.length ? running : [...list];
}
