/**
 * What each kind of outbox message sends (src/domain/outbox.ts), worded from the data as it is when
 * it is sent. A handler throws when the mail could not go (the message is tried again); a message
 * whose data is gone (an account deleted since) has nothing left to send and is done.
 * The kinds, by the change they follow:
 * - a payment's notification: receipt, duplicatePayment, paymentRefused (src/domain/paymentMessages.ts);
 * - a démarche sent or decided: requestConfirmation, requestUpdate (src/domain/requestMessages.ts);
 * - a basket confirmed, bookings decided or promoted: bookingConfirmation, bookingDecision
 *   (src/domain/bookingMessages.ts);
 * - a reminder marked sent by e-mail: reminder (src/domain/reminderMessages.ts);
 * - an invoice made for a household that opted in to online invoices: invoice
 *   (src/domain/invoiceMessages.ts);
 * - a paper accepted or refused by an agent: paperReview (src/domain/paperMessages.ts).
 */
import { bookingHandlers, type BookingMessageDeps } from './bookingMessages';
import { invoiceHandlers, type InvoiceMessageDeps } from './invoiceMessages';
import type { OutboxHandler, OutboxKind } from './outbox';
import { paperHandlers, type PaperMessageDeps } from './paperMessages';
import { paymentHandlers, type PaymentMessageDeps } from './paymentMessages';
import { reminderHandlers, type ReminderMessageDeps } from './reminderMessages';
import { requestHandlers, type RequestMessageDeps } from './requestMessages';

export type OutboxMessageDeps = PaymentMessageDeps & RequestMessageDeps & BookingMessageDeps & ReminderMessageDeps & InvoiceMessageDeps & PaperMessageDeps;

export function outboxHandlers(deps: OutboxMessageDeps): Record<OutboxKind, OutboxHandler> {
  return { ...paymentHandlers(deps), ...requestHandlers(deps), ...bookingHandlers(deps), ...reminderHandlers(deps), ...invoiceHandlers(deps), ...paperHandlers(deps) };
}
