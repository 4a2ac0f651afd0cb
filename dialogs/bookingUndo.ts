/**
 * « annule cette réservation », « oups je me suis trompée, annule » right after a booking confirmed, naming no day, no
 * activity and no child: that booking is meant. Its days are offered to cancel, as a basket to confirm (nothing is
 * cancelled before « Confirmer »). It was « Quelle activité voulez-vous modifier ? », as if nothing had just been booked.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { BOOKING_DIALOG, type BookingOptions } from './bookingSteps';
import type { DialogDeps } from './dialogContext';
import type { BookingDone } from './mainOptions';

export function undoBooking(deps: DialogDeps, step: WaterfallStepContext, done: BookingDone, text: string): Promise<DialogTurnResult> | undefined {
  if (done.cancel || !done.days?.length) return undefined;
  const understood = deps.understand(text);
  if (understood.intent !== 'cancel_booking' || understood.dates.length || understood.activity || understood.children?.length || understood.month) return undefined;
  return step.beginDialog(BOOKING_DIALOG, {
    cancel: true,
    activityId: done.activityId,
    childIds: done.childIds,
    month: done.month,
    wishes: done.days.map((day) => ({ childId: 0, day, action: 'remove' as const })),
  } satisfies BookingOptions);
}
