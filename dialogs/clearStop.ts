/**
 * A stop said with words around it at a task's question (« en fait non laisse tomber », « oublie en fait »):
 * the task stops as with « annuler ». Not when the words answer the question: one of the options shown, or
 * « non », « rien » where a question takes « none » for an answer (src/nlu/noneAnswer.ts).
 */
import { namesAnOption, recognizeChoice } from '../src/nlu/choice';
import { prepare } from '../src/nlu/frenchText';
import { detectIntent } from '../src/nlu/intents';
import { saysHasNone } from '../src/nlu/noneAnswer';
import type { ChoiceOption } from './choicePrompt';

export function saysStop(text: string, options: readonly ChoiceOption[]): boolean {
  if (detectIntent(prepare(text)) !== 'abort' || saysHasNone(text)) return false;
  return !namesAnOption(text, options) && recognizeChoice(text, options, true) === undefined;
}
