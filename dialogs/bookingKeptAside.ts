/**
 * A booking whose session ended: the sign-in is asked again, the basket (or the days chosen) kept behind it. Days or a
 * change of them typed at its e-mail or code question (« pas le 11 », « ajoute le 12 », « le 14 ») are neither an e-mail
 * nor another booking: the resident is told to sign in first to change them, that they are kept, and asked again.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { emailIn } from '../src/domain/accounts';
import { codeIn } from '../src/domain/secretShapes';
import { BASKET } from './bookingSteps';
import { send, translator, type DialogDeps } from './dialogContext';
import { findIn, repromptQuestion, waitingAt } from './questionAsked';
import { SIGN_IN_DIALOG } from './signInDialog';
import { runningTask } from './taskNames';

/** The intents a change of the booking's days reads as. */
const CHANGES = new Set(['book', 'cancel_booking']);

export async function takeBookingKept(deps: DialogDeps, innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || !text || runningTask(innerDc) !== 'book' || !waitingAt(innerDc, SIGN_IN_DIALOG)) return undefined;
  // Signed in again for the step kept (bookingDialog.ts RESUME): its target is the basket or the days.
  const target = findIn(innerDc.stack, (k, v) => k === 'target' && typeof v === 'string');
  if (target === undefined || emailIn(text) || codeIn(text) !== undefined) return undefined;
  const understood = deps.understand(text);
  if (understood.dates.length === 0 && !CHANGES.has(understood.intent)) return undefined;
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)(target === BASKET ? 'booking.signInFirst.basket' : 'booking.signInFirst.days') });
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}
