/** A rubric of the menu opened (its flow), and the month the task before showed, where a booking or an absence asked now starts. */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { MenuItem } from '../src/nlu/menuChoice';
import { ABSENCE_DIALOG, type AbsenceOptions } from './absenceDialog';
import { BOOKING_DIALOG, type BookingOptions } from './bookingDialog';
import { CONTACT_DETAILS_DIALOG } from './contactDetailsDialog';
import { CREATE_ACCOUNT_DIALOG } from './createAccountDialog';
import { DEMARCHES_DIALOG } from './demarchesDialog';
import { FAMILY_FILE_DIALOG } from './familyFileDialog';
import { FAMILY_KEY_DIALOG } from './familyKeyDialog';
import { INFO_DIALOG } from './infoDialog';
import { INVOICES_DIALOG, type InvoicesOptions } from './invoicesDialog';
import type { MainOptions } from './mainOptions';
import { SIGN_IN_DIALOG, signInTrouble } from './signInDialog';

/** The month the task before showed (the agenda of January): the booking asked now starts in it. */
export function shownMonthOf(step: WaterfallStepContext): { month?: string } {
  const month = (step.options as MainOptions | undefined)?.shownMonth;
  return month ? { month } : {};
}

/** A rubric of the menu: its flow; `text`, the words it was asked with (« mon adresse gmail marche pas pour me connecter »). */
export function openItem(step: WaterfallStepContext, item: MenuItem, text?: string): Promise<DialogTurnResult> {
  switch (item) {
    case 'info':
      return step.beginDialog(INFO_DIALOG, {});
    case 'signIn':
      return step.beginDialog(SIGN_IN_DIALOG, signInTrouble(text) ? { trouble: true } : {});
    case 'createAccount':
      return step.beginDialog(CREATE_ACCOUNT_DIALOG, { draft: {} });
    case 'booking':
      return step.beginDialog(BOOKING_DIALOG, shownMonthOf(step) satisfies BookingOptions);
    case 'invoices':
      return step.beginDialog(INVOICES_DIALOG, {} satisfies InvoicesOptions);
    case 'requests':
      return step.beginDialog(DEMARCHES_DIALOG, {});
    case 'familyKey':
      return step.beginDialog(FAMILY_KEY_DIALOG, {});
    case 'contactDetails':
      return step.beginDialog(CONTACT_DETAILS_DIALOG, {});
    case 'absence':
      return step.beginDialog(ABSENCE_DIALOG, shownMonthOf(step) satisfies AbsenceOptions);
    case 'familyFile':
      return step.beginDialog(FAMILY_FILE_DIALOG, {});
  }
}
