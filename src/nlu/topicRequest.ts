/**
 * At a question inside a task, whether a message asks for something else: another task
 * (« signaler une absence », « mes factures », « Créer mon espace ») or a practical question
 * (« c'est ouvert ? », « où se trouve la mairie »). Only clear requests count, so that an answer
 * to the question itself is never taken for one:
 * - an answer that fits the options shown is an answer;
 * - at a closed question (options shown), a request for a task of another area is a request, and
 *   so is a request for another démarche than the one under way (« plutôt un acte de mariage » at
 *   the livret de famille's questions; the same démarche named again is an answer);
 * - at an open question (a name, a date, an e-mail, an address), only a request said as one
 *   (« je veux… », « signaler… », « mes factures », after « en fait », « non », « finalement »
 *   too), or taken back (« en fait… », « finalement… »), or a rubric's name; where the sign-in waits
 *   for an e-mail or a code, any request without one (« mon nouveau numéro… », « où en est ma demande »);
 * - a practical question asks for hours, contacts or an address, and says so as a question
 *   or names the service (never a message with an e-mail address in it);
 * - a request followed (« suivre CLV-2026-000001 », « où en est ma demande ? », a reference alone) is a request
 *   at any question but those of following a request itself (`following`);
 * - a question about the rates (« c'est combien ? »), how to pay (« et par chèque ? ») or the booking deadlines (« jusqu'à quand je
 *   peux annuler ? », « il y a une majoration ? », and « pourquoi ? » during a booking) is answered where it is asked;
 * - during a booking, what the booking itself does not take (bookingSteps.ts OTHER_TASKS), even at its open questions (the
 *   calendar): « factures », « absence », « Léa sera absente demain » are another task (the booking put aside, not ended),
 *   « horaires », « contact » are answered where they are asked;
 * - during a démarche, a question about its delay or price (« ça va prendre combien de temps ? », « c'est gratuit ? ») too.
 */
import { recognizeChoice, type ChoiceOption } from './choice';
import { careAsked, type CareAsked } from './careAside';
import { keyQuestionAtSignIn } from './familyKeyQuestions';
import { prepare } from './frenchText';
import { invoiceDispute, type InvoiceDispute } from './invoiceDispute';
import { schoolCalendarQuestion, type SchoolCalendarQuestion } from './schoolCalendarQuestion';
import { asksForDeadlines, asksForTariffs, asksHowToPay, asksWhyOfBooking, parseInfoQuery, type InfoQuery } from './infoQuery';
import { detectIntent, howToAsked, type Intent } from './intents';
import { asksForContactDetails, asksForDocumentList } from './accountTopics';
import { asksAboutRequest, asksRequestDeadline } from './requestFacts';
import { asksForLostReference, asksForMyRequests, asksToFollowRequest } from './requestTopics';
import { fold, recognizeYesNo } from './yesNo';
import { HOW_TO_TASK, LEAD, noForAnotherTask, SAID_AS_REQUEST, TAKEN_BACK, TASK_AREA, type Area } from './taskRequest';
import { saysWrongChild } from './wrongChild';

/** Having no account said as a fact (« je n'ai pas de compte », « pas encore d'espace »): a request to create one. */
const NO_ACCOUNT = /\b(?:n ai pas|ai pas|n avons pas|avons pas|pas) (?:encore |eu |de compte ni )?(?:de |d |un )(?:compte|espace)\b|\bjamais (?:eu|cree|ouvert) (?:de |d |un |mon )?(?:compte|espace)\b|\b(?:don t|dont|do not|never) (?:have|had|got) (?:an |a |any )?account\b|\b(?:have|got) no account\b|\bno account\b/;

/**
 * Where the sign-in asks the e-mail, never having registered (« je me suis jamais inscrit », « je suis nouvelle »,
 * « c'est la première fois »): no account yet, as « je n'ai pas de compte ». (Elsewhere « pas inscrit » is about an activity.)
 */
const NEW_HERE =
  /^(?:(?:non|mais|ben|bah|euh|ah) )*(?:(?:je (?:ne )?(?:me )?suis|jsuis|j me suis|jme suis|chui) (?:jamais|pas|pas encore|toujours pas|encore jamais) (?:inscrite?|enregistree?)|(?:jamais|pas encore) (?:inscrite?|enregistree?)|(?:je suis|jsuis|chui) (?:nouveau|nouvelle)|(?:c est )?(?:ma|la) premiere (?:fois|connexion))(?: (?:ici|moi|sur (?:le site|l espace(?: citoyens?)?|le portail|votre site)))?$/;

