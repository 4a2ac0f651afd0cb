/**
 * A new phone number given beside another request (« mon nouveau numéro c'est 06 12 34 56 78, et il sera absent le 15 »):
 * the other request is served first, the number kept in the main flow and changed once that task ends (as if said then,
 * read by « Coordonnées »: contactDetailsDialog.ts). Said so at once. Before, the absence was taken and the number dropped.
 */
import type { WaterfallStepContext } from './dialogLibrary';
import type { AnyInput } from './anyInputPrompt';
import { newNumberBeside } from '../src/nlu/newNumberBeside';
import { send, translator, type DialogDeps } from './dialogContext';
import type { MainFlowValues } from './mainOptions';

/** Intents that are no other request: the number alone is the request (update_contact reads it). */
const NOT_A_REQUEST: ReadonlySet<string> = new Set(['unknown', 'greeting', 'update_contact', 'abort']);

/** The message read without the new number when another request is beside it (`input.text` changed); the number kept for after. */
export async function keepNewNumber(deps: DialogDeps, step: WaterfallStepContext, input: AnyInput): Promise<void> {
  if (input.value !== undefined) return;
  const found = newNumberBeside(input.text);
  if (!found || NOT_A_REQUEST.has(deps.understand(found.rest).intent)) return;
  (step.values as MainFlowValues).keptAfterSignIn = { text: found.said };
  input.text = found.rest;
  await send(deps, step.context, { text: translator(deps, step.context)('contact.newNumberKept', { phone: found.phone }) });
}
