/**
 * « annule cette réservation », « oups je me suis trompée, annule » right after a booking confirmed, naming no day, no
 * activity and no child: that booking is meant. Its days are offered to cancel, as a basket to confirm (nothing is
 * cancelled before « Confirmer »). It was « Quelle activité voulez-vous modifier ? », as if nothing had just been booked.
 * A bare « annule », « annule ça », « non annule » then is that booking too, not the « annuler » command.
 * « en fait pas le 14 », « ah non pas le 14 finalement », « le 15 au lieu du 14 »: those days of it taken back (and
 * the days said instead), as a basket to confirm too.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { BOOKING_DIALOG, type BookingOptions } from './bookingSteps';
import type { Wish } from '../src/domain/reservationTypes';
import type { DialogDeps } from './dialogContext';
import { actionDone, MAIN_FLOW, type BookingDone, type MainOptions } from './mainOptions';
import type { DialogContext } from './dialogLibrary';
import { prepare } from '../src/nlu/frenchText';
import { rankedDayOf, saysDaysTakenBack } from '../src/nlu/daysTakenBack';

/** « annule », « annule ça », « non annule », « oups annulez tout »: a cancelling word alone, no day, activity nor child. */
const BARE_UNDO = /^(?:(?:non|nan|ah non|oh non|oups?|en fait|finalement|euh|mince|zut) )*(?:annul\w*|j annule|on annule)(?: (?:ca|cela|tout|svp|stp|s il vous plait|merci|la|le))*$/;

/** The same in English: « undo », « cancel that », « oops undo what I just did », « cancel the booking please ». */
const BARE_UNDO_EN = /^(?:(?:no|oops|oh no|sorry|actually|wait|please) )*(?:undo|cancel|revert|take back)(?: (?:that|this|it|all|everything|the booking|this booking|that booking|my booking|please|pls|now|what i (?:just )?(?:did|booked|reserved)|what i have just (?:done|booked)))*$/;

export const saysBareUndo = (text: string): boolean => BARE_UNDO.test(prepare(text)) || BARE_UNDO_EN.test(prepare(text));

/** The booking just confirmed, when the menu shown after it waits (the options of the main flow). */
export function bookingJustDone(innerDc: DialogContext): BookingDone | undefined {
  const flow = innerDc.stack.find((d) => d.id === MAIN_FLOW);
  return (flow?.state.options as MainOptions | undefined)?.lastBooking;
}

export function undoBooking(deps: DialogDeps, step: WaterfallStepContext, done: BookingDone, text: string): Promise<DialogTurnResult> | undefined {
  if (done.cancel || !done.days?.length) return undefined;
  if (saysBareUndo(text)) return begin(step, done);
  const understood = deps.understand(text);
  if (understood.intent !== 'cancel_booking' || understood.activity || understood.children?.length) return undefined;
  // « annule le 2e jour », « enlève le dernier jour »: that day of the booking only (it was the whole booking, or « dernier jour » read as today).
  const ranked = rankedDayOf(text, done.days);
  if (ranked) return begin(step, done, [ranked]);
  return understood.dates.length || understood.month ? undefined : begin(step, done);
}

/** Its days undone (those said, else all): those booked cancelled, those it cancelled (beside others booked) booked again. */
function begin(step: WaterfallStepContext, done: BookingDone, days: readonly string[] = done.days ?? []): Promise<DialogTurnResult> {
  const undone = undoing(done, days);
  return step.beginDialog(BOOKING_DIALOG, { cancel: [...undone.wishes, ...(undone.childDays ?? [])].every((w) => w.action === 'remove'), activityId: done.activityId, childIds: done.childIds, month: done.month, ...undone } satisfies BookingOptions);
}

const opposite = (action: 'add' | 'remove'): 'add' | 'remove' => (action === 'add' ? 'remove' : 'add');

/** Those days of the booking undone: for every child, or for each child that had them when the children's days differed. */
function undoing(done: BookingDone, days: readonly string[]): { wishes: Wish[]; childDays?: Wish[] } {
  const undo = (day: string) => opposite(actionDone(done, day));
  if (!done.byChild) return { wishes: days.map((day) => ({ childId: 0, day, action: undo(day) })) };
  return { wishes: [], childDays: done.byChild.filter((c) => days.includes(c.day)).map(({ childId, day }) => ({ childId, day, action: undo(day) })) };
}

/**
 * Days of the booking just confirmed taken back (« en fait pas le 14 »), with the days said instead: a basket that
 * undoes those days (cancelled, or booked again after a cancellation) and does the others. Undefined when the message
 * says something else or names a day the booking did not hold.
 */
export function takeBackBookingDays(step: WaterfallStepContext, done: BookingDone, text: string, today: string): Promise<DialogTurnResult> | undefined {
  const days = done.days ?? [];
  if (!days.length) return undefined;
  const back = saysDaysTakenBack(text, today, done.month, days);
  const out = back ? (back.out ?? days) : [];
  if (!back || !out.length || !out.every((d) => days.includes(d))) return undefined;
  // Each day taken back undoes what was done on it (a day cancelled beside days booked is booked again); the days said instead get what was done on those they replace.
  const undone = undoing(done, out);
  const wishes = [...undone.wishes, ...back.into.map((day) => ({ childId: 0, day, action: actionDone(done, out[0] as string) }))];
  const cancel = back.into.length ? actionDone(done, out[0] as string) === 'remove' : [...wishes, ...(undone.childDays ?? [])].every((w) => w.action === 'remove');
  return step.beginDialog(BOOKING_DIALOG, { cancel, activityId: done.activityId, childIds: done.childIds, month: done.month, wishes, ...(undone.childDays ? { childDays: undone.childDays } : {}) } satisfies BookingOptions);
}
