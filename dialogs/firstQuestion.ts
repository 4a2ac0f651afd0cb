/**
 * Whether the question waiting is the first of a task the resident started with the message
 * before (« Créer mon espace », then « Madame ou Monsieur ? »): noted at the end of each turn in the
 * root dialog's state, read at the next.
 */
import type { DialogContext } from './dialogLibrary';

const KEY = 'taskJustStarted';

const rootState = (innerDc: DialogContext) => innerDc.parent?.activeDialog?.state as Record<string, unknown> | undefined;

/** At the start of a turn: whether the task was started by the last message (read once). */
export function takeJustStarted(innerDc: DialogContext): boolean {
  const state = rootState(innerDc);
  const started = state?.[KEY] === true;
  if (state) delete state[KEY];
  return started;
}

/** At the end of a turn: a task under way now that was not before it. */
export function noteJustStarted(innerDc: DialogContext, inTaskBefore: boolean, inTaskAfter: boolean): void {
  const state = rootState(innerDc);
  if (state && !inTaskBefore && inTaskAfter) state[KEY] = true;
}
