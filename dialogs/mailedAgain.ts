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
import type { DialogDeps } from './dialogContext';
import type { Intent } from '../src/nlu/intents';

/** What the words beside the address may say for it to be the address corrected (« non en fait c'est », « pardon », « la bonne adresse »). */
const ONLY_THE_ADDRESS: ReadonlySet<Intent> = new Set<Intent>(['unknown', 'greeting', 'abort', 'contact']);

/**
 * The task started again with the e-mail typed, or undefined when no e-mail is in the message, or when its other words ask
 * for something else (« je veux créer mon espace avec … »: that task, not the same mail again).
 */
export function mailAgain(deps: DialogDeps, step: WaterfallStepContext, mailed: MailedTask, text: string | undefined): Promise<DialogTurnResult> | undefined {
  const email = text ? emailIn(text) : undefined;
  if (!text || !email) return undefined;
  const besides = deps.understand(text.toLowerCase().replace(email.toLowerCase(), ' ')).intent;
  if (!ONLY_THE_ADDRESS.has(besides) && besides !== (mailed === 'forgotPassword' ? 'forgot_password' : 'unknown')) return undefined;
  if (mailed === 'forgotPassword') return step.beginDialog(FORGOT_PASSWORD_DIALOG, { email } satisfies ForgotOptions);
  return step.beginDialog(LOST_REFERENCE_DIALOG, { email } satisfies LostReferenceOptions);
}
