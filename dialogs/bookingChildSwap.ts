/**
 * « ah non c'était pour Hugo », « pardon, pour Hugo pas Léa », « c'est pas le bon enfant » right after a booking (or a
 * cancellation) confirmed for Léa: that booking moved to the child meant. One basket to confirm: the days done for Léa
 * undone (her bookings cancelled, or booked again after a cancellation), the same done for Hugo. Nothing changes before
 * « Confirmer ». It was read as a request about the family key, or not understood.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { Wish } from '../src/domain/reservationTypes';
import { childSwap } from '../src/nlu/childSwap';
import { prepare } from '../src/nlu/frenchText';
import { BOOKING_DIALOG, type BookingOptions } from './bookingSteps';
import { signedIn, type DialogDeps } from './dialogContext';
import { actionDone, type BookingDone } from './mainOptions';

const opposite = (action: 'add' | 'remove'): 'add' | 'remove' => (action === 'add' ? 'remove' : 'add');

export async function childSwapOfBooking(deps: DialogDeps, step: WaterfallStepContext, done: BookingDone, text: string): Promise<DialogTurnResult | undefined> {
  const days = done.days ?? [];
  if (!days.length) return undefined;
  const account = await signedIn(deps, step.context);
  if (!account) return undefined;
  const activity = (await deps.service.reservations.bookable(account)).find((b) => b.activity.id === done.activityId);
  if (!activity) return undefined;
  const swap = childSwap(prepare(text), activity.children.map((c) => c.firstName));
  // Days said with it are another request (« non pour Hugo le 26 »: the booking's own questions).
  if (!swap || deps.understand(text).dates.length > 0) return undefined;
  const booked = activity.children.filter((c) => done.childIds.includes(c.id));
  const others = activity.children.filter((c) => !done.childIds.includes(c.id));
  // « l'autre enfant »: the one other child (with more, which one is not said: left to the rest of the menu).
  const to = 'other' in swap ? (others.length === 1 ? others : []) : others.filter((c) => swap.to.includes(c.firstName));
  const from = 'other' in swap || swap.from.length === 0 ? booked : booked.filter((c) => swap.from.includes(c.firstName));
  if (!to.length || !from.length) return undefined;
  const daysOf = (childId: number): string[] => (done.byChild ? done.byChild.filter((b) => b.childId === childId).map((b) => b.day) : days);
  const moved = [...new Set(from.flatMap((c) => daysOf(c.id)))].sort();
  const childDays: Wish[] = [
    ...from.flatMap((c) => daysOf(c.id).map((day) => ({ childId: c.id, day, action: opposite(actionDone(done, day)) }))),
    ...to.flatMap((c) => moved.map((day) => ({ childId: c.id, day, action: actionDone(done, day) }))),
  ];
  return step.beginDialog(BOOKING_DIALOG, { cancel: false, activityId: done.activityId, childIds: [...from, ...to].map((c) => c.id), month: done.month, wishes: [], childDays } satisfies BookingOptions);
}
