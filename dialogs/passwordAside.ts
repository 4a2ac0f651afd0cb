/**
 * A password typed in the chat (« MotDePasse!2026 », src/domain/passwordShape.ts), at the menu or at a task's question:
 * the resident is told it is not kept and is typed only on the secure page; then the question again, or the menu. Never
 * taken for an answer; hidden in what is stored (src/redact.ts). At the sign-in's e-mail question too, where it is most
 * often typed (a code or a key is never password-shaped: secretShapes.ts).
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { looksLikePassword } from '../src/domain/passwordShape';
import { send, translator, type DialogDeps } from './dialogContext';
import { MAIN_FLOW, type MainOptions } from './mainOptions';
import type { Place } from './places';
import { inTask, repromptQuestion } from './questionAsked';

export async function takePassword(deps: DialogDeps, innerDc: DialogContext, place: Place): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || !looksLikePassword(text ?? '')) return undefined;
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('password.typedHere') });
  if (inTask(place) || place.cancellable) {
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
}
