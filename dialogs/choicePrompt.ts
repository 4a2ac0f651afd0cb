/**
 * The one way to ask a question with options. `askChoice` shows them as buttons where the channel
 * has them and, in text (SMS, and the text equivalent read by screen readers), numbered with how
 * to answer (« Répondez 1, 2 ou 3. »). It remembers the options shown, so `readChoice` reads the
 * answer against exactly those: a number, a label, a synonym, a yes or a no, a small slip
 * (src/nlu/choice.ts), in any language the bot speaks (choiceLanguages.ts). When nothing fits, `notUnderstood` says so naming the task, and the
 * dialog asks again with everything already entered kept.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { Reply } from '../cards/cardRenderer';
import type { Translate } from '../src/i18n';
import { recognizeChoice, type ChoiceMatch, type ChoiceOption } from '../src/nlu/choice';
import type { AnyInput } from './anyInputPrompt';
import { inEveryLanguage } from './choiceLanguages';
import { withMeanings } from './choiceMeanings';
import { ask, translator, type DialogDeps } from './dialogContext';

export type { ChoiceMatch, ChoiceOption } from '../src/nlu/choice';

const SHOWN = 'choiceShown';
const SHOWN_AT = 'choiceShownAt';
const WHY = 'whyAsked';

/** Why a question is asked: a locale text, said when the resident asks « pourquoi ? » (whyAside.ts). */
export interface WhyAsked {
  key: string;
  params?: Record<string, unknown>;
}

export interface ChoiceQuestion extends Omit<Reply, 'choices' | 'hint'> {
  options: ChoiceOption[];
  /** Why it is asked, for « pourquoi ? »; then the question is asked again. */
  why?: WhyAsked;
  /** By SMS, what is said instead of the question after an aside (a basket: a reminder, not the basket whole again). */
  reminder?: string;
}

/** « Répondez 1 ou 2. », « Répondez 1, 2 ou 3. », « Répondez par un numéro de 1 à 8. » */
export function howToAnswer(t: Translate, count: number): string {
  if (count > 4) return t('choice.hintRange', { count });
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  const last = numbers.pop() ?? '1';
  return t('choice.hint', { numbers: numbers.length ? `${numbers.join(', ')} ${t('choice.or')} ${last}` : last });
}

/** The reply that asks: the options as choices, with how to answer them in words. */
export function choiceReply(t: Translate, question: ChoiceQuestion): Reply {
  const { options, why: _why, reminder: _reminder, ...reply } = question;
  return { ...reply, choices: options.map((o) => ({ label: o.label })), ...(options.length > 1 ? { hint: howToAnswer(t, options.length) } : {}) };
}

/** Asks the question through the waterfall's prompt (`prefix`: why it is asked, ending with a line break). */
export function askChoice(deps: DialogDeps, step: WaterfallStepContext, promptId: string, question: ChoiceQuestion, prefix = ''): Promise<DialogTurnResult> {
  // Understood in the other languages too (« give up » at « Abandonner »): choiceLanguages.ts.
  expectChoice(step, inEveryLanguage(deps, step.context, question.options));
  expectWhy(step, question.why);
  return ask(deps, step, promptId, choiceReply(translator(deps, step.context), question), prefix, false, question.reminder);
}

/**
 * The options a question offers without showing them again (they are already on screen, as the
 * invoices' list): `readChoice` reads the answer against them.
 */
export function expectChoice(step: WaterfallStepContext, options: readonly ChoiceOption[]): void {
  // A yes and a no said by their labels (« Continuer », « Arrêter ») take « oui », « yes », « non », « no »: choiceMeanings.ts.
  (step.values as Record<string, unknown>)[SHOWN] = withMeanings(options).map((o) => ({ ...o }));
  // The step that shows them: a later step's question (a file asked after its kind) shows none (questionAsked.ts).
  (step.values as Record<string, unknown>)[SHOWN_AT] = step.index;
}

/** The options the last `askChoice` of this step showed (none when it asked nothing). */
export function shownOptions(step: WaterfallStepContext): ChoiceOption[] {
  return ((step.values as Record<string, unknown>)[SHOWN] as ChoiceOption[] | undefined) ?? [];
}

/** Why the question this step asks is asked (an open question may say it too): answered to « pourquoi ? » (whyAside.ts). */
export function expectWhy(step: WaterfallStepContext, why: WhyAsked | undefined): void {
  const values = step.values as Record<string, unknown>;
  if (why) values[WHY] = why;
  else delete values[WHY];
}

/** Why the question waiting in this waterfall's values is asked, when it says (see `askChoice`). */
export function whyOf(values: Record<string, unknown> | undefined): WhyAsked | undefined {
  return values?.[WHY] as WhyAsked | undefined;
}

/** The option the answer chose among those shown, or undefined. */
export function readChoice(step: WaterfallStepContext, strict = false): ChoiceMatch | undefined {
  const input = step.result as AnyInput | undefined;
  return input?.text ? recognizeChoice(input.text, shownOptions(step), strict) : undefined;
}

/** What is said before the question is asked again: the task it is about, and that the answer did not fit. */
export function notUnderstood(t: Translate, taskKey?: string, params?: Record<string, unknown>): string {
  return taskKey ? t('choice.again', { task: t(taskKey, params) }) : t('choice.againNoTask');
}

/** The yes/no options of a read-back or an offer: the first means yes, the second no. */
export function yesNoOptions(yes: string, no: string, synonyms: { yes?: readonly string[]; no?: readonly string[] } = {}): ChoiceOption[] {
  return [
    { label: yes, meaning: 'yes', synonyms: synonyms.yes ?? [] },
    { label: no, meaning: 'no', synonyms: synonyms.no ?? [] },
  ];
}
