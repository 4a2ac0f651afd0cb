/**
 * Where the resident is in the conversation, for the words that work at any step: which help to
 * give, which service « parler à quelqu'un » names, what « recommencer » restarts and whether
 * « annuler » has something to cancel. The innermost task wins, so the table is in that order.
 */
import type { Topic } from '../src/domain/types';
import type { Area } from '../src/nlu/taskRequest';
import type { Intent } from '../src/nlu/intents';
import { ABSENCE_WITHDRAW_DIALOG } from './absenceWithdrawDialog';
import { ABSENCE_DIALOG } from './absenceDialog';
import { ACCOUNT_DATA_DIALOG } from './accountDataDialog';
import { AGENDA_DIALOG } from './agendaDialog';
import { BOOKING_DIALOG } from './bookingDialog';
import { CENSUS_DIALOG } from './censusDialog';
import { CIVIL_ACT_DIALOG } from './civilActDialog';
import { DEMARCHE_DIALOG } from './demarcheDialog';
import { DEMARCHES_DIALOG } from './demarchesDialog';
import { COMMUNE_DIALOG } from './communeDialog';
import { CONTACT_DETAILS_DIALOG } from './contactDetailsDialog';
import { CREATE_ACCOUNT_DIALOG } from './createAccountDialog';
import { DOCUMENTS_DIALOG } from './documentsDialog';
import { E_INVOICE_DIALOG } from './eInvoiceDialog';
import { FAMILY_FILE_DIALOG } from './familyFileDialog';
import { FAMILY_KEY_DIALOG } from './familyKeyDialog';
import { FOLLOW_REQUEST_DIALOG } from './followRequestDialog';
import { FORGOT_PASSWORD_DIALOG } from './forgotPasswordDialog';
import { LOST_REFERENCE_DIALOG } from './lostReferenceDialog';
import { INFO_DIALOG } from './infoDialog';
import { INVOICES_DIALOG } from './invoicesDialog';
import { SIGN_IN_DIALOG } from './signInDialog';

/** The tasks « recommencer » can start again directly. */
export type Task = 'info' | 'signIn' | 'familyKey' | 'createAccount' | 'familyFile' | 'eInvoice';

export interface Place {
  help: string;
  topic: Topic;
  /** The area its questions belong to, when not its topic's (signing in is not creating an account). */
  area?: Area;
  task?: Task;
  /** A task « annuler » can stop even though « recommencer » cannot restart it alone. */
  cancellable?: boolean;
  /** A task that only shows (invoices, the agenda, the family file, practical info): put aside, nothing given is kept. */
  consults?: boolean;
  /**
   * The requests of its area the task takes itself, where its area holds other tasks: another one of that area
   * (« je veux recevoir mes factures par mail » at the invoices, « envoyer un justificatif » at the contact details) is another task.
   */
  own?: readonly Intent[];
}

const PLACES: ReadonlyArray<readonly [string, Place]> = [
  // First: whatever task asked for it, while the sign-in waits for an e-mail or a code, that is where the resident is.
  [SIGN_IN_DIALOG, { help: 'commands.help.signIn', topic: 'account', area: 'signIn', task: 'signIn' }],
  // « mot de passe oublié », its e-mail asked: a task of its own (« annuler » stops it, a practical question is answered there).
  [FORGOT_PASSWORD_DIALOG, { help: 'commands.help.forgotPassword', topic: 'account', area: 'signIn', cancellable: true }],
  [INFO_DIALOG, { help: 'commands.help.info', topic: 'general', task: 'info', consults: true }],
  [CENSUS_DIALOG, { help: 'commands.help.census', topic: 'requests', cancellable: true }],
  [CIVIL_ACT_DIALOG, { help: 'commands.help.civilAct', topic: 'requests', cancellable: true }],
  [DEMARCHE_DIALOG, { help: 'commands.help.demarche', topic: 'requests', cancellable: true }],
  [DEMARCHES_DIALOG, { help: 'commands.help.demarches', topic: 'requests', cancellable: true }],
  // Following a request takes no démarche's request: « je veux m'inscrire sur les listes électorales » at its questions is another task.
  [LOST_REFERENCE_DIALOG, { help: 'commands.help.lostReference', topic: 'requests', cancellable: true, own: [] }],
  [FOLLOW_REQUEST_DIALOG, { help: 'commands.help.follow', topic: 'requests', cancellable: true, own: [] }],
  [CONTACT_DETAILS_DIALOG, { help: 'commands.help.contact', topic: 'account', cancellable: true, own: ['update_contact'] }],
  [DOCUMENTS_DIALOG, { help: 'commands.help.documents', topic: 'account', cancellable: true, own: ['upload_document'] }],
  [ACCOUNT_DATA_DIALOG, { help: 'commands.help.accountData', topic: 'account', cancellable: true }],
  [E_INVOICE_DIALOG, { help: 'commands.help.eInvoice', topic: 'invoices', task: 'eInvoice', own: ['e_invoice'] }],
  [FAMILY_FILE_DIALOG, { help: 'commands.help.signIn', topic: 'account', task: 'familyFile', consults: true }],
  // Another request of the account there (« envoyer un justificatif ») is not an answer: kept for once the account is created (topicSwitch.ts).
  [CREATE_ACCOUNT_DIALOG, { help: 'commands.help.createAccount', topic: 'account', task: 'createAccount', own: ['create_account'] }],
  [FAMILY_KEY_DIALOG, { help: 'commands.help.familyKey', topic: 'familyKey', task: 'familyKey' }],
  [BOOKING_DIALOG, { help: 'commands.help.booking', topic: 'booking', cancellable: true }],
  // A booking asked at the absence's questions (« je voudrais réserver la cantine ») is another task, as an absence is at the booking's.
  [ABSENCE_DIALOG, { help: 'commands.help.absence', topic: 'booking', cancellable: true, own: ['report_absence', 'cancel_booking'] }],
  [ABSENCE_WITHDRAW_DIALOG, { help: 'commands.help.absence', topic: 'booking', cancellable: true }],
  [AGENDA_DIALOG, { help: 'commands.help.booking', topic: 'booking', cancellable: true, consults: true }],
  [INVOICES_DIALOG, { help: 'commands.help.invoices', topic: 'invoices', cancellable: true, consults: true, own: ['list_invoices', 'pay_invoice'] }],
  [COMMUNE_DIALOG, { help: 'commands.help.commune', topic: 'general' }],
];

const AT_THE_MENU: Place = { help: 'commands.help.menu', topic: 'general' };

/** The place for the stack of active dialog ids. */
export function placeOf(activeDialogIds: readonly string[]): Place {
  return PLACES.find(([id]) => activeDialogIds.includes(id))?.[1] ?? AT_THE_MENU;
}
