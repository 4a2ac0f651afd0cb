/**
 * « J'ai perdu ma référence »: asks the e-mail given for the requests, and mails the references of
 * the requests made with it in this commune (src/domain/lostReferences.ts). The answer is the same
 * whether or not that address made requests, and whether or not the hourly limit was reached.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { emailIn } from '../src/domain/accounts';
import { saysHasNone } from '../src/nlu/noneAnswer';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { ask, currentCommune, type DialogDeps, localeOf, send, translator } from './dialogContext';
import { contactLines } from './infoAnswers';
import type { ShownMonthResult } from './mainOptions';
import { forgetsEmail } from './signInDialog';

export const LOST_REFERENCE_DIALOG = 'lostReference';
const FLOW = 'lostReferenceFlow';
const PROMPT = 'lostReferencePrompt';

export interface LostReferenceOptions {
  leadKey?: string;
  /** The e-mail typed again after the references were sent (mailedAgain.ts): not asked. */
  email?: string;
}

export class LostReferenceDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(LOST_REFERENCE_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.answer.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? {}) as LostReferenceOptions;
    if (options.email) return step.next({ text: options.email } satisfies AnyInput);
    const lead = `${t(options.leadKey ?? 'lostReference.intro')}\n`;
    return ask(this.deps, step, PROMPT, { text: t('lostReference.askEmail') }, lead);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const input = step.result as AnyInput;
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const email = emailIn(input.text);
    // « je n'ai pas d'e-mail »: the references of requests made without one are not mailed; the service finds them by phone.
    // « je sais plus mon mail »: where to look for it, and the service, which finds the requests by name.
    const forgotten = !email && forgetsEmail(input.text);
    if (!email && (forgotten || saysHasNone(input.text))) {
      await send(this.deps, step.context, { text: [t(forgotten ? 'lostReference.emailForgotten' : 'lostReference.noEmail'), contactLines(t, commune, this.deps.service.serviceFor(commune, 'requests'), this.deps.renderer.isPaid(step.context.activity.channelId))].join('\n') });
      return step.endDialog();
    }
    if (!email) return step.replaceDialog(FLOW, { leadKey: 'signIn.badEmail' } satisfies LostReferenceOptions);
    await this.deps.service.lostReferences.mail(commune, email, localeOf(step.context));
    await send(this.deps, step.context, { text: t('lostReference.sent', { email, commune: commune.name }) });
    return step.endDialog({ mailed: 'lostReference' } satisfies ShownMonthResult);
  }
}
