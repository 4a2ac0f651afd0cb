/**
 * « t'es vraiment nul », « bot de merde » (src/nlu/insults.ts), at the menu or at a task's question: acknowledged calmly,
 * with the way to reach a person (« parler à quelqu'un »); then the question again, or the menu. Never taken for an answer.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { recognizeChoice } from '../src/nlu/choice';
import { isInsult } from '../src/nlu/insults';
import { send, translator, type DialogDeps } from './dialogContext';
import { MAIN_FLOW, type MainOptions } from './mainOptions';
import type { Place } from './places';
import { inTask, optionsShown, repromptQuestion } from './questionAsked';

export async function takeInsult(deps: DialogDeps, innerDc: DialogContext, place: Place): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || !isInsult(text)) return undefined;
  const task = inTask(place) || place.cancellable;
  if (task && recognizeChoice(text ?? '', optionsShown(innerDc), true) !== undefined) return undefined;
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('insult.calm') });
  if (task) {
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
}