/** « c'est quoi mon adresse ? » where the sign-in asks the e-mail: the resident's own e-mail asked about, never the mairie's address. */
const OWN_EMAIL = /\b(?:c est quoi|c quoi|c koi|quelle est|quel est|quelle|quel|laquelle|lequel|je mets quoi comme) (?:mon |ma |l |l adresse )?(?:adresse|mail|e ?mail|identifiant|login)\b|\bmon (?:adresse|mail|e ?mail|identifiant)(?: mail)? (?:c est quoi|c quoi|c koi|c est laquelle)\b/;
export const asksOwnEmail = (text: string): boolean => OWN_EMAIL.test(prepare(text));

/** A question in its form: a question mark, or a question word first (« c koi les horaires » by SMS; in English too: « what time does it close »). */
const QUESTION_FORM = /^(?:ou|quand|quel|quels|quelle|quelles|est ce|c est ouvert|c est quoi|cest quoi|c quoi|c koi|c est ou|cest ou|c ou|a quelle heure|comment (?:joindre|contacter|venir|aller)|what|when|where|how (?:do|can)|is (?:it|the)|are (?:you|they)|do you|does (?:it|the))\b/;
/** A question said after what it is about (« le guichet unique c koi », « la régie c où »), SMS spellings included. */
const QUESTION_AFTER = /\b(?:c est quoi|cest quoi|c quoi|c koi|c est ou|cest ou|c ou|quoi|koi|ou ca|ou c est)$/;

/** A request's reference as the confirmation writes it (« CLV-2026-000001 »), the hyphens typed: never a date. */
const REFERENCE_ALONE = /\b[a-z]{2,5}-20\d\d-\d{4,6}\b/i;
const BARE_REFERENCE = /^\s*[a-z0-9]{2,5}[\s-]+20\d\d[\s-]+[a-z0-9]{1,6}\s*$/i;

export interface PromptShape {
  /** The options the question shows (none for an open question). */
  options: readonly ChoiceOption[];
  /** The area of the task that asks (a request for that same area is the task's own business). */
  area: Area;
  /** The rubrics' names (« Réserver ou annuler », « Mes factures »…): each is a request wherever it is typed. */
  rubrics: readonly string[];
  /** The démarche under way, when the task is one: a request for another démarche is not its business; 'book' for the bookings. */
  running?: Intent;
  /** The intent the task under way reads the message as (with the learned model), when it differs from the rules'. */
  intent?: Intent;
  /** At a closed question, the learned model's task for a message naming an activity and days that the rules read as none. */
  namedTask?: Intent;
  /** The question is one of following a request (a reference, the e-mail given for it): a reference typed there is its answer. */
  following?: boolean;
  /** The sign-in asks, inside the task (its e-mail or its code). */
  signingIn?: boolean;
  /** The requests of its area the task takes itself, where the area holds other tasks (the invoices and the e-invoice): the others are other tasks. */
  own?: readonly Intent[];
}

/** Requests the booking does not take at any of its questions: another task (the booking put aside for it). */
const BESIDE_BOOKING: ReadonlySet<Intent> = new Set(['report_absence', 'list_bookings', 'list_invoices', 'pay_invoice']);
/** Practical requests the booking does not take: answered at its question. */
const INFO_INTENTS: ReadonlySet<Intent> = new Set(['opening_hours', 'contact']);

/** During a booking, what it would leave for (« factures », « horaires »): another task, or a practical question answered. */
function leftByBooking(text: string, intent: Intent): Aside {
  if (INFO_INTENTS.has(intent)) {
    const query = parseInfoQuery(text);
    return query.wants ? { kind: 'question', query } : undefined;
  }
  // « numero de telephone », « le mail svp »: a contact asked in a few words, no day nor child in them.
  const contact = parseInfoQuery(text);
  if (contact.wants === 'contact' && fold(text).split(' ').length <= 5 && !/\d/.test(text)) return { kind: 'question', query: contact };
  return BESIDE_BOOKING.has(intent) ? { kind: 'task', intent } : undefined;
}

/** A request answered in a sentence, with no task of its own (the autorisation de sortie du territoire: a form filled in at home). */
const ANSWERED: ReadonlySet<Intent> = new Set(['parental_authorization']);

export type Aside = { kind: 'task'; intent?: Intent } | { kind: 'answered'; intent: Intent } | { kind: 'question'; query: InfoQuery } | { kind: 'tariffs' } | { kind: 'requestFact' } | { kind: 'deadlines' } | { kind: 'paymentMeans' } | { kind: 'invoiceDispute'; dispute: InvoiceDispute } | { kind: 'schoolCalendar'; asked: SchoolCalendarQuestion } | { kind: 'care'; asked: CareAsked } | undefined;

