/**
 * The account created and signed in: the password is chosen on the bot's page, by a one-time link (mailed where the chat is SMS);
 * then a request kept during the sign-up is handed back to be routed, or the family key asked when the resident said they have it.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { AnyInput } from './anyInputPrompt';
import { currentCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import type { SignInResult } from './signInDialog';
import { LINK_MINUTES } from '../src/domain/passwordAccess';
import type { CreateOptions, FlowValues } from './createAccountDialog';

/** Signed in: the password is chosen on the bot's page, by a one-time link (mailed where the chat is SMS). */
export async function accountCreated(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const result = (step.result ?? {}) as SignInResult;
  const kept = (step.values as FlowValues).afterCreation ?? (step.options as CreateOptions | undefined)?.afterCreation;
  const commune = await currentCommune(deps, step.context);
  if (result.account && !result.account.hasPassword && commune) {
    const t = translator(deps, step.context);
    const passwords = deps.service.passwords;
    if (deps.renderer.canAskSecrets(step.context.activity.channelId)) {
      const url = `${deps.publicUrl()}/compte/mot-de-passe/${await passwords.passwordLink(result.account)}`;
      await send(deps, step.context, { text: t('createAccount.passwordLink', { url, minutes: LINK_MINUTES }) });
    } else {
      await passwords.mailPasswordLink(result.account, commune, localeOf(step.context), deps.publicUrl(), 'create');
      await send(deps, step.context, { text: t('createAccount.passwordMailed', { email: result.account.email, minutes: LINK_MINUTES }) });
    }
  }
  // The request typed while the code was awaited: handed back to be routed, the account now signed in.
  if (result.account && kept) return step.endDialog({ ...result, unhandled: kept });
  // The family key the resident said they have: asked now that the account exists.
  const thenKey = (step.options as CreateOptions | undefined)?.thenKey && result.account && !result.account.householdId;
  return step.endDialog(thenKey ? { ...result, unhandled: { text: '', value: { menu: 'familyKey' } } satisfies AnyInput } : step.result);
}
