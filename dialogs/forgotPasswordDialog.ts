/**
 * « Mot de passe oublié »: a link to choose a new password is mailed to the account's address
 * (15 minutes, single use). The same answer whether or not the address has an account. Signing in
 * here never needs the password: the e-mail code still works, and the answer says so.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { emailIn } from '../src/domain/accounts';
import { LINK_MINUTES } from '../src/domain/passwordAccess';
import { forgetsSignInCode } from '../src/nlu/accountTopics';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { SIGN_IN_DIALOG, forgetsEmail } from './signInDialog';
import type { ShownMonthResult } from './mainOptions';
import { ask, currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';

export const FORGOT_PASSWORD_DIALOG = 'forgotPassword';
const FLOW = 'forgotPasswordFlow';
const PROMPT = 'forgotPasswordPrompt';

export interface ForgotOptions {
  leadKey?: string;
  /** The message that asked: « j'ai oublié mon code » is the e-mailed code, sent again by signing in. */
  text?: string;
  /** The e-mail typed again after the link was sent (mailedAgain.ts): not asked. */
  email?: string;
}

export class ForgotPasswordDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FORGOT_PASSWORD_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.answer.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? {}) as ForgotOptions;
    const account = await signedIn(this.deps, step.context);
    if (options.text && forgetsSignInCode(options.text)) {
      if (!account) return step.replaceDialog(SIGN_IN_DIALOG, { leadKey: 'forgotPassword.newCode' });
      await send(this.deps, step.context, { text: t('forgotPassword.codeSignedIn') });
      return step.endDialog();
    }
    if (account) return step.next({ text: account.email } satisfies AnyInput);
    if (options.email) return step.next({ text: options.email } satisfies AnyInput);
    const lead = options.leadKey ? `${t(options.leadKey)}\n` : `${t('forgotPassword.intro')}\n`;
    return ask(this.deps, step, PROMPT, { text: t('signIn.askEmail') }, lead);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const input = step.result as AnyInput;
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const email = emailIn(input.text);
    if (!email) return step.replaceDialog(FLOW, { leadKey: forgetsEmail(input.text) ? 'signIn.emailForgotten' : 'signIn.badEmail' } satisfies ForgotOptions);
    await this.deps.service.passwords.forgotPassword(commune, email, localeOf(step.context), this.deps.publicUrl());
    await send(this.deps, step.context, { text: t('forgotPassword.sent', { email, minutes: LINK_MINUTES }) });
    return step.endDialog({ mailed: 'forgotPassword' } satisfies ShownMonthResult);
  }
}
