/**
 * The question waiting for an answer, read from the dialog stack: the innermost dialog, the options it
 * shows, asking it again; and whether the conversation is in a task at all.
 */
import type { DialogContext } from './dialogLibrary';
import type { ChoiceOption } from './choicePrompt';
import type { Place } from './places';
import { keep, type AskOptions, type AskState } from './anyInputPrompt';
import { relocalized, replacer, rerender } from './promptTexts';
import { keptAgain, textsBy, textsOf } from './keptTexts';
import { localeOf, translator, translatorTag, type DialogDeps } from './dialogContext';
import { shown } from './storedPrompt';
import { childOf } from './childContext';

/** The innermost context: where the question waiting for an answer is. */
export function deepest(innerDc: DialogContext): DialogContext {
  let dc = innerDc;
  for (let child = childOf(dc); child; child = childOf(dc)) dc = child;
  return dc;
}

/** The context whose active dialog is `id`, from the root down. */
export function waitingAt(innerDc: DialogContext, id: string): DialogContext | undefined {
  for (let dc: DialogContext | undefined = innerDc; dc; dc = childOf(dc)) if (dc.activeDialog?.id === id) return dc;
  return undefined;
}

/** The context inside the dialog `id` (its own stack), from the root down. */
export function childAt(innerDc: DialogContext, id: string): DialogContext | undefined {
  const dc = waitingAt(innerDc, id);
  return dc && childOf(dc);
}

/** The first value in a (JSON) tree for which `test` holds. */
export function findIn(tree: unknown, test: (key: string, value: unknown) => boolean): unknown {
  if (!tree || typeof tree !== 'object') return undefined;
  for (const [key, value] of Object.entries(tree)) {
    if (test(key, value)) return value;
    const inner = findIn(value, test);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The last value in a (JSON) tree for which `test` holds: in a stack of dialogs, the innermost one's. */
export function findLastIn(tree: unknown, test: (key: string, value: unknown) => boolean): unknown {
  if (!tree || typeof tree !== 'object') return undefined;
  let last: unknown;
  for (const [key, value] of Object.entries(tree)) {
    if (test(key, value)) last = value;
    const inner = findLastIn(value, test);
    if (inner !== undefined) last = inner;
  }
  return last;
}

/** What the step asking the question now noted beside it, in its waterfall's values (the waterfall under the prompt). */
interface AskingValues {
  choiceShown?: ChoiceOption[];
  /** The waterfall step that showed them. */
  choiceShownAt?: number;
  takesStop?: boolean;
  /** A bare « oui », « ok » is its answer (by SMS, « ce numéro » at a phone question): never taken as an acknowledgement. */
  takesYes?: boolean;
  readsOwn?: string;
  /** `instead`: the sentence repeats the question's own guidance (« J'attends votre adresse postale : le numéro… »), said in its place. */
  awaited?: { key: string; params?: Record<string, unknown>; instead?: boolean };
}

function askingValues(dc: DialogContext): AskingValues | undefined {
  return (dc.stack.at(-2)?.state as { values?: AskingValues } | undefined)?.values;
}

/** The options the question asked now shows (not those of a question asked at an earlier step of its waterfall). */
export function optionsShown(innerDc: DialogContext): ChoiceOption[] {
  const dc = deepest(innerDc);
  const values = askingValues(dc);
  const at = (dc.stack.at(-2)?.state as { stepIndex?: number } | undefined)?.stepIndex;
  if (values?.choiceShownAt !== undefined && at !== undefined && values.choiceShownAt !== at) return [];
  return values?.choiceShown ?? [];
}

/**
 * Whether the question asked now reads « annuler » itself (the step asking it set `takesStop`): what stops
 * there is only that step (an absence's certificate: the absence stays), the task says so.
 */
export function takesStop(innerDc: DialogContext): boolean {
  return askingValues(deepest(innerDc))?.takesStop === true;
}

/** What the question asked now reads itself before any aside (the step asking it set `readsOwn`; ownWords.ts). */
export function readsOwn(innerDc: DialogContext): string | undefined {
  return askingValues(deepest(innerDc))?.readsOwn;
}

/** What an open question awaits, said at a bare « ok » (the step asking it set `awaited`: a locale key and its params). */
/** Whether the question asked now takes a bare yes as its answer (the step asking it set `takesYes`). */
export function takesYes(innerDc: DialogContext): boolean {
  return askingValues(deepest(innerDc))?.takesYes === true;
}

export function awaitedAt(innerDc: DialogContext): AskingValues['awaited'] {
  return askingValues(deepest(innerDc))?.awaited;
}

/**
 * Asks the question waiting for an answer again, from the innermost context (whose parents find a
 * dialog begun from another set, as the sign-in begun by a task: a reprompt from the top does not).
 */
export async function repromptQuestion(innerDc: DialogContext): Promise<void> {
  await deepest(innerDc).repromptDialog();
}

export function inTask(place: Place): boolean {
  return Boolean((place.task || place.cancellable) && place.task !== 'info');
}

/**
 * After « english », « en français », « langage simple »: the question waiting for an answer written
 * again with `t` (its prompts, and the options it offers, their old labels still understood), so
 * that asking it again speaks the new language (promptTexts.ts).
 */
export function rewriteQuestion(innerDc: DialogContext, deps: DialogDeps): void {
  const dc = deepest(innerDc);
  const state = dc.activeDialog?.state as { options?: AskOptions; state?: AskState } | undefined;
  const kept = state?.state?.renders;
  if (!state?.options || !state.state || !kept?.length) return;
  // The texts as asked: those kept without their text rendered again by the translator that asked them.
  const before = textsOf(kept, state.state.by !== undefined ? textsBy(deps.texts, state.state.by) : undefined);
  const after = rerender(before, translator(deps, innerDc.context), localeOf(innerDc.context));
  const change = replacer(before, after);
  // Questions kept as Replies (storedPrompt.ts) are rendered first, then kept as activities in the new language, as before.
  const ctx = innerDc.context;
  const prompt = shown(ctx, state.options.prompt);
  const retryPrompt = shown(ctx, state.options.retryPrompt, state.options);
  const reask = shown(ctx, state.options.reask, state.options);
  const asideReask = shown(ctx, state.options.asideReask, state.options);
  state.options = { ...state.options, prompt: relocalized(prompt, change), retryPrompt: relocalized(retryPrompt, change), ...(reask ? { reask: relocalized(reask, change) } : {}), ...(asideReask ? { asideReask: relocalized(asideReask, change) } : {}) };
  keep(state.state, keptAgain(after, translatorTag(deps, ctx)));
  const values = askingValues(dc);
  if (values?.choiceShown) {
    values.choiceShown = values.choiceShown.map((o) => {
      const label = change(o.label);
      return label === o.label ? o : { ...o, label, synonyms: [...(o.synonyms ?? []), o.label] };
    });
  }
}
