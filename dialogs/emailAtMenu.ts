/**
 * An e-mail address typed alone at the menu (« francoise.durand@example.org », « mon mail c'est … »), not signed in: what
 * it is for is said (signing in to the space, or creating it), and the sign-in goes on with it (a code sent if a space
 * has that address), instead of « je n'ai pas compris ».
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { emailIn } from '../src/domain/emailAddress';
import { normalize } from '../src/domain/text';
import { currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { codeLimitLead, SIGN_IN_DIALOG } from './signInDialog';

/** What may come with the address and still say nothing else (« voici mon adresse : », « my email is »). */
const ONLY_ADDRESS = /^(?:(?:bonjour|bonsoir|bjr|hello|hi|voici|voila|c est|cest|est|c|mon|ma|l|adresse|e ?mail|mail|courriel|email|my|is|here|it s|it|svp|merci)\s*)*$/;

/** The address typed alone at the menu, once said what it is for: the sign-in with it; undefined otherwise. */
export async function emailAtMenu(deps: DialogDeps, step: WaterfallStepContext, text: string): Promise<DialogTurnResult | undefined> {
  const email = emailIn(text);
  if (!email || !ONLY_ADDRESS.test(normalize(text.replace(/\S*@\S*/g, ' ')))) return undefined;
  const commune = await currentCommune(deps, step.context);
  if (!commune || (await signedIn(deps, step.context))) return undefined;
  await send(deps, step.context, { text: translator(deps, step.context)('menu.emailGiven') });
  const asked = await deps.service.accounts.startSignIn(commune, email, localeOf(step.context));
  return step.beginDialog(SIGN_IN_DIALOG, { email, ...(asked.sent ? { leadKey: 'signIn.codeSent', leadParams: { email } } : codeLimitLead(email, asked)) });
}
