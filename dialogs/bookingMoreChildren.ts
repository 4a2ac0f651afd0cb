/**
 * « et Léa aussi », « pareil pour Hugo » right after a booking (or a cancellation) confirmed for another child: the
 * same booking — its activity, its days, booked or cancelled — for the children named, shown as a basket to confirm.
 * It was « Je n'ai pas compris ». Days said with the names are the « et le 26 aussi » of mainRoute.ts instead.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { parisDay } from '../src/domain/parisTime';
import { saysMoreOf } from '../src/nlu/moreDays';
import { BOOKING_DIALOG, type BookingOptions } from './bookingSteps';
import { signedIn, type DialogDeps } from './dialogContext';
import { actionDone, type BookingDone } from './mainOptions';

export async function moreChildrenOfBooking(deps: DialogDeps, step: WaterfallStepContext, done: BookingDone, text: string): Promise<DialogTurnResult | undefined> {
  if (!done.days?.length) return undefined;
  const account = await signedIn(deps, step.context);
  if (!account) return undefined;
  const activity = (await deps.service.reservations.bookable(account)).find((b) => b.activity.id === done.activityId);
  if (!activity) return undefined;
  const more = saysMoreOf(text, parisDay(deps.service.clock.now()), activity.children.map((c) => c.firstName));
  if (!more || more.days.length > 0 || more.names.length === 0) return undefined;
  const childIds = activity.children.filter((c) => more.names.includes(c.firstName) && !done.childIds.includes(c.id)).map((c) => c.id);
  if (childIds.length === 0) return undefined;
  // Each day as it was done (« réserver le 26 et annuler le 22 »: the 22nd cancelled for them too).
  return step.beginDialog(BOOKING_DIALOG, { cancel: done.cancel, activityId: done.activityId, childIds, month: done.month, wishes: done.days.map((day) => ({ childId: 0, day, action: actionDone(done, day) })) } satisfies BookingOptions);
}
