/**
 * « merci », « au revoir » at a task's question, when they are not one of its options (« ok merci »
 * is a yes, « non merci » a no): never taken for its answer. « ok » asks the question again; thanks are answered and the
 * question asked again; a goodbye puts the task aside, kept for « reprendre », and takes leave.
 * « att je cherche », « un instant » at any question: the question waits, asked again.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { normalize } from '../src/domain/text';
import { recognizeChoice } from '../src/nlu/choice';
import { closingAtQuestion } from '../src/nlu/closing';
import { asksToWait } from '../src/nlu/waitWords';
import { send, translator, type DialogDeps } from './dialogContext';
import { MAIN_FLOW, type MainOptions } from './mainOptions';
import type { Place } from './places';
import { inTask, optionsShown, repromptQuestion } from './questionAsked';
import { pauseTask } from './topicSwitch';

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
  const closing = closingAtQuestion(text);
  if (!closing) return undefined;
  if (closing === 'ack') {
    await repromptQuestion(innerDc);
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
