/**
 * « merci », « au revoir » at a task's question, when they are not one of its options (« ok merci »
 * is a yes, « non merci » a no): never taken for its answer. « ok » (« oui » at an open question) says what is awaited and asks the question again; thanks are answered and the
 * question asked again; a goodbye puts the task aside, kept for « reprendre », and takes leave.
 * « att je cherche », « un instant » at any question: the question waits, asked again. « bonjour » alone: greeted, the question asked again.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { normalize } from '../src/domain/text';
import { recognizeChoice } from '../src/nlu/choice';
import { closingAtQuestion } from '../src/nlu/closing';
import { isGreeting } from '../src/nlu/commands';
import { asksToWait } from '../src/nlu/waitWords';
import { recognizeYesNo } from '../src/nlu/yesNo';
import type { Translate } from '../src/i18n';
import { check } from './accountFields';
import { howToAnswer } from './choicePrompt';
import { helloWords } from './helloWords';
import { send, translator, type DialogDeps } from './dialogContext';
import { MAIN_FLOW, type MainOptions } from './mainOptions';
import type { Place } from './places';
import { awaitedAt, inTask, optionsShown, repromptQuestion, takesYes } from './questionAsked';
import { pauseTask } from './taskResume';

/**
 * « Choisissez une réponse : Copie intégrale, Extrait avec filiation ou Extrait sans filiation. »; a longer list: how to answer it.
 * By SMS the question asked again numbers its options and says how to answer (« Répondez 1, 2 ou 3. »): only the lead.
 */
function choose(t: Translate, labels: string[], numberedBelow: boolean): string {
  if (labels.length === 1) return t('choice.pickOnly', { option: labels[0] });
  if (numberedBelow) return t('choice.pickListed');
  if (labels.length > 4) return `${t('choice.pickListed')} ${howToAnswer(t, labels.length)}`;
  const last = labels.at(-1) ?? '';
  return t('choice.pickOne', { options: `${labels.slice(0, -1).join(', ')} ${t('choice.or')} ${last}` });
}

export async function takeClosing(deps: DialogDeps, innerDc: DialogContext, place: Place): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || !inTask(place)) return undefined;
  const t = translator(deps, innerDc.context);
  if (asksToWait(normalize(text ?? ''))) {
    await send(deps, innerDc.context, { text: t('topics.wait') });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  // The question's own answer first: « ok merci » is a yes, « non merci » a no.
  if (recognizeChoice(text ?? '', optionsShown(innerDc), true) !== undefined) return undefined;
  // A bare « oui » at an open question that says what it awaits (an address, a name): heard, as « ok ».
  // One letter (« Y », a town of the Somme; « O ») is a yes only where the question is yes/no: here it is the answer.
  const yes = normalize(text ?? '').length > 1 ? recognizeYesNo(text ?? '') : undefined;
  // « ok », « ouais » at a phone question that offers « ce numéro » (SMS): its answer, the number written from.
  if (yes?.answer === 'yes' && !yes.rest && takesYes(innerDc)) return undefined;
  // « ouais » where the options are not a yes or a no (they did not choose it above): heard, as « ok ».
  const closing = closingAtQuestion(text) ?? (yes?.answer === 'yes' && !yes.rest && (awaitedAt(innerDc) || optionsShown(innerDc).length > 1) ? 'ack' : undefined);
  // « bonjour », « salut » alone at a question (a resident coming back to it): greeted, the question asked again (never read as its answer).
  // « Madame », « M » alone are a civility, not a greeting.
  if (!closing && isGreeting(text) && check('civility', text ?? '') === undefined) {
    await send(deps, innerDc.context, { text: helloWords(t, deps.service.clock.now(), text, undefined) });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  if (!closing) return undefined;
  if (closing === 'ack') {
    // At a question with options, « ok » chooses none: said which answers are awaited before it is asked again.
    // At an open question that says what it awaits (a town, or « ici »): said so, never the question alone again; where
    // that sentence repeats the question (the sign-up's fields), it is said in its place: the question once in the reply.
    const options = optionsShown(innerDc);
    const awaited = awaitedAt(innerDc);
    if (options.length > 0) await send(deps, innerDc.context, { text: choose(t, options.map((o) => o.label), deps.renderer.isPaid(innerDc.context.activity.channelId)) });
    else if (awaited) await send(deps, innerDc.context, { text: t(awaited.key, awaited.params) });
    if (options.length > 0 || !awaited?.instead) await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  if (closing === 'thanks') {
    await send(deps, innerDc.context, { text: t('topics.notDoneYet') });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  const paused = pauseTask(deps, innerDc, place);
  if (paused) await send(deps, innerDc.context, { text: paused });
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(MAIN_FLOW, { closing: true } satisfies MainOptions);
}
