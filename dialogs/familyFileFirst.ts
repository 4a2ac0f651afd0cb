/**
 * The waterfall steps, from the sign-in on, of the tasks that need the family file (a booking, an
 * absence, the agenda): an account not linked yet is asked its family key there and then, and once
 * the key is accepted the task goes on with what the resident had said (« inscrire Léa à la
 * cantine le 8 janvier » is not dropped). Where the key is never asked (SMS), said where to type it,
 * the task kept until the account is linked (linkAwaitedDialog.ts).
 */
import type { WaterfallStep, WaterfallStepContext } from './dialogLibrary';
import type { Account } from '../src/domain/types';
import { currentCommune, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { FAMILY_KEY_DIALOG, type KeyOptions, type KeyResult } from './familyKeyDialog';
import type { InfoResult } from './infoDialog';
import { requireSignIn, type SignInResult } from './signInDialog';
import { LINK_AWAITED_DIALOG } from './linkAwaitedDialog';

/**
 * The sign-in (its welcome does not also say how to link: the key is asked right after), the key asked when the
 * account has no family file, then the task goes on with { account } linked.
 */
export function requireFamilyFile(deps: DialogDeps, signInLead: string | ((step: WaterfallStepContext) => string)): WaterfallStep[] {
  return [
    requireSignIn(deps, signInLead, true),
    async (step) => {
      const account = (step.result as SignInResult | undefined)?.account;
      if (!account) return step.endDialog();
      if (account.householdId !== null) return step.next({ account } satisfies SignInResult);
      const t = translator(deps, step.context);
      const commune = await currentCommune(deps, step.context);
      const keyName = commune?.familyKeyName ?? '';
      if (!commune) {
        await send(deps, step.context, { text: t('familyFile.notLinked', { keyName }) });
        return step.endDialog();
      }
      // By SMS the key is never asked: where to type it is said, and the task waits, kept, until the account is linked
      // (it ended, « refaites votre demande ici »: a booking asked before a sign-up by SMS was lost).
      if (!deps.renderer.canAskSecrets(step.context.activity.channelId)) return step.beginDialog(LINK_AWAITED_DIALOG);
      return step.beginDialog(FAMILY_KEY_DIALOG, { leadKey: 'familyFile.linkFirst' } satisfies KeyOptions);
    },
    async (step) => {
      const result = step.result as (KeyResult & InfoResult & SignInResult) | undefined;
      // Linked already: the first step went on.
      if (result?.account) return step.next(result);
      // Another request said instead of the key: handed to the menu.
      if (result?.unhandled) return step.endDialog({ unhandled: result.unhandled } satisfies InfoResult);
      const account: Account | undefined = await signedIn(deps, step.context);
      if (!result?.linked || !account || account.householdId === null) return step.endDialog();
      return step.next({ account } satisfies SignInResult);
    },
  ];
}
