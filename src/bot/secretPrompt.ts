/**
 * Whether a conversation is waiting for a secret: its innermost dialog is a prompt asked with
 * `ask(…, secret = true)` (dialogs/dialogContext.ts), which keeps SECRET_PROMPT in the prompt's
 * options. The web chat's Direct Line reads this before it stores the resident's next message, so
 * that the answer to « votre code » or « votre Clé Enfance » is kept in the history as •••, in
 * whatever spelling it was typed (and even when it is a near miss).
 */
import type { Storage } from 'botbuilder';

/** What a secret prompt keeps in its options (as PromptOptions.validations). */
export const SECRET_PROMPT = Object.freeze({ secret: true });

interface Instance {
  id?: unknown;
  state?: { options?: { validations?: { secret?: unknown } }; dialogs?: { dialogStack?: Instance[] } };
}

/** Walks the dialog stack down to the active prompt (the last of each stack is the active one). */
export function awaitsSecret(dialogState: unknown): boolean {
  let stack = (dialogState as { dialogStack?: Instance[] } | undefined)?.dialogStack;
  for (let depth = 0; depth < 32 && Array.isArray(stack) && stack.length > 0; depth += 1) {
    const active = stack[stack.length - 1] as Instance;
    if (active.state?.options?.validations?.secret === true) return true;
    stack = active.state?.dialogs?.dialogStack;
  }
  return false;
}

/** The same, read from the conversation state as ConversationState stores it (`channel/conversations/id/`). */
export async function conversationAwaitsSecret(storage: Storage, channelId: string, conversationId: string): Promise<boolean> {
  const key = `${channelId}/conversations/${conversationId}/`;
  const items = await storage.read([key]);
  return awaitsSecret((items[key] as { dialogState?: unknown } | undefined)?.dialogState);
}
