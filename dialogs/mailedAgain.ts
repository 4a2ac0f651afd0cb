/**
 * Right after a link or the references were mailed (« mot de passe oublié », « j'ai perdu ma référence »), another
 * e-mail typed (« non en fait c'est francoise.durand@example.org », the address alone): the same mail sent to it, as
 * the resident corrects a slip in the address. It was « Je n'ai pas compris » at the menu.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { emailIn } from '../src/domain/accounts';
import { FORGOT_PASSWORD_DIALOG, type ForgotOptions } from './forgotPasswordDialog';
import { LOST_REFERENCE_DIALOG, type LostReferenceOptions } from './lostReferenceDialog';
import type { MailedTask } from './mainOptions';

/** The task started again with the e-mail typed, or undefined when no e-mail is in the message. */
export function mailAgain(step: WaterfallStepContext, mailed: MailedTask, text: string | undefined): Promise<DialogTurnResult> | undefined {
  const email = text ? emailIn(text) : undefined;
  if (!email) return undefined;
  if (mailed === 'forgotPassword') return step.beginDialog(FORGOT_PASSWORD_DIALOG, { email } satisfies ForgotOptions);
  return step.beginDialog(LOST_REFERENCE_DIALOG, { email } satisfies LostReferenceOptions);
}
