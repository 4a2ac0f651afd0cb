/**
 * « le 19 hugo », « hugo le 17 » as a first message (or at the menu): a day and a child of the family, no verb. It was
 * « Je n'ai pas compris ». Read as « Réserver ou annuler » for that child and day: the booking asks what is missing (the
 * activity) and shows the basket, where the resident still chooses, and says if the day is booked already.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { signedIn, type DialogDeps } from './dialogContext';
import { BOOKING_DIALOG, type BookingOptions } from './bookingDialog';

export async function dayAndChildAtMenu(deps: DialogDeps, step: WaterfallStepContext, text: string, options: Partial<BookingOptions>): Promise<DialogTurnResult | undefined> {
  const account = await signedIn(deps, step.context);
  if (!account || account.householdId === null) return undefined;
  const list = await deps.service.reservations.bookable(account);
  const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
  const understood = deps.understand(text, names, undefined, list[0]?.activity.schoolZone);
  if (understood.intent !== 'unknown' || !understood.dates.length || !understood.children?.length) return undefined;
  return step.beginDialog(BOOKING_DIALOG, { text, ...options } satisfies BookingOptions);
}
