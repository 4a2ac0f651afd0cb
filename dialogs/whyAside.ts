/**
 * « pourquoi ? » (« pourqoi », « c pour quoi », « ça sert à quoi ») at a question that says why it is
 * asked (askChoice's `why`: the census's offer, a démarche's choices and read-back; `expectWhy` for an
 * open question: the census's birth date): the reason, then the same question again, nothing entered
 * lost; « c quoi la diff ? » (what tells the options apart) the same. « je comprends pas », « j'ai pas compris », « quoi ? » there: the same reason, which explains the
 * question simply, then the question again. An answer that fits the options shown stays an answer.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { recognizeChoice } from '../src/nlu/choice';
import { saysNotUnderstood } from '../src/nlu/placeAnswer';
import { asksDifference, asksWhy } from '../src/nlu/whyAsked';
import { whyOf } from './choicePrompt';
import { send, translator, type DialogDeps } from './dialogContext';
import type { Place } from './places';
import { deepest, inTask, optionsShown, repromptQuestion } from './questionAsked';

export async function takeWhy(deps: DialogDeps, innerDc: DialogContext, place: Place): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || !text || !inTask(place) || !(asksWhy(text) || asksDifference(text) || saysNotUnderstood(text))) return undefined;
  const asking = deepest(innerDc).stack.at(-2)?.state as { values?: Record<string, unknown> } | undefined;
  const why = whyOf(asking?.values);
  if (!why || recognizeChoice(text, optionsShown(innerDc), true) !== undefined) return undefined;
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)(why.key, why.params) });
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}
