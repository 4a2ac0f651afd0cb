/**
 * A task asked for again while it is under way, at the question of a step inside it (« payer ma
 * facture » at the sign-in that the invoices asked for first): it is the same task, not another one.
 * Nothing is put aside; the resident is told it is in progress and the question is asked again.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import type { Intent } from '../src/nlu/intents';
import { ABSENCE_DIALOG } from './absenceDialog';
import { BOOKING_DIALOG } from './bookingDialog';
import { CONTACT_DETAILS_DIALOG } from './contactDetailsDialog';
import { DOCUMENTS_DIALOG } from './documentsDialog';
import { E_INVOICE_DIALOG } from './eInvoiceDialog';
import { FAMILY_KEY_DIALOG } from './familyKeyDialog';
import { INVOICES_DIALOG } from './invoicesDialog';
import { taskName, type TaskName } from './taskNames';
import { send, translator, type DialogDeps } from './dialogContext';
import { repromptQuestion } from './questionAsked';

/** The requests each task answers, and its name (built when first used: the dialogs' modules import one another). */
const tasks = (): Record<string, { intents: readonly Intent[]; key: string }> => ({
  [INVOICES_DIALOG]: { intents: ['list_invoices', 'pay_invoice'], key: 'choice.task.invoices' },
  [BOOKING_DIALOG]: { intents: ['book'], key: 'choice.task.booking' },
  [ABSENCE_DIALOG]: { intents: ['report_absence'], key: 'choice.task.absence' },
  [E_INVOICE_DIALOG]: { intents: ['e_invoice'], key: 'choice.task.eInvoice' },
  [DOCUMENTS_DIALOG]: { intents: ['upload_document'], key: 'choice.task.documents' },
  [CONTACT_DETAILS_DIALOG]: { intents: ['update_contact'], key: 'choice.task.contact' },
  [FAMILY_KEY_DIALOG]: { intents: ['family_key'], key: 'choice.task.familyKey' },
});

/**
 * The task under way that `intent` asks for. Called for a request read as another task at the
 * question (src/nlu/topicRequest.ts): the question is then a step's inside the task (a sign-in, a
 * family key), since a task's own questions leave its own requests to it.
 */
export function taskUnderWay(innerDc: DialogContext, intent: Intent): TaskName | undefined {
  const known = tasks();
  let found: TaskName | undefined;
  for (let dc: DialogContext | undefined = innerDc; dc?.activeDialog; dc = dc.child) {
    const task = known[dc.activeDialog.id];
    if (task?.intents.includes(intent)) found = { key: task.key };
  }
  return found;
}

/** « C'est en cours : vos factures. », then the question again. */
export async function sayUnderWay(deps: DialogDeps, innerDc: DialogContext, task: TaskName): Promise<DialogTurnResult> {
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('topics.underWay', { task: taskName(deps, innerDc, task) }) });
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}
