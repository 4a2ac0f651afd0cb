/**
 * Where a message goes before free-text understanding: card buttons of the account area and
 * short requests (« mon dossier », « mes coordonnées », « mes documents », « mes demandes »,
 * « où en est ma demande … », « supprimer mon compte », « mes données »); and the rubric that
 * serves each understood intent.
 */
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { asksForContactDetails, asksForDataExport, asksForDeletion, asksForDocumentList, asksForFamilyFile } from '../src/nlu/accountTopics';
import type { Intent } from '../src/nlu/intents';
import type { MenuItem } from '../src/nlu/menuChoice';
import { asksForMyRequests, asksToFollowRequest } from '../src/nlu/requestTopics';
import { BOOKING_DIALOG, type BookingOptions } from './bookingDialog';
import { ACCOUNT_DATA_DIALOG, type AccountDataOptions } from './accountDataDialog';
import type { AnyInput } from './anyInputPrompt';
import { CONTACT_DETAILS_DIALOG } from './contactDetailsDialog';
import { DOCUMENTS_DIALOG, type DocumentsOptions } from './documentsDialog';
import { E_INVOICE_DIALOG } from './eInvoiceDialog';
import { FAMILY_FILE_DIALOG } from './familyFileDialog';
import { FAMILY_KEY_DIALOG } from './familyKeyDialog';
import { FOLLOW_REQUEST_DIALOG, type FollowOptions } from './followRequestDialog';
import { INVOICES_DIALOG, type InvoicesOptions } from './invoicesDialog';

/** The task a message starts directly, or undefined to go on with understanding. */
export function startDirectTask(step: WaterfallStepContext, input: AnyInput): Promise<DialogTurnResult> | undefined {
  const task = (input.value as { menu?: unknown } | undefined)?.menu;
  // A calendar card submitted after its flow ended (an old card further up the conversation).
  const calendar = input.value as { calendar?: unknown } | undefined;
  if (calendar?.calendar) return step.beginDialog(BOOKING_DIALOG, { submit: input.value as Record<string, unknown> } satisfies BookingOptions);
  // An invoice card submitted after its flow ended: that invoice again (checked against the household).
  const invoice = input.value as { invoice?: unknown } | undefined;
  if (invoice?.invoice !== undefined && Number.isInteger(Number(invoice.invoice))) return step.beginDialog(INVOICES_DIALOG, { invoiceId: Number(invoice.invoice), detail: true } satisfies InvoicesOptions);
  if (task === 'familyKey') return step.beginDialog(FAMILY_KEY_DIALOG, {});
  if (task === 'familyFile' || asksForFamilyFile(input.text)) return step.beginDialog(FAMILY_FILE_DIALOG, {});
  if (task === 'eInvoice') return step.beginDialog(E_INVOICE_DIALOG, {});
  if (asksForMyRequests(input.text)) return step.beginDialog(FOLLOW_REQUEST_DIALOG, { mine: true } satisfies FollowOptions);
  if (asksToFollowRequest(input.text)) return step.beginDialog(FOLLOW_REQUEST_DIALOG, { text: input.text } satisfies FollowOptions);
  if (asksForContactDetails(input.text)) return step.beginDialog(CONTACT_DETAILS_DIALOG, {});
  if (asksForDocumentList(input.text)) return step.beginDialog(DOCUMENTS_DIALOG, { list: true } satisfies DocumentsOptions);
  if (asksForDeletion(input.text)) return step.beginDialog(ACCOUNT_DATA_DIALOG, { action: 'delete' } satisfies AccountDataOptions);
  if (asksForDataExport(input.text)) return step.beginDialog(ACCOUNT_DATA_DIALOG, { action: 'export' } satisfies AccountDataOptions);
  return undefined;
}

/** The menu item whose flow serves each intent (those answered directly are absent). */
export const MENU_ITEM_OF: Record<Exclude<Intent, 'greeting' | 'opening_hours' | 'contact' | 'help' | 'abort' | 'unknown' | 'forgot_password' | 'family_key' | 'e_invoice' | 'upload_document' | 'update_contact' | 'book' | 'cancel_booking' | 'report_absence' | 'list_bookings' | 'civil_status_act' | 'list_invoices' | 'pay_invoice' | 'citizen_census' | 'parental_authorization' | 'electoral_roll'>, MenuItem> = {
  sign_in: 'signIn',
  create_account: 'createAccount',
  family_booklet: 'requests',
  address_change: 'requests',
  cohabitation_certificate: 'requests',
};
