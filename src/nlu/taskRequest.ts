/**
 * The tasks a request can start at a question, their areas, and how a request for one is said (« je veux… », « signaler… »,
 * « en fait… »): shared by the reading of a message at a question (topicRequest.ts) and by the dialogs that ask whether a
 * task is asked again (askedAsRequest).
 */
import { prepare } from './frenchText';
import { detectIntent, howToAsked, type Intent } from './intents';
import { recognizeYesNo } from './yesNo';

/** The areas of the bot, as the places of the conversation name them. */
export type Area = 'general' | 'booking' | 'invoices' | 'requests' | 'familyKey' | 'account' | 'signIn';

/** The tasks a request can start at a prompt, and their area (a request of the same area is left to the task). */
export const TASK_AREA: Partial<Record<Intent, Area>> = {
  book: 'booking', cancel_booking: 'booking', report_absence: 'booking', list_bookings: 'booking',
  list_invoices: 'invoices', pay_invoice: 'invoices', e_invoice: 'invoices',
  civil_status_act: 'requests', family_booklet: 'requests', electoral_roll: 'requests', citizen_census: 'requests',
  address_change: 'requests', cohabitation_certificate: 'requests',
  create_account: 'account', update_contact: 'account', upload_document: 'account', family_key: 'familyKey', forgot_password: 'signIn',
};

/** The tasks that need the account signed in (a sign-in under way goes on inside them). */
export const NEEDS_ACCOUNT: ReadonlySet<Intent> = new Set<Intent>([
  'book', 'cancel_booking', 'report_absence', 'list_bookings', 'list_invoices', 'pay_invoice', 'e_invoice', 'update_contact', 'upload_document', 'family_key',
]);

/** A request said as one: « je veux… », « signaler… », « mes factures ». */
export const SAID_AS_REQUEST = /^(?:(?:je (?:veux|voudrais|souhaite|souhaiterais|dois|vais|peux)|j aimerais|je voulais|on peut|est ce que je peux|puis je|comment)\b|(?:signaler|declarer|reserver|annuler|payer|voir|consulter|creer|ouvrir|inscrire|demander|faire|changer|modifier|envoyer|prevenir)\b|mes (?:factures|reservations|demandes)\b)/;

/** Words before a request that take back what was asked (« non », « en fait », « finalement ») or turn to another (« au fait », « sinon »): what follows is read as the request. */
export const LEAD = /^(?:(?:non|ah|oh|oups|pardon|euh|bon|en fait|finalement|plutot|au fait|sinon|d ailleurs|et aussi|aussi|et|,) )+/;
/** What was asked taken back: « en fait… », « finalement… », « je me suis trompé… ». */
export const TAKEN_BACK = /^(?:(?:non|ah|oh|oups|pardon|euh|bon|,) )*(?:en fait|finalement|plutot|je me suis trompee?|je prefere|je prefererais)\b/;

/**
 * A task asked for again, said as a request (« je veux signaler une absence »; never « il a 16 ans » at a date, nor a change of it:
 * « plutôt un acte de mariage »): its intent, or undefined.
 */
export function askedAsRequest(text: string): Intent | undefined {
  const prepared = prepare(text);
  if (TAKEN_BACK.test(prepared) || !SAID_AS_REQUEST.test(prepared.replace(LEAD, ''))) return undefined;
  return HOW_TO_TASK[howToAsked(prepared) ?? ''] ?? detectIntent(prepared);
}

/** The task whose way of going is asked (howTo.ts), as an intent. */
export const HOW_TO_TASK: Readonly<Record<string, Intent>> = { booking: 'book', absence: 'report_absence', payment: 'pay_invoice' };

/** Requests that name a form's field (« non je veux changer l'adresse »): at a read-back, a correction, never another task. */
const NAMES_A_FIELD: ReadonlySet<Intent> = new Set(['update_contact', 'address_change']);

/**
 * « non en fait je veux payer ma facture » at a yes/no question (a read-back, « Voulez-vous… ? »): the « non » takes the
 * question back for a request of another area, said as one or taken back (« en fait », « finalement »); never a « non »
 * followed by a correction of the form (« non je veux changer l'adresse », « non en fait c'est Durand »).
 */
export function noForAnotherTask(text: string, area: Area): boolean {
  const yesNo = recognizeYesNo(text);
  if (yesNo?.answer !== 'no' || !yesNo.rest) return false;
  const rest = prepare(yesNo.rest);
  if (!TAKEN_BACK.test(rest) && !SAID_AS_REQUEST.test(rest.replace(LEAD, ''))) return false;
  const intent = detectIntent(rest);
  const asked = TASK_AREA[intent];
  return asked !== undefined && asked !== area && !NAMES_A_FIELD.has(intent);
}
