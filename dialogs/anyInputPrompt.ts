/**
 * A prompt that accepts any message: typed text or an Adaptive Card submit (value, no text).
 * The dialog that asked decides what the answer means.
 */
import type { Activity, TurnContext } from 'botbuilder';
import { Prompt, type DialogInstance, type PromptOptions, type PromptRecognizerResult } from './dialogLibrary';
import { rendersIn } from './promptTexts';
import { keptTexts, type KeptText } from './keptTexts';
import { shown, shownWords } from './storedPrompt';

/** The prompt's own state: the locale texts its question was written with, and the translator that wrote them (promptTexts.ts). */
export interface AskState {
  renders?: KeptText[];
  by?: string;
}

export interface AnyInput {
  text: string;
  value?: unknown;
  /** Questions that follow it (« et lundi 25 ? »), said while it was kept: answered after it (communeAside.ts). */
  followUps?: string[];
}

/**
 * `reask`: what to say when the question is asked again after an aside (a practical question
 * answered, « reprendre »): the question alone, without the lead that came with it the first time
 * (« je n'ai pas compris votre réponse », « pour Léa : … »), which no longer holds.
 */
export interface AskOptions extends PromptOptions {
  reask?: Partial<Activity>;
  /**
   * What to say instead of `reask` after an aside answered, where messages are paid for (SMS): a short reminder (« Votre
   * panier n'a pas changé. Confirmez-vous ce panier ? ») rather than the question whole again. Not after « reprendre »
   * (`markResumed`): the task was left a while ago, its question is asked whole.
   */
  asideReask?: Partial<Activity>;
}

const RESUMED = Symbol('taskResumed');

/** A task brought back this turn (« reprendre »), or its words changed (« english », « langage simple »): its question is asked whole, not as a reminder. */
export function markResumed(ctx: TurnContext): void {
  ctx.turnState.set(RESUMED, true);
}

/** The texts kept in the prompt's state, with the translator's tag when they have one. */
export function keep(state: AskState, kept: { by?: string; renders: KeptText[] }): void {
  state.renders = kept.renders;
  if (kept.by !== undefined) state.by = kept.by;
  else delete state.by;
}

export class AnyInputPrompt extends Prompt<AnyInput> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(ctx: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    await this.ask(ctx, state, options, isRetry);
  }

  /**
   * Sends the question (or, on a retry, its retry prompt) and gives back what was sent. Kept as Replies
   * (storedPrompt.ts), each is rendered for the channel once here: the question sent is the one read.
   */
  protected async ask(ctx: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<Partial<Activity> | string | undefined> {
    const retried = isRetry && options.retryPrompt;
    const prompt = retried ? undefined : shown(ctx, options.prompt, options);
    // Kept when first asked: a change of language asks it again in the new one (questionAsked.ts).
    if (!isRetry) keep(state as AskState, keptTexts(rendersIn(ctx, [prompt, shownWords(ctx, options.retryPrompt, options), shownWords(ctx, (options as AskOptions).reask, options), shownWords(ctx, (options as AskOptions).asideReask, options)])));
    const activity = retried ? shown(ctx, options.retryPrompt, options) : prompt;
    if (activity) await ctx.sendActivity(activity);
    return activity;
  }

  override async repromptDialog(ctx: TurnContext, instance: DialogInstance): Promise<void> {
    const options = (instance.state as { options?: AskOptions }).options;
    const again = (ctx.turnState.get(RESUMED) !== true && options?.asideReask) || options?.reask;
    if (again) await ctx.sendActivity(shown(ctx, again, options));
    else await super.repromptDialog(ctx, instance);
  }

  protected async onRecognize(ctx: TurnContext): Promise<PromptRecognizerResult<AnyInput>> {
    const { text, value } = ctx.activity;
    const hasValue = value !== undefined && value !== null;
    const clean = typeof text === 'string' ? text.trim() : '';
    if (!clean && !hasValue && !ctx.activity.attachments?.length) return { succeeded: false };
    return { succeeded: true, value: hasValue ? { text: clean, value } : { text: clean } };
  }
}
