/** Where a sign-in's code is awaited during a task: the e-mail it was sent to (topicSwitch.ts carries the sign-in on with it). */
import type { DialogContext } from './dialogLibrary';
import { SIGN_IN_DIALOG } from './signInDialog';
import { findIn, waitingAt } from './questionAsked';

/** The e-mail a code was sent to, when the task under way is the sign-in itself (« Me connecter ») waiting for that code. */
export function codeAwaited(innerDc: DialogContext): string | undefined {
  if (innerDc.stack.at(-1)?.id !== SIGN_IN_DIALOG) return undefined;
  const email = findIn(innerDc.stack.at(-1), (k, v) => k === 'email' && typeof v === 'string');
  return typeof email === 'string' ? email : undefined;
}

/** The e-mail a code was sent to, when a task's own sign-in (deeper in the stack) waits for that code. */
export function codeAwaitedWithin(innerDc: DialogContext): string | undefined {
  const signingIn = waitingAt(innerDc, SIGN_IN_DIALOG);
  const email = signingIn ? findIn(signingIn.activeDialog, (k, v) => k === 'email' && typeof v === 'string') : undefined;
  return typeof email === 'string' ? email : undefined;
}
