/**
 * A request typed while « Créer mon espace » is under way, kept for when the account exists: started once it is
 * confirmed (the sign-up is neither put aside nor lost).
 */
import type { DialogContext } from './dialogLibrary';
import type { AnyInput } from './anyInputPrompt';
import { CREATE_ACCOUNT_DIALOG, CREATE_ACCOUNT_FLOW, CREATE_ACCOUNT_PROMPT, type CreateOptions, type FlowValues } from './createAccountDialog';
import { SIGN_IN_DIALOG } from './signInDialog';
import { childAt, findIn } from './questionAsked';

/**
 * While the creation waits for its code, a request that needs the account (« réserver », « mes factures »):
 * kept for when the account is confirmed (the creation is not put aside, nor a sign-in started over).
 * The e-mail the code was sent to, or undefined when no creation is waiting for its code.
 */
export function keepUntilCreated(innerDc: DialogContext, request: AnyInput): string | undefined {
  const flow = childAt(innerDc, CREATE_ACCOUNT_DIALOG);
  if (flow?.activeDialog?.id !== SIGN_IN_DIALOG) return undefined;
  const email = findIn(flow.activeDialog, (k, v) => k === 'email' && typeof v === 'string');
  const state = flow.stack.find((d) => d.id === CREATE_ACCOUNT_FLOW)?.state as { values?: FlowValues } | undefined;
  if (typeof email !== 'string' || !state?.values) return undefined;
  state.values.afterCreation = request;
  return email;
}

/**
 * At a question of the sign-up before its code (« Quel est votre prénom ? »), a request that needs the account and
 * belongs to it (« envoyer un justificatif »): kept for when the account is created, the sign-up going on with what
 * was given. False when no sign-up is at its questions.
 */
export function keepForAfterCreation(innerDc: DialogContext, request: AnyInput): boolean {
  const flow = childAt(innerDc, CREATE_ACCOUNT_DIALOG);
  const state = flow?.stack.find((d) => d.id === CREATE_ACCOUNT_FLOW)?.state as { options?: CreateOptions } | undefined;
  if (!flow || flow.activeDialog?.id !== CREATE_ACCOUNT_PROMPT || !state?.options) return false;
  state.options.afterCreation = request;
  return true;
}
