/**
 * « c'est quoi la facture en ligne ? » at a task's question (the invoices' list, an act's question): what the online
 * invoice is and how to choose it, then the same question; it was read as a question for the régie (its contacts).
 * At the online invoice's own question, the task answers it (eInvoiceDialog.ts).
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { asksWhatEInvoiceIs } from '../src/nlu/eInvoiceQuestion';
import { send, translator, type DialogDeps } from './dialogContext';
import type { Place } from './places';
import { inTask, repromptQuestion } from './questionAsked';

export async function takeEInvoiceQuestion(deps: DialogDeps, innerDc: DialogContext, place: Place): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || !text || !inTask(place) || place.task === 'eInvoice' || !asksWhatEInvoiceIs(text)) return undefined;
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('eInvoice.whyAside') });
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}
