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
import { activeIds, taskName, taskNameKey, type TaskName } from './taskNames';
import { send, translator, type DialogDeps } from './dialogContext';
import { repromptQuestion } from './questionAsked';
import { relocalized, renderedThisTurn } from './promptTexts';

/** The requests each task answers (built when first used: the dialogs' modules import one another). */
const answers = (): Record<string, readonly Intent[]> => ({
  [INVOICES_DIALOG]: ['list_invoices', 'pay_invoice'],
  [BOOKING_DIALOG]: ['book'],
  [ABSENCE_DIALOG]: ['report_absence'],
  [E_INVOICE_DIALOG]: ['e_invoice'],
  [DOCUMENTS_DIALOG]: ['upload_document'],
  [CONTACT_DETAILS_DIALOG]: ['update_contact'],
  [FAMILY_KEY_DIALOG]: ['family_key'],
});

/**
 * The task under way that `intent` asks for (the innermost). Called for a request read as another task at the
 * question (src/nlu/topicRequest.ts): the question is then a step's inside the task (a sign-in, a family key),
 * since a task's own questions leave its own requests to it.
 */
export function taskUnderWay(innerDc: DialogContext, intent: Intent): TaskName | undefined {
  const known = answers();
  const id = activeIds(innerDc).findLast((dialogId) => known[dialogId]?.includes(intent));
  const key = id ? taskNameKey(id) : undefined;
  return key ? { key } : undefined;
}

/** « C'est en cours : vos factures. », then the question again. */
export async function sayUnderWay(deps: DialogDeps, innerDc: DialogContext, task: TaskName): Promise<DialogTurnResult> {
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('topics.underWay', { task: taskName(deps, innerDc, task) }) });
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}

/** « je n'ai pas compris votre réponse » (a specific miss, « Il me faut la date complète », still says what is wrong). */
const MISSES = new Set(['choice.again', 'choice.againNoTask']);

/**
 * The task under way asked for again at its own question (« je veux signaler une absence » at « Quel enfant ? »): the question takes
 * the message first (« … pour Léa » is its answer); when nothing in it answers, « je n'ai pas compris » is said as « C'est en cours : … »
 * before the question again, which waits with everything entered kept. Called before the question reads the message.
 * Done as the turn's replies are sent, not in `ask` (dialogContext.ts): the miss reaches a question inside its lead, a text
 * made in each dialog, and some questions are asked without `ask` (the calendar, bookingDaysTurn.ts); here every one is met.
 */
export function sayUnderWayOnMiss(deps: DialogDeps, innerDc: DialogContext, task: TaskName): void {
  const ctx = innerDc.context;
  const underWay = translator(deps, ctx)('topics.underWay', { task: taskName(deps, innerDc, task) });
  ctx.onSendActivities(async (_ctx, activities, next) => {
    const misses = renderedThisTurn(ctx).filter((r) => MISSES.has(r.key) && r.text.length > 0).map((r) => r.text);
    const change = (s: string) => misses.reduce((out, miss) => out.split(miss).join(underWay), s);
    activities.forEach((a, i) => (activities[i] = relocalized(a, change)));
    return next();
  });
}
