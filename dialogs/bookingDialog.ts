/**
 * « Modifier les réservations »: choose the activity, the children, then the days — on the
 * calendar card (toggles, « Tout cocher », months, « Valider ») or in words (« les mardis et
 * jeudis de janvier sauf le 12 ») — then the basket (« Confirmer » / « Modifier ») and the
 * confirmation with its reference. On SMS, words are the way, with « oui » / « non ».
 *
 * The days wished on other months stay in the dialog's options while the resident moves from
 * month to month, so nothing already ticked is lost.
 *
 * This file wires the waterfalls; the steps live in bookingChoices.ts (first message, activity,
 * children), bookingDaysTurn.ts (calendar and words), bookingCardSubmit.ts (a card's submit),
 * bookingBasketTurn.ts (the basket and its answers), bookingParts.ts (each child's own activity said at once:
 * one basket after the other) and bookingSteps.ts (what they share).
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { AnyInputPrompt } from './anyInputPrompt';
import { send, translator, type DialogDeps } from './dialogContext';
import { SIGN_IN_DIALOG, type SignInResult } from './signInDialog';
import { requireFamilyFile } from './familyFileFirst';
import { readBasket, showBasket } from './bookingBasketTurn';
import { askActivity, askChildren, begin, readActivity, readChildren } from './bookingChoices';
import { readDays, showDays } from './bookingDaysTurn';
import { ACTIVITY, BASKET, BOOKING_DIALOG, CHILDREN, DAYS, FLOW, PROMPT, RESUME, type BookingOptions } from './bookingSteps';

export { BOOKING_DIALOG, type BookingOptions } from './bookingSteps';

type Step = (deps: DialogDeps, step: WaterfallStepContext) => Promise<DialogTurnResult>;

export class BookingDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(BOOKING_DIALOG);
    const bound = (f: Step) => (step: WaterfallStepContext) => f(deps, step);
    this.addDialog(new AnyInputPrompt(PROMPT));
    // A booking's reference said: the sign-in is asked to find it (not « to book »); a day to cancel, to cancel it.
    const signInLead = (step: WaterfallStepContext) => {
      const options = step.options as BookingOptions | undefined;
      return options?.reference ? 'booking.reference.signInFirst' : options?.cancel ? 'booking.cancel.signInFirst' : 'booking.signInFirst';
    };
    this.addDialog(new WaterfallDialog(FLOW, [...requireFamilyFile(deps, signInLead), bound(begin)]));
    this.addDialog(new WaterfallDialog(ACTIVITY, [bound(askActivity), bound(readActivity)]));
    this.addDialog(new WaterfallDialog(CHILDREN, [bound(askChildren), bound(readChildren)]));
    this.addDialog(new WaterfallDialog(DAYS, [bound(showDays), bound(readDays)]));
    this.addDialog(new WaterfallDialog(BASKET, [bound(showBasket), bound(readBasket)]));
    this.addDialog(new WaterfallDialog(RESUME, [this.signInAgain.bind(this), this.resume.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /** The session ended mid-task: sign in again (see expired in bookingSteps.ts). */
  private async signInAgain(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await send(this.deps, step.context, { text: translator(this.deps, step.context)('booking.sessionExpired') });
    return step.beginDialog(SIGN_IN_DIALOG, {});
  }

  /** Back to the same step with everything kept. */
  private async resume(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { target, options } = step.options as { target: string; options: BookingOptions };
    if (!(step.result as SignInResult | undefined)?.account) return step.endDialog();
    return step.replaceDialog(target, options);
  }
}
