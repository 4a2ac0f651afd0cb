/**
 * What is said at the menu right after a booking is confirmed: more days (« et le 26 aussi »), more children (« et Léa
 * aussi »), days taken back (« en fait pas le 14 », « le 15 au lieu du 14 »), the child corrected (« ah non c'était pour
 * Hugo »: bookingChildSwap.ts) or the whole booking undone (« annule ça »).
 * Each starts the booking again from what was just done: a basket to confirm, nothing changed before « Confirmer ».
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { BOOKING_DIALOG, type BookingOptions } from './bookingSteps';
import type { DialogDeps } from './dialogContext';
import type { BookingDone } from './mainOptions';
import { moreChildrenOfBooking } from './bookingMoreChildren';
import { childSwapOfBooking } from './bookingChildSwap';
import { takeBackBookingDays, undoBooking } from './bookingUndo';
import { parisDay } from '../src/domain/parisTime';
import { saysMoreDays, spellAlso } from '../src/nlu/moreDays';

/** The turn taken for what was said after a booking confirmed, or undefined when it is about something else. */
export async function afterBooking(deps: DialogDeps, step: WaterfallStepContext, done: BookingDone, text: string): Promise<DialogTurnResult | undefined> {
  const today = parisDay(deps.service.clock.now());
  const takenBack = takeBackBookingDays(step, done, text, today);
  if (takenBack) return takenBack;
  // The days are read as the booking will read them: of its month, after its latest day (« et le mardi 26 aussi » after 19 January).
  const about = [...(done.days ?? [])].sort().at(-1);
  if (saysMoreDays(text, today, done.month, about)) {
    return step.beginDialog(BOOKING_DIALOG, { text: spellAlso(text), cancel: done.cancel, activityId: done.activityId, childIds: done.childIds, month: done.month, about } satisfies BookingOptions);
  }
  return (await childSwapOfBooking(deps, step, done, text)) ?? (await moreChildrenOfBooking(deps, step, done, text)) ?? undoBooking(deps, step, done, text);
}
