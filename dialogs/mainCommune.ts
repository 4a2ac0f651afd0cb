/**
 * The root flow's first step: the commune, from the channel (the page's or the SMS number's), the
 * deployment, the only one known, a first message naming it, or else asked.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { closingAtQuestion } from '../src/nlu/closing';
import { detectCommand } from '../src/nlu/commands';
import { closingText } from './closingText';
import { onlyNamesAPlace } from '../src/nlu/placeAnswer';
import { besidesCommune, communeNamed } from './communeNamed';
import { COMMUNE_DIALOG, asksSomething, namesOnlyNear, type CommuneOptions } from './communeDialog';
import { currentCommune, send, setCommune, translator, type DialogDeps } from './dialogContext';
import { MAIN_FLOW, type MainOptions } from './mainOptions';
import { answerReminders, stopsBySms } from './reminders';
import { cancelsARequest } from './requestCancelWords';

export async function ensureCommune(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  // « STOP » by SMS needs no commune: it is answered before anything is asked.
  if (((step.options ?? {}) as MainOptions).pending && stopsBySms(step.context)) {
    await answerReminders(deps, step.context, 'remindersStop');
    return step.endDialog();
  }
  if (await currentCommune(deps, step.context)) return step.next();
  // « annuler », « laisse tomber » as the very first message: nothing to cancel, nothing asked.
  const first = ((step.options ?? {}) as MainOptions).pending?.text;
  if (first && !cancelsARequest(first) && (detectCommand(first) === 'cancel' || (!detectCommand(first) && deps.understand(first).intent === 'abort'))) {
    await send(deps, step.context, { text: translator(deps, step.context)('commands.stopped') });
    return step.endDialog();
  }
  // « merci », « au revoir » as the very first message (a reply to an SMS received): answered politely, nothing asked.
  const closing = first ? closingAtQuestion(first) : undefined;
  if (first && (closing === 'thanks' || closing === 'goodbye')) {
    await send(deps, step.context, { text: closingText(translator(deps, step.context), first, deps.service.clock.now()) });
    return step.endDialog();
  }
  // The page's or the SMS number's commune, unless the resident asked to change it.
  const chosen = (await deps.profile.get(step.context, {})).communeChosen === true;
  const fromChannel = chosen ? undefined : (step.context.activity.channelData as { commune?: unknown } | undefined)?.commune;
  const all = await deps.service.listCommunes();
  // A new instance before its first `commune import`: nothing to choose, nothing to do yet.
  if (all.length === 0) {
    await send(deps, step.context, { text: translator(deps, step.context)('commune.none') });
    return step.endDialog();
  }
  const known = [fromChannel, chosen ? undefined : deps.defaultCommune].find((id) => typeof id === 'string' && all.some((c) => c.id === id));
  const only = all.length === 1 ? all[0]?.id : undefined;
  const communeId = (known as string | undefined) ?? only;
  if (communeId) {
    await setCommune(deps, step.context, communeId);
    return step.next();
  }
  // A first message that names a commune (SMS often starts that way) answers the question before it is asked.
  const options = (step.options ?? {}) as MainOptions;
  // The place of an act's event (« je suis né à Poissy ») is the act's: it chooses the commune only when it is one served (communeNamed.ts).
  const said = options.pending?.text ? await communeNamed(deps, options.pending.text) : undefined;
  const named = said?.match;
  if (said && named?.kind === 'found' && options.pending) {
    await setCommune(deps, step.context, named.commune.id);
    await send(deps, step.context, { text: translator(deps, step.context)(said.atPlace ? 'commune.notedFromPlace' : 'commune.noted', { commune: named.commune.name }) });
    // « horaires de la mairie de Chanteloup »: the commune, and the request answered at once (what is said besides the name: « bjr carrieres sous poissy » asks nothing).
    const rest = besidesCommune(said, options.pending.text);
    const request = asksSomething(deps, rest);
    return step.replaceDialog(MAIN_FLOW, (request ? { pending: { ...options.pending, text: rest } } : {}) satisfies MainOptions);
  }
  // « Poissy », « mairie de Poissy »: not served, and nothing else asked, but a commune served is named after it: suggested (communeDialog.ts).
  // The message is not kept to answer later (it asked nothing).
  if (first && named?.kind === 'none' && named.near && (namesOnlyNear(named, first) || !asksSomething(deps, first))) return step.replaceDialog(MAIN_FLOW, { communeLead: 'commune.unknown', communeNear: named.near.map((c) => c.id) } satisfies MainOptions);
  // « mairie de Poissy »: a commune not served, and nothing else asked: said so, and nothing kept to answer later.
  if (first && onlyNamesAPlace(first) && !asksSomething(deps, first)) return step.replaceDialog(MAIN_FLOW, { communeLead: 'commune.unknown' } satisfies MainOptions);
  // A first message that asks something (« c ouvert la mairie samedi ? »): kept by the question, said so, and answered once the commune is known.
  const kept = first && asksSomething(deps, first) ? options.pending : undefined;
  // « carrieres » (two communes served start so): those two to choose from, said why.
  const among = named?.kind === 'ambiguous' ? { leadKey: 'commune.ambiguous', candidates: named.candidates.map((c) => c.id) } : options.communeLead ? { leadKey: options.communeLead, ...(options.communeNear ? { candidates: options.communeNear, near: true } : {}) } : {};
  return step.beginDialog(COMMUNE_DIALOG, { ...among, ...(kept ? { kept } : {}) } satisfies CommuneOptions);
}
