/**
 * Requests asked while a task waits for its sign-in (« mes réservations », then « annule le 17 pour hugo », « léa sera
 * absente demain » at « Quelle est l'adresse e-mail de votre espace ? »): they need the same sign-in, so nothing is put
 * aside. Each is noted (« C'est noté, je le fais après la connexion »), the sign-in goes on, and once the task ends they
 * are routed in turn, the oldest first (mainMenu.ts afterTask). Before, each one put the one before aside, and « reprendre »
 * was asked for what had just been said. Kept in the root dialog's own state, beside the tasks put aside.
 */
import type { DialogContext } from './dialogLibrary';
import type { AnyInput } from './anyInputPrompt';
import { SIGN_IN_DIALOG } from './signInDialog';
import { waitingAt } from './questionAsked';

const QUEUE = 'afterSignIn';
/** How many requests are kept: one more forgets the oldest. */
const MAX_KEPT = 3;

function queueOf(dc: DialogContext): AnyInput[] | undefined {
  for (let d: DialogContext | undefined = dc.parent; d; d = d.parent) {
    const state = d.activeDialog?.state as Record<string, unknown> | undefined;
    if (!state || !('dialogs' in state)) continue;
    if (!Array.isArray(state[QUEUE])) state[QUEUE] = [];
    return state[QUEUE] as AnyInput[];
  }
  return undefined;
}

/**
 * A task's own sign-in waiting (for the e-mail or the code), not the sign-in asked alone (« me connecter »): the request
 * is kept for after that task (true), or false (nothing kept).
 */
export function keepAfterSignIn(innerDc: DialogContext, request: AnyInput): boolean {
  const signIn = waitingAt(innerDc, SIGN_IN_DIALOG);
  if (!signIn || signIn === innerDc || innerDc.stack.at(-1)?.id === SIGN_IN_DIALOG) return false;
  const queue = queueOf(innerDc);
  if (!queue) return false;
  queue.push(request);
  queue.splice(0, Math.max(0, queue.length - MAX_KEPT));
  return true;
}

/** The oldest request kept, taken out of the queue (afterTask routes it), or undefined. */
export function nextAfterSignIn(dc: DialogContext): AnyInput | undefined {
  return queueOf(dc)?.shift();
}

/** The oldest request kept, left in the queue (by SMS it is offered with « suite »: keptNextBySms.ts), or undefined. */
export const peekAfterSignIn = (dc: DialogContext): AnyInput | undefined => queueOf(dc)?.[0];

/** Whether requests are kept (the tasks put aside are offered back only once they are done). */
export const keptAfterSignIn = (dc: DialogContext): boolean => (queueOf(dc)?.length ?? 0) > 0;

/** The requests kept are forgotten (« annule tout », another commune). */
export function dropAfterSignIn(dc: DialogContext): void {
  queueOf(dc)?.splice(0);
}
