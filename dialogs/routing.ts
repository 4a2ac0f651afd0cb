/**
 * Where a message goes before free-text understanding: card buttons of the account area and
 * short requests (« mon dossier », « mes coordonnées », « mes documents », « mes demandes », « mon tarif »,
 * « où en est ma demande … », « j'ai perdu ma référence », « supprimer mon compte », « mes données »); and the rubric that
 * serves each understood intent.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { asksForChildren, asksForContactDetails, asksForDataExport, asksForDeletion, asksForDocumentList, asksForFamilyFile } from '../src/nlu/accountTopics';
import type { MenuItem } from '../src/nlu/menuChoice';
import { asksForDeadlines, asksForTariffs, asksHowToPay } from '../src/nlu/infoQuery';
import { asksForReceipt, asksWhyAmount, asksWhyRefused } from '../src/nlu/invoiceQuestions';
import { asksWhatEInvoiceIs } from '../src/nlu/eInvoiceQuestion';
import { asksForReceiptInEnglish } from './receiptInEnglish';
import { asksForInvoiceWayInEnglish } from './eInvoiceInEnglish';
import { bookingReferenceIn, cancelsReference } from '../src/nlu/bookingReference';
import { asksForLostReference, asksForMyRequests, asksToFollowRequest } from '../src/nlu/requestTopics';
import { DEMARCHE_KINDS, type DemarcheKind } from '../src/domain/demarches';
import { BOOKING_DIALOG, type BookingOptions } from './bookingDialog';
import { CENSUS_DIALOG, type CensusOptions } from './censusDialog';
import { CIVIL_ACT_DIALOG } from './civilActDialog';
import type { CivilActOptions } from './civilActDraft';
import { DEMARCHE_DIALOG, type DemarcheOptions } from './demarcheDialog';
import { ACCOUNT_DATA_DIALOG, type AccountDataOptions } from './accountDataDialog';
import type { AnyInput } from './anyInputPrompt';
import { CONTACT_DETAILS_DIALOG, type ContactOptions } from './contactDetailsDialog';
import { DOCUMENTS_DIALOG, type DocumentsOptions } from './documentsDialog';
import { E_INVOICE_DIALOG, type EInvoiceOptions } from './eInvoiceDialog';
import { FAMILY_FILE_DIALOG, type FamilyFileOptions } from './familyFileDialog';
import { FAMILY_KEY_DIALOG } from './familyKeyDialog';
import { FOLLOW_REQUEST_DIALOG, type FollowOptions } from './followRequestDialog';
import { INVOICES_DIALOG, type InvoicesOptions } from './invoicesDialog';
import { INFO_DIALOG, type InfoOptions } from './infoDialog';
import { cancelsARequest } from './requestCancelWords';

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
  if (typeof task === 'string' && task.startsWith('demarche:')) return startDemarche(step, task.slice('demarche:'.length), input.text || undefined);
  if (task === 'familyFile' || asksForFamilyFile(input.text)) return step.beginDialog(FAMILY_FILE_DIALOG, {});
  // « c qui mes enfants inscrits », « quels enfants sont inscrits »: the children on file and their activities (not the bookings).
  if (asksForChildren(input.text)) return step.beginDialog(FAMILY_FILE_DIALOG, { only: 'children' } satisfies FamilyFileOptions);
  // « c'est quoi mon tarif », « combien je paie la cantine », « mon quotient familial »: the commune's rates (and the family's).
  // « jusqu'à quand je peux annuler ? »: the booking deadlines, not a cancellation.
  if (asksForTariffs(input.text) || asksForDeadlines(input.text) || asksHowToPay(input.text)) return step.beginDialog(INFO_DIALOG, { query: input.text } satisfies InfoOptions);
  // « I want paper bills again », « go paperless »: the way the invoices come, in English.
  if (task === 'eInvoice' || asksForInvoiceWayInEnglish(input.text)) return step.beginDialog(E_INVOICE_DIALOG, {});
  // « c'est quoi la facture en ligne ? »: what it is and the offer to choose it (never an invoice's amount and the régie).
  if (asksWhatEInvoiceIs(input.text)) return step.beginDialog(E_INVOICE_DIALOG, { question: true } satisfies EInvoiceOptions);
  // « le reçu de la cantine », « renvoyer le reçu par mail »: the receipts (never a booking, nor the service's contact).
  if (asksWhyAmount(input.text) || asksForReceipt(input.text) || asksForReceiptInEnglish(input.text) || asksWhyRefused(input.text)) return step.beginDialog(INVOICES_DIALOG, { text: input.text } satisfies InvoicesOptions);
  // « annuler la réservation CSP-RES-2026-000004 »: a booking's reference, never a démarche's.
  const booking = bookingReferenceIn(input.text);
  if (booking) return step.beginDialog(BOOKING_DIALOG, { reference: booking, cancel: cancelsReference(input.text) } satisfies BookingOptions);
  if (asksForMyRequests(input.text)) return step.beginDialog(FOLLOW_REQUEST_DIALOG, { mine: true } satisfies FollowOptions);
  if (asksForLostReference(input.text)) return step.beginDialog(FOLLOW_REQUEST_DIALOG, { lost: true } satisfies FollowOptions);
  if (asksToFollowRequest(input.text) || cancelsARequest(input.text)) return step.beginDialog(FOLLOW_REQUEST_DIALOG, { text: input.text } satisfies FollowOptions);
  if (asksForContactDetails(input.text)) return step.beginDialog(CONTACT_DETAILS_DIALOG, { text: input.text } satisfies ContactOptions);
  if (asksForDocumentList(input.text)) return step.beginDialog(DOCUMENTS_DIALOG, { list: true } satisfies DocumentsOptions);
  if (asksForDeletion(input.text)) return step.beginDialog(ACCOUNT_DATA_DIALOG, { action: 'delete' } satisfies AccountDataOptions);
  if (asksForDataExport(input.text)) return step.beginDialog(ACCOUNT_DATA_DIALOG, { action: 'export' } satisfies AccountDataOptions);
  return undefined;
}

/** A démarche chosen in « Les démarches » (or understood from free text): its own dialog. */
export function startDemarche(step: WaterfallStepContext, item: string, text?: string): Promise<DialogTurnResult> | undefined {
  switch (item) {
    case 'civil_status_act':
      return step.beginDialog(CIVIL_ACT_DIALOG, { draft: {}, text } satisfies CivilActOptions);
    case 'citizen_census':
      return step.beginDialog(CENSUS_DIALOG, (text ? { text } : {}) satisfies CensusOptions);
    case 'follow':
      return step.beginDialog(FOLLOW_REQUEST_DIALOG, { text } satisfies FollowOptions);
    default:
      return (DEMARCHE_KINDS as readonly string[]).includes(item) ? step.beginDialog(DEMARCHE_DIALOG, { kind: item as DemarcheKind, ...(text ? { text } : {}) } satisfies DemarcheOptions) : undefined;
  }
}

/** The menu item whose flow serves each intent (those answered directly are absent). */
export const MENU_ITEM_OF: Record<'sign_in' | 'create_account', MenuItem> = {
  sign_in: 'signIn',
  create_account: 'createAccount',
};
