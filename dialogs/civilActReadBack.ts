/**
 * A civil-status act's read-back: every answer read back with « C'est bien ça ? » (« pourquoi ? » says
 * why), then « oui » sends the numbered request (confirmed in the chat and by e-mail); « non » corrects
 * an answer (civilActCorrection.ts), or asks which one, read here by number or by name.
 */
import { TurnContext } from 'botbuilder-core';
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { saysAPosition } from '../src/nlu/choice';
import { askChoice, yesNoOptions, type ChoiceMatch } from './choicePrompt';
import { localeOf, send, signedIn, type DialogDeps } from './dialogContext';
import { recap, recipientOf, type CivilActOptions, type Draft } from './civilActDraft';
import { correction, fieldAt, fixOptions, without } from './civilActCorrection';
import { sentText } from './civilActContact';
import { knownTown } from './addressAnswer';

/** The read-back to confirm, or (after « non » with nothing named) which answer to correct. */
export async function askReadBack(deps: DialogDeps, step: WaterfallStepContext, promptId: string, t: Translate, draft: Draft, fixing: boolean | undefined, lead: string): Promise<DialogTurnResult> {
  if (fixing) return askChoice(deps, step, promptId, { text: t('createAccount.whichField'), options: fixOptions(t, draft) }, lead);
  const options = yesNoOptions(t('createAccount.yes'), t('createAccount.no'));
  const known = await knownTown(deps, step.context);
  return askChoice(deps, step, promptId, { text: `${recap(t, draft, localeOf(step.context), known)}\n${t('createAccount.confirm')}`, options, why: { key: 'demarche.why.confirm' } }, lead);
}

/**
 * The answer to correct, by its number or name (« 2 », « l'email »), asked again alone; or named with its
 * new value (« le nom c'est Moreau »). A number alone is the list's (never a day), said bare or not (« 3. », « le 3 »,
 * « n°3 »). Not understood: asked again naming the request. What the flow does next.
 */
export function fixingNext(t: Translate, draft: Draft, text: string, chosen: ChoiceMatch | undefined, today: string, ruled: boolean | undefined): CivilActOptions {
  const fixed = /^\s*\d{1,2}\s*$/.test(text) || saysAPosition(text, fixOptions(t, draft).length) ? undefined : correction(t, draft, text, today);
  if (fixed && !fixed.fixing) return { ...fixed, ruled };
  const picked = chosen ? fieldAt(draft, chosen.index) : undefined;
  if (picked) return { draft: without(draft, picked), ruled };
  return { draft, fixing: true, ruled, leadKey: 'choice.again', leadParams: { task: t(draft.kind ? `choice.task.civilAct.${draft.kind}` : 'choice.task.civilAct') } };
}

/** « oui » at the read-back: the request sent to the état civil, its reference said. */
export async function submitAct(deps: DialogDeps, step: WaterfallStepContext, commune: Commune, t: Translate, draft: Draft): Promise<DialogTurnResult> {
  const { email, phone, eventYear: _year, ...answers } = draft;
  // The phone given instead of an e-mail is kept with the answers, for the état civil; the name on the envelope with the address.
  const recipient = recipientOf(draft);
  const data = { ...answers, ...(phone ? { phone } : {}), ...(recipient ? { recipient } : {}) };
  const account = await signedIn(deps, step.context);
  const reference = await deps.service.requests.submit({
    commune,
    kind: 'civil_status_act',
    email: email ?? '',
    data,
    locale: localeOf(step.context),
    ...(account ? { account } : {}),
    conversation: { channelId: step.context.activity.channelId, reference: TurnContext.getConversationReference(step.context.activity) },
  });
  await send(deps, step.context, { text: sentText(t, reference, draft, deps.service.serviceFor(commune, 'requests')) });
  return step.endDialog();
}
