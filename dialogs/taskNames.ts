/**
 * Which task is under way, read from the dialog stack, and how it is named in « Je mets de côté … » and
 * « Voulez-vous reprendre … ? » (with the act or the démarche it is about when the answers say it).
 */
import type { DialogContext, DialogInstance } from './dialogLibrary';
import { childOf } from './childContext';
import { DEMARCHE_KINDS } from '../src/domain/demarches';
import type { Intent } from '../src/nlu/intents';
import { ABSENCE_DIALOG } from './absenceDialog';
import { ABSENCE_WITHDRAW_DIALOG } from './absenceWithdrawDialog';
import { BOOKING_DIALOG } from './bookingDialog';
import { CENSUS_DIALOG } from './censusDialog';
import { CIVIL_ACT_DIALOG } from './civilActDialog';
import { CONTACT_DETAILS_DIALOG } from './contactDetailsDialog';
import { CREATE_ACCOUNT_DIALOG } from './createAccountDialog';
import { DEMARCHE_DIALOG } from './demarcheDialog';
import { DEMARCHES_DIALOG } from './demarchesDialog';
import { DOCUMENTS_DIALOG } from './documentsDialog';
import { E_INVOICE_DIALOG } from './eInvoiceDialog';
import { FAMILY_KEY_DIALOG } from './familyKeyDialog';
import { FORGOT_PASSWORD_DIALOG } from './forgotPasswordDialog';
import { INVOICES_DIALOG } from './invoicesDialog';
import { SIGN_IN_DIALOG } from './signInDialog';
import { translator, type DialogDeps } from './dialogContext';
import { findIn } from './questionAsked';

/** A task's name: its text key, and the démarche's own name when it is one. */
export interface TaskName {
  key: string;
  params?: Record<string, unknown>;
}

/** How each task is named in « Je mets de côté … » and « Voulez-vous reprendre … ? » (built when first used: the dialogs' modules import one another). */
const taskNames = (): Record<string, string> => ({
  [CIVIL_ACT_DIALOG]: 'choice.task.civilAct', [DEMARCHE_DIALOG]: 'choice.task.demarche', [CENSUS_DIALOG]: 'choice.task.census',
  [DEMARCHES_DIALOG]: 'choice.task.demarches', [CREATE_ACCOUNT_DIALOG]: 'choice.task.createAccount', [BOOKING_DIALOG]: 'choice.task.booking',
  [ABSENCE_DIALOG]: 'choice.task.absence', [ABSENCE_WITHDRAW_DIALOG]: 'choice.task.absenceWithdraw', [INVOICES_DIALOG]: 'choice.task.invoices', [E_INVOICE_DIALOG]: 'choice.task.eInvoice',
  [CONTACT_DETAILS_DIALOG]: 'choice.task.contact', [DOCUMENTS_DIALOG]: 'choice.task.documents', [SIGN_IN_DIALOG]: 'choice.task.signIn',
  [FAMILY_KEY_DIALOG]: 'choice.task.familyKey', [FORGOT_PASSWORD_DIALOG]: 'choice.task.forgotPassword',
});

/** A task dialog's name key (« vos factures »), undefined for a dialog that is not a task. */
export const taskNameKey = (dialogId: string): string | undefined => taskNames()[dialogId];

/** The ids of the dialogs active from `innerDc` down to the question asked. */
export function activeIds(innerDc: DialogContext): string[] {
  const ids: string[] = [];
  for (let dc: DialogContext | undefined = innerDc; dc?.activeDialog; dc = childOf(dc)) ids.push(dc.activeDialog.id);
  return ids;
}

/** The task's name, with the act or démarche it is about when the answers say it. */
export function nameOf(stack: DialogInstance[]): TaskName {
  // The stack goes from the bottom (the root's flow) to the top (the task).
  const id = stack.at(-1)?.id ?? '';
  const key = taskNames()[id] ?? 'topics.task.other';
  if (id === CIVIL_ACT_DIALOG) {
    const kind = findIn(stack, (k, v) => k === 'draft' && typeof (v as { kind?: unknown } | null)?.kind === 'string') as { kind: string } | undefined;
    return { key: kind ? `${key}.${kind.kind}` : key };
  }
  if (id === DEMARCHE_DIALOG) {
    const kind = findIn(stack, (k, v) => k === 'kind' && (DEMARCHE_KINDS as readonly unknown[]).includes(v));
    return kind ? { key, params: { kindKey: `request.kind.${String(kind)}` } } : { key: 'topics.task.other' };
  }
  return { key };
}

export function taskName(deps: DialogDeps, innerDc: DialogContext, paused: TaskName): string {
  const t = translator(deps, innerDc.context);
  const kindKey = paused.params?.kindKey;
  return t(paused.key, typeof kindKey === 'string' ? { label: t(kindKey) } : {});
}

/**
 * The démarche under way (its intent), when the task is one: another démarche asked for is another task;
 * 'book' for « Modifier les réservations » (an absence or the bookings asked for there are other tasks).
 */
export function runningTask(innerDc: DialogContext): Intent | undefined {
  const ids = activeIds(innerDc);
  const kind = ids.includes(DEMARCHE_DIALOG) ? findIn(innerDc.stack, (k, v) => k === 'kind' && (DEMARCHE_KINDS as readonly unknown[]).includes(v)) : undefined;
  if (kind) return kind as Intent;
  if (ids.includes(CENSUS_DIALOG)) return 'citizen_census';
  if (ids.includes(CIVIL_ACT_DIALOG)) return 'civil_status_act';
  return ids.includes(BOOKING_DIALOG) ? 'book' : undefined;
}
