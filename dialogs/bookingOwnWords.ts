/**
 * Words said at a booking's question that sound like another task but are the booking's own:
 * - at the basket, days taken out with a reason (« ah non pas le 14 pour Hugo, il est chez sa mamie »): not an absence;
 * - at the basket, a day replaced by another (« replace the 8th with the 10th » reads as a payment): not the invoices;
 * - at the basket or the calendar, an activity taken back for another (« Hugo, pas à la cantine mais à la garderie »): not an absence;
 * - at the basket or the calendar, a child said alone (« en fait c'est pour Hugo »): not the list of Hugo's bookings (childOnlySaid.ts);
 * - at the calendar, a month asked about without a word of invoices (« et en décembre ça marche pas ? »): that month's
 *   calendar, not the invoices (« ça marche pas » reads as a payment that fails).
 */
import type { DialogContext } from './dialogLibrary';
import { normalize } from '../src/domain/text';
import type { Understanding } from '../src/nlu/understand';
import { correctsActivity } from '../src/nlu/activityPerChild';
import { childOnlySaid } from '../src/nlu/childOnlySaid';
import { dayForDay, takesOut } from './daysTakenOut';
import { BASKET, BOOKING_DIALOG, DAYS, PROMPT } from './bookingSteps';
import { childAt } from './questionAsked';

/** Words of invoices and payment: with them, a month named is an invoice's (« la facture de décembre »). */
const INVOICE_WORDS = /\b(?:factur\w*|pai\w*|pay\w*|regl\w*|reglement|montant|invoices?|bills?|cb|carte bancaire|prelev\w*)\b/;

/** A month named at the calendar, no day and no word of invoices: that month's calendar is asked for. */
export function monthAtCalendar(understood: Pick<Understanding, 'dates' | 'month'>, text: string): boolean {
  return understood.dates.length === 0 && understood.month !== undefined && !INVOICE_WORDS.test(normalize(text));
}

/** The booking's question waiting (its basket or its days), or undefined. */
function bookingQuestion(innerDc: DialogContext): string | undefined {
  const stack = childAt(innerDc, BOOKING_DIALOG)?.stack ?? [];
  return stack.at(-1)?.id === PROMPT ? stack.at(-2)?.id : undefined;
}

/** The message is the booking's own answer (see above), though it reads as another task. */
export function ownAtBooking(innerDc: DialogContext, text: string, understood: Pick<Understanding, 'dates' | 'month'>): boolean {
  const question = bookingQuestion(innerDc);
  if ((question === BASKET || question === DAYS) && childOnlySaid(text)) return true;
  if (question === BASKET) return takesOut(text, false) || dayForDay(text) !== undefined || correctsActivity(text);
  return question === DAYS && (monthAtCalendar(understood, text) || correctsActivity(text));
}
