/**
 * A booking whose session ended: the sign-in is asked again, the basket (or the days chosen) kept behind it. Days or a
 * change of them typed at its e-mail or code question (« pas le 11 », « ajoute le 12 », « le 14 ») are neither an e-mail
 * nor another booking. At a basket, the change is kept and made once signed in again (BookingOptions.replay), the
 * resident told so; « Confirmer » is told the basket comes back to be confirmed once signed in. At the calendar, the
 * resident is told to sign in first. Then the question is asked again.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { emailIn } from '../src/domain/accounts';
import { codeIn } from '../src/domain/secretShapes';
import { recognizeChoice } from '../src/nlu/choice';
import { BASKET, type ResumeOptions } from './bookingSteps';
import { send, translator, type DialogDeps } from './dialogContext';
import { findIn, repromptQuestion, waitingAt } from './questionAsked';
import { SIGN_IN_DIALOG } from './signInDialog';
import { runningTask } from './taskNames';

/** The intents a change of the booking's days reads as. */
const CHANGES = new Set(['book', 'cancel_booking']);

const isResume = (v: unknown): v is ResumeOptions => typeof v === 'object' && v !== null && typeof (v as ResumeOptions).target === 'string' && typeof (v as ResumeOptions).options === 'object';

export async function takeBookingKept(deps: DialogDeps, innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || !text || runningTask(innerDc) !== 'book' || !waitingAt(innerDc, SIGN_IN_DIALOG)) return undefined;
  // Signed in again for the step kept (bookingDialog.ts RESUME): its target is the basket or the days.
  const resume = findIn(innerDc.stack, (_, v) => isResume(v)) as ResumeOptions | undefined;
  if (resume === undefined || emailIn(text) || codeIn(text) !== undefined) return undefined;
  const t = translator(deps, innerDc.context);
  // « Confirmer » (the label, not a bare « oui » or « 1 », which may answer the sign-in): the basket comes back first.
  const confirms = resume.target === BASKET && recognizeChoice(text, [{ label: t('booking.basket.confirm'), synonyms: ['je confirme', 'valider', 'je valide'] }], true) !== undefined;
  const understood = deps.understand(text);
  if (!confirms && understood.dates.length === 0 && !CHANGES.has(understood.intent)) return undefined;
  let key = resume.target === BASKET ? 'booking.signInFirst.changeKept' : 'booking.signInFirst.days';
  if (confirms) key = 'booking.signInFirst.confirm';
  else if (resume.target === BASKET) resume.options.replay = [...(resume.options.replay ?? []), text];
  await send(deps, innerDc.context, { text: t(key) });
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}
