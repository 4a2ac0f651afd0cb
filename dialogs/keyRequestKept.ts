/**
 * A request for the family's tasks typed where the family key is asked (« inscrire Léa lundi », « lea sera absente
 * demain », « mes réservations »): not a try of the key and not another task started (which would ask the key again).
 * It is kept, the resident told so, and the key asked again; once the key links the file, the request kept is
 * served (familyKeyDialog.ts hands it back, the menu routes it).
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { familyKeyIn } from '../src/domain/secretShapes';
import type { Intent } from '../src/nlu/intents';
import { send, translator, type DialogDeps } from './dialogContext';
import { FAMILY_KEY_DIALOG, FAMILY_KEY_FLOW, type KeyOptions } from './familyKeyDialog';
import { childAt, repromptQuestion } from './questionAsked';

/** The requests that need the family file, served once the key is accepted. */
const FAMILY_TASKS: ReadonlySet<Intent> = new Set(['book', 'cancel_booking', 'report_absence', 'list_bookings']);

export async function takeRequestAtKey(deps: DialogDeps, innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || !text || familyKeyIn(text)) return undefined;
  // The key's waterfall, under its prompt.
  const atKey = childAt(innerDc, FAMILY_KEY_DIALOG)?.stack.find((d) => d.id === FAMILY_KEY_FLOW);
  const options = atKey?.state?.options as KeyOptions | undefined;
  if (!atKey || !options) return undefined;
  if (!FAMILY_TASKS.has(deps.understand(text).intent)) return undefined;
  atKey.state.options = { ...options, kept: text } satisfies KeyOptions;
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('familyKey.requestKept') });
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}