/** What the message is at this prompt: a request for a task, a practical question, or (undefined) an answer. */
export function asideAt(text: string, prompt: PromptShape): Aside {
  const said = fold(text);
  // « vous acceptez les chèques ? » asks how to pay: never a « oui » to « Payer ».
  if (said && asksHowToPay(text)) return { kind: 'paymentMeans' };
  // « la facture est fausse », « j'ai déjà payé » at any question: the régie checks it, the task goes on (invoiceDispute.ts).
  const dispute = said ? invoiceDispute(text) : undefined;
  if (dispute) return { kind: 'invoiceDispute', dispute };
  // « c'est quand les vacances de février ? » in a form: the school calendar, the form goes on (never at a booking's own questions, where the holidays may be the days; its sign-in asks nothing of days).
  const calendar = said && prompt.area !== 'booking' ? schoolCalendarQuestion(prepare(text)) : undefined;
  if (calendar) return { kind: 'schoolCalendar', asked: calendar };
  // « ma voisine peut la récupérer ? », « jveux plus recevoir les sms », « il a perdu son doudou à la garderie »: answered there (careAside.ts).
  const care = said ? careAsked(prepare(text)) : undefined;
  if (care) return { kind: 'care', asked: care };
  if (!said || (recognizeChoice(text, prompt.options, true) !== undefined && !asksAServiceAtReadBack(text, prompt.options) && !noForAnotherTask(text, prompt.area))) return undefined;
  // « suivre CLV-2026-000001 », « où en est ma demande ? » at a date or a town question: that request followed, the task kept aside.
  // (A family key may be written in groups like a reference: typed alone where it is asked, it is the answer.)
  const keyAsked = prompt.area === 'familyKey' && BARE_REFERENCE.test(text);
  // « j'ai perdu mon numéro de demande » at a date question: the references mailed again (lostReferenceDialog.ts), the task kept aside.
  if (!prompt.following && !keyAsked && (asksToFollowRequest(text) || asksForLostReference(text) || REFERENCE_ALONE.test(text))) return { kind: 'task' };
  if (prompt.rubrics.some((r) => fold(r) === said)) return { kind: 'task', intent: detectIntent(prepare(text)) };
  // « mes demandes », « mes documents », « mes coordonnées » typed alone: one of the account's lists, which the menu's routing reads
  // (the task put aside), as a rubric's name would be; never an answer (following a request, « mes demandes » is that task's own).
  if (!prompt.following && (asksForMyRequests(text) || asksForDocumentList(text) || asksForContactDetails(text))) return { kind: 'task' };
  // « je n'ai pas de clé enfance », « c'est quoi mon adresse ? » where the sign-in waits: the sign-in answers it (what the key is; not needed yet; which e-mail).
  if ((prompt.area === 'signIn' || prompt.signingIn) && (keyQuestionAtSignIn(prepare(text)) || asksOwnEmail(text))) return undefined;
  // « c'est quoi une clé enfance ? » where the key is asked: the key's question answers it (what it is, who gives it), never a service's contact.
  if (prompt.area === 'familyKey' && keyQuestionAtSignIn(prepare(text)) === 'what') return undefined;
  // « c'est pas le bon enfant » after a child was named: a correction of the child, the question's own (never the family key).
  if (saysWrongChild(prepare(text))) return undefined;
  // « ça va prendre combien de temps ? », « c'est gratuit ? » during a démarche: its delay or price, answered there.
  // « c'est jusqu'à quand pour s'inscrire ? » at the electoral roll's questions: its deadline, never the bookings' (requestFactsAnswer.ts).
  if (prompt.running && prompt.running !== 'book' && (asksAboutRequest(text) || (prompt.running === 'electoral_roll' && asksRequestDeadline(text)))) return { kind: 'requestFact' };
  // « c'est combien ? », « combien la garderie ? »: the rates, answered at the question (a service named is not a contact asked).
  if (asksForTariffs(text)) return { kind: 'tariffs' };
  // « jusqu'à quand je peux annuler ? » (during a booking, « c'est quoi le délai ? »): the deadlines, never days to book.
  if (asksForDeadlines(text, prompt.running === 'book')) return { kind: 'deadlines' };
  // « pourquoi ? » at a basket or a calendar (« le délai est passé », « majoration »): the reason is the commune's deadlines.
  if (prompt.running === 'book' && asksWhyOfBooking(text) && !TASK_AREA[detectIntent(prepare(text))]?.match(/^(?:invoices|requests|account)$/)) return { kind: 'deadlines' };
  const prepared = prepare(text);
  // « comment on fait pour réserver ? », « comment signaler une absence ? » at another task's question: that task asked for (help at the
  // menu, where nothing is under way).
  const intent = HOW_TO_TASK[howToAsked(prepared) ?? ''] ?? detectIntent(prepared);
  const saidAsRequest = SAID_AS_REQUEST.test(prepared.replace(LEAD, '')) || TAKEN_BACK.test(prepared);
  // « je voudrais recevoir les factures par mail » names a service and « mail », but asks for a task.
  // « il mange à la cantine le 7 ? » asks what is booked, never the canteen's contact.
  const question = (TASK_AREA[intent] && saidAsRequest) || (prompt.intent ?? intent) === 'list_bookings' ? undefined : practicalQuestion(text);
  if (question) return { kind: 'question', query: question };
  // « je veux signaler une absence » at « Donner ma nouvelle adresse » (« signaler »): a request of another area, said as one, is not
  // an option found among its words.
  // « je veux recevoir mes factures par mail » at an invoice (« Payer, Mes factures, Menu »): another task of the area (the online
  // invoice), never the option « Mes factures » found among its words.
  const elsewhere = saidAsRequest && TASK_AREA[intent] !== undefined && (TASK_AREA[intent] !== prompt.area || (prompt.own !== undefined && !prompt.own.includes(intent)));
  if (!elsewhere && recognizeChoice(text, prompt.options) !== undefined) return undefined;
  const beside = prompt.running === 'book' ? leftByBooking(text, prompt.intent ?? intent) : undefined;
  if (beside) return beside;
  // « horaires », « contacts » typed alone at a closed question (« Payer, Mes factures, Menu »): answered there, as in a booking.
  const info = prompt.options.length > 0 && INFO_INTENTS.has(intent) ? parseInfoQuery(text) : undefined;
  if (info?.wants) return { kind: 'question', query: info };
  // Where the sign-in waits for an e-mail or a code, a request without either is never the answer.
  const signInWaits = (prompt.area === 'signIn' || prompt.signingIn === true) && !/@|\d{4}/.test(text);
  if ((signInWaits || prompt.signingIn) && NEW_HERE.test(prepared)) return { kind: 'task', intent: 'create_account' };
  // Answered in a sentence only when asked for as such (« autorisation » may be part of an answer).
  if (ANSWERED.has(intent)) return signInWaits || saidAsRequest ? { kind: 'answered', intent } : undefined;
  // (« mdp oublié » there is the sign-in's own business: no password is needed.)
  if (signInWaits && ((TASK_AREA[intent] && TASK_AREA[intent] !== 'signIn') || asksToFollowRequest(text) || asksForMyRequests(text))) return { kind: 'task', intent };
  // « mes enfants » where the sign-in waits: a task of another area as the learned model reads it (the sign-in's own answers are not given to it).
  const modelArea = signInWaits && prompt.intent ? TASK_AREA[prompt.intent] : undefined;
  if (modelArea && modelArea !== 'signIn') return { kind: 'task', intent: prompt.intent };
  // « cantine pour hugo vendredi 27 » at a closed question of another area: no option of it, no task for the rules, a task of another
  // area for the learned model: that task (else « pas compris » and the question again).
  const modelTask = intent === 'unknown' && prompt.options.length > 0 && prompt.namedTask !== undefined ? TASK_AREA[prompt.namedTask] : undefined;
  if (modelTask && modelTask !== prompt.area && recognizeYesNo(text) === undefined) return { kind: 'task', intent: prompt.namedTask };
  const area = TASK_AREA[intent];
  const anotherDemarche = area === 'requests' && prompt.running !== undefined && prompt.running !== 'book' && intent !== prompt.running;
  const besideBooking = prompt.running === 'book' && (intent === 'report_absence' || intent === 'list_bookings');
  // « en fait je veux plutôt un acte de mariage » in an act request is that request's own: the act changed, what applies kept (dialogs/civilActDraft.ts).
  const anotherOfArea = area === prompt.area && prompt.own !== undefined && !prompt.own.includes(intent);
  if (!area || (area === prompt.area && !anotherDemarche && !besideBooking && !anotherOfArea)) return undefined;
  return prompt.options.length > 0 || saidAsRequest || NO_ACCOUNT.test(prepared) ? { kind: 'task', intent } : undefined;
}

/**
 * « numéro de la mairie », « adresse de la régie » at a yes/no read-back: it names a field as a correction would (a « no »), but
 * asks for a service's contact: no value in it, no yes nor no, no option named.
 */
function asksAServiceAtReadBack(text: string, options: readonly ChoiceOption[]): boolean {
  if (/\d/.test(text) || recognizeYesNo(text) !== undefined) return false;
  if (recognizeChoice(text, options.map(({ meaning: _meaning, ...o }) => o), true) !== undefined) return false;
  return practicalQuestion(text)?.service !== undefined;
}

/** A practical question (hours, contacts, address), or undefined. */
export function practicalQuestion(text: string): InfoQuery | undefined {
  if (text.includes('@')) return undefined;
  const q = parseInfoQuery(text);
  const asked = text.includes('?') || QUESTION_FORM.test(fold(text)) || QUESTION_AFTER.test(fold(text));
  if (q.wants) return q.service || asked ? q : undefined;
  // « Est-ce que la régie prend la carte bleue ? »: a question for a service, answered by its contacts.
  return q.service && asked ? { ...q, wants: 'contact' } : undefined;
}
