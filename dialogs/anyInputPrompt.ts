/**
 * A prompt that accepts any message: typed text or an Adaptive Card submit (value, no text).
 * The dialog that asked decides what the answer means.
 */
import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';

export interface AnyInput {
  text: string;
  value?: unknown;
}

export class AnyInputPrompt extends Prompt<AnyInput> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(ctx: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await ctx.sendActivity(activity);
  }

  protected async onRecognize(ctx: TurnContext): Promise<PromptRecognizerResult<AnyInput>> {
    const { text, value } = ctx.activity;
    const hasValue = value !== undefined && value !== null;
    const clean = typeof text === 'string' ? text.trim() : '';
    if (!clean && !hasValue && !ctx.activity.attachments?.length) return { succeeded: false };
    return { succeeded: true, value: hasValue ? { text: clean, value } : { text: clean } };
  }
}
