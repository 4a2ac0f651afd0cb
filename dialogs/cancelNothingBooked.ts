/**
 * « annuler la cantine lundi », nothing booked that day for any child (of the activity said, or of the children named):
 * said at once, with where to see the bookings, before any question (which child, which activity).
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { BookableActivity } from '../src/domain/reservations';
import type { Account } from '../src/domain/types';
import { listDays } from '../src/domain/formats';
import { localeOf, send, translator, type DialogDeps } from './dialogContext';

/** Said and ended when none of the children of `candidates` (those `named`, if any) has anything booked on `days`; else undefined. */
export async function nothingBookedOn(deps: DialogDeps, step: WaterfallStepContext, account: Account, candidates: readonly BookableActivity[], named: readonly string[], days: readonly string[]): Promise<DialogTurnResult | undefined> {
  const children = candidates.flatMap((b) => b.children).filter((c) => !named.length || named.includes(c.firstName));
  const childIds = [...new Set(children.map((c) => c.id))];
  const activityIds = candidates.map((b) => b.activity.id);
  const sorted = [...days].sort();
  if (childIds.length === 0 || sorted.length === 0) return undefined;
  const agenda = await deps.service.reservations.agenda(account, childIds, sorted[0] as string, sorted.at(-1) as string);
  if (agenda.some((e) => days.includes(e.day) && activityIds.includes(e.activity.id))) return undefined;
  await send(deps, step.context, { text: translator(deps, step.context)('booking.cancel.nothingBooked', { days: listDays(localeOf(step.context), sorted) }) });
  return step.endDialog();
}
