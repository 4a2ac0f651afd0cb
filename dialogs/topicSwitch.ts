/**
 * Another topic at any question of a task, for the root dialog's interruption step. A practical
 * question (« c'est ouvert ? », « où se trouve la mairie », « c'est combien ? », « jusqu'à quand je
 * peux annuler ? ») is answered there
 * and the question asked again. A request for another task (« signaler une absence », « Mes factures ») pauses
 * the task: the whole stack of its dialogs is kept as it is, with everything entered, and the
 * new task starts. When that one ends, the bot offers to come back; « reprendre » (or « oui »
 * right after the offer) puts the paused task back and asks its question again. Up to three tasks
 * are kept paused, the latest first: each in turn is offered when the one before it ends.
 * What counts as another topic, and never an answer, is decided in src/nlu/topicRequest.ts; putting a task
 * aside and « reprendre » live in taskResume.ts.
 */
import type { Activity } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { MENU_ITEMS } from '../src/nlu/menuChoice';
import { detectIntent, type Intent } from '../src/nlu/intents';
import { namesAnOption } from '../src/nlu/choice';
import { askedAsRequest, NEEDS_ACCOUNT, type Area } from '../src/nlu/taskRequest';
import { asideAt } from '../src/nlu/topicRequest';
import { fold, recognizeYesNo } from '../src/nlu/yesNo';
import { carrySignIn, signInOwnAnswer, SIGN_IN_DIALOG, triesAnEmail } from './signInDialog';
import { localeOf, send, translator, type DialogDeps } from './dialogContext';
import { completeBookingAtSignIn } from './bookingKeptAtSignIn';
import { LINK_AWAITED_DIALOG } from './linkAwaitedDialog';
import { certificateAtAbsenceSignIn, daysAtAbsenceSignIn } from './absenceKeptAtSignIn';
import { understoodText } from './understoodText';
import { parisDay } from '../src/domain/parisTime';
import { asideAnswer } from './asideAnswer';
import { answerFollowUp, answerTopicAside, noteAsideQuestion, noteAsideTopic } from './asideFollowUp';
import type { AnsweredTopic } from '../src/nlu/topicFollowUp';
import type { InfoQuery } from '../src/nlu/infoQuery';
import { keepForAfterCreation, keepUntilCreated } from './createAccountKept';
import type { AnyInput } from './anyInputPrompt';
import type { Place } from './places';
import { DEMARCHES_DIALOG } from './demarchesDialog';
import { FOLLOW_REQUEST_DIALOG } from './followRequestDialog';
import { LOST_REFERENCE_DIALOG } from './lostReferenceDialog';
import { findIn, findLastIn, inTask, optionsShown, repromptQuestion, waitingAt } from './questionAsked';
import { activeIds, nameOf, runningTask, type TaskName } from './taskNames';
import { ABSENCE_DIALOG } from './absenceDialog';
import { asksAbsenceBilling, asksAbsencePapers, asksBillingOfAbsence } from './absenceBillingQuestion';
import { prepare } from '../src/nlu/frenchText';
import { ownAtBooking } from './bookingOwnWords';
import { answerAtBasket } from './basketAsked';
import { sayUnderWay, sayUnderWayOnMiss, taskUnderWay } from './taskUnderWay';
import { pausedList, pausedOf } from './pausedTasks';
import { familyFileAside } from './familyFileAside';
import { codeAwaited, codeAwaitedWithin } from './codeAwaited';
import { keepAfterSignIn } from './afterSignInQueue';
import { nothingToResume, pausedWords, resume, RESUME } from './taskResume';

/** The dialogs where a request's reference is an answer (following it, or the list of démarches that offers to). */
const FOLLOWING = [FOLLOW_REQUEST_DIALOG, LOST_REFERENCE_DIALOG, DEMARCHES_DIALOG];
/** Requests of the account itself, made once it is created when asked while creating it. */
const ACCOUNT_OWN: ReadonlySet<Intent> = new Set(['upload_document', 'update_contact']);
/** The answer of each request answered in a sentence (see topicRequest.ts). */
const ANSWER_OF: Partial<Record<Intent, string>> = { parental_authorization: 'parentalAuthorization.answer' };


/** Starts the flow again from the root with a message to route (the menu's routing). */
export type RouteAgain = (innerDc: DialogContext, input: AnyInput, shownMonth?: string) => Promise<DialogTurnResult>;

/**
 * Takes a message that is not an answer to the question asked: « reprendre », a practical
 * question, a request for another task. Undefined: the question's own business. `lastQuestion`: the practical question
 * answered at the message before (« et demain ? » asks it again for that day); `lastTopic`: the topic answered at the message
 * before (« et comment je le calcule ? » after the QF explained).
 */
export async function takeAside(deps: DialogDeps, innerDc: DialogContext, place: Place, routeAgain: RouteAgain, lastQuestion?: InfoQuery, lastTopic?: AnsweredTopic): Promise<DialogTurnResult | undefined> {
  const activity: Partial<Activity> = innerDc.context.activity;
  const text = activity.type === 'message' ? (activity.text ?? '').trim() : '';
  const paused = pausedOf(innerDc);
  const justOffered = paused?.justOffered === true;
  for (const task of pausedList(innerDc)) task.justOffered = false;
  // A rubric of a menu card further up pressed during a task (« Mes factures »): that rubric, the task put aside
  // (not while signing in or creating the account, whose code is awaited: their own business).
  const rubric = (activity.value as { menu?: unknown } | undefined)?.menu;
  const awaitingCode = place.task === 'signIn' || place.task === 'createAccount';
  if (!text && typeof rubric === 'string' && inTask(place) && !awaitingCode) return switchTask(deps, innerDc, place, routeAgain, { text: '', value: { menu: rubric } });
  if (!text) return undefined;
  const yes = recognizeYesNo(text);
  // « Continuer » at « Continuer / Arrêter » (the account without an e-mail): the question's answer, not « reprendre » another task.
  const resumes = RESUME.test(fold(text)) && !namesAnOption(text, optionsShown(innerDc));
  if (paused && (resumes || (justOffered && !inTask(place) && yes?.answer === 'yes' && !yes.rest))) return resume(deps, innerDc, place, paused);
  if (!paused && RESUME.test(fold(text))) return nothingToResume(deps, innerDc, place);
  if (!inTask(place)) return undefined;
  const followed = lastQuestion ? await answerFollowUp(deps, innerDc, lastQuestion, text) : undefined;
  if (followed) return followed;
  // « c'est quoi le QF ? », then « et comment je le calcule ? »: answered, the question asked again (never another task).
  const topical = await answerTopicAside(deps, innerDc, text, lastTopic);
  if (topical) return topical;
  // « je dois payer quand même ? » at the absence's questions (its certificate): its billing rule, the question asked again (not the invoices).
  // « c facturé si elle est malade ? » at another task's question (creating the space, a démarche): the same rule (it was the régie's
  // contact); not in a booking, whose deadlines answer it (deadlinesAnswer.ts).
  // « c'est quoi les papiers à fournir pour l'absence ? » in a booking too: the same rule (a paper to send, before).
  const absent = activeIds(innerDc).includes(ABSENCE_DIALOG) ? asksBillingOfAbsence(text) : (runningTask(innerDc) !== 'book' && asksAbsenceBilling(prepare(text))) || asksAbsencePapers(prepare(text));
  if (absent) {
    await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('absence.rule') });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  const rubrics = MENU_ITEMS.filter((id) => id !== 'info').map((id) => translator(deps, innerDc.context)(`menu.item.${id}`));
  const following = FOLLOWING.some((id) => waitingAt(innerDc, id));
  const running = runningTask(innerDc);
  // The booking reads its messages with the learned model too: what it would leave for is put aside for, never lost.
  // Where the sign-in waits for the e-mail, too (« mes enfants »): but for its own answers (« je ne sais plus », « pas d'adresse mail »).
  const signIn = waitingAt(innerDc, SIGN_IN_DIALOG)?.activeDialog;
  const atSignIn = signIn !== undefined && findIn(signIn, (k, v) => k === 'email' && typeof v === 'string') === undefined && !triesAnEmail(text) && !signInOwnAnswer(text);
  const understood = running === 'book' || atSignIn ? deps.understand(text) : undefined;
  // The task under way asked for again at its own question: its answer if it holds one, else « C'est en cours » and the question again.
  const again = askedAgain(innerDc, text, running);
  if (again) sayUnderWayOnMiss(deps, innerDc, again);
  // « pas le 14 pour Hugo, il est chez sa mamie » at the basket, « et en décembre ? » at the calendar: the booking's own (bookingOwnWords.ts).
  if (understood && ownAtBooking(innerDc, text, understood)) return undefined;
  // « est-ce qu'il mange déjà le 11 ? », « ça fait combien ? » at the basket: answered there, the basket kept (basketAsked.ts).
  const atBasket = understood ? await answerAtBasket(deps, innerDc, text, understood) : undefined;
  if (atBasket) return atBasket;
  // « seulement lundi et mardi en fait » at the sign-in a booking asked for: its request completed, said back (bookingKeptAtSignIn.ts).
  // « ah et mercredi aussi » by SMS while the family file is linked in the web chat: the same (linkAwaitedDialog.ts).
  const atLink = !atSignIn && waitingAt(innerDc, LINK_AWAITED_DIALOG) !== undefined;
  const completed = understood && (atSignIn || atLink) ? completeBookingAtSignIn(innerDc, text, understood, (said, about) => deps.understand(said, undefined, undefined, undefined, about)) : undefined;
  if (completed) {
    const t = translator(deps, innerDc.context);
    // A child's own days (« pas hugo le 15 »): made at the basket, once signed in.
    const kept = completed.replayed ? t('booking.keptForBasket') : [understoodText(t, localeOf(innerDc.context), completed), t(atLink ? 'booking.keptAtLink' : 'booking.keptAtSignIn')].filter(Boolean).join(' ');
    await send(deps, innerDc.context, { text: kept });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  // « en fait c mardi 15 » at the sign-in an absence asked for: its days corrected, said back (absenceKeptAtSignIn.ts).
  const absenceDays = understood && atSignIn ? daysAtAbsenceSignIn(innerDc, text, understood, (said) => deps.understand(said), parisDay(deps.service.clock.now())) : undefined;
  if (absenceDays) {
    const t = translator(deps, innerDc.context);
    await send(deps, innerDc.context, { text: [understoodText(t, localeOf(innerDc.context), { intent: 'report_absence', dates: absenceDays, activity: null }), t('booking.keptAtSignIn')].filter(Boolean).join(' ') });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  // « je peux envoyer le certificat ? » at the sign-in an absence asked for: part of that absence (absenceKeptAtSignIn.ts).
  if (atSignIn && certificateAtAbsenceSignIn(innerDc, text)) {
    await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('absence.certificateKept') });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  // At a closed question of any task (« Voulez-vous voir cette facture ? »), a message the rules read as no task but naming an activity
  // and days (« cantine pour hugo vendredi 11 ») is read with the learned model too: a task of another area is taken, never « pas
  // compris » (topicRequest.ts). (« peut-être » names neither: the question's own miss.)
  const options = optionsShown(innerDc);
  const closedRead = !understood && options.length > 0 && detectIntent(prepare(text)) === 'unknown' ? deps.understand(text) : undefined;
  const namedTask = closedRead?.activity && closedRead.dates.length > 0 ? closedRead.intent : undefined;
  const intent = understood?.intent;
  const aside = asideAt(text, { options, area: place.area ?? (place.topic as Area), rubrics, running, following, signingIn: waitingAt(innerDc, SIGN_IN_DIALOG) !== undefined, ...(place.own ? { own: place.own } : {}), ...(intent ? { intent } : {}), ...(namedTask ? { namedTask } : {}) });
  // « mon dossier » at « Que voulez-vous changer ? » (the contact details), at the list of invoices: the family file, the task put aside.
  if (!aside && familyFileAside(innerDc, place, text)) return switchTask(deps, innerDc, place, routeAgain, { text: '', value: { menu: 'familyFile' } });
  if (!aside) return undefined;
  if (aside.kind !== 'task' && aside.kind !== 'answered') {
    // The rates and deadlines: of the activity being booked, when the question names none.
    // The basket's or the calendar's own (not that of a booking confirmed before, kept by the menu).
    const activityId = findLastIn(innerDc.stack, (k, v) => k === 'activityId' && typeof v === 'number') as number | undefined;
    const answer = await asideAnswer(deps, innerDc.context, aside, text, activityId, place.topic, running, optionsShown(innerDc).map((o) => o.label));
    if (answer === undefined) return undefined;
    if (aside.kind === 'question') noteAsideQuestion(innerDc, aside.query);
    if (aside.kind === 'tariffs' || aside.kind === 'paymentMeans' || aside.kind === 'schoolCalendar') noteAsideTopic(innerDc, aside.kind);
    await send(deps, innerDc.context, { text: answer });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  if (aside.kind === 'answered') {
    // No task of its own: its answer, then the question again.
    await send(deps, innerDc.context, { text: translator(deps, innerDc.context)(ANSWER_OF[aside.intent] ?? 'menu.notUnderstood') });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  // « payer ma facture » at the sign-in the invoices asked for: that task is under way (nothing put aside), the question asked again.
  const underWay = aside.intent ? taskUnderWay(innerDc, aside.intent) : undefined;
  if (underWay) return sayUnderWay(deps, innerDc, underWay);
  // « me connecter » typed again while signing in: that sign-in starts again (the e-mail asked), nothing is put aside.
  const signingIn = aside.intent === 'sign_in' ? waitingAt(innerDc, SIGN_IN_DIALOG) : undefined;
  if (signingIn) return signingIn.replaceDialog(SIGN_IN_DIALOG, {});
  const needsAccount = aside.intent !== undefined && NEEDS_ACCOUNT.has(aside.intent);
  // Creating the account, its code awaited: the account is finished first (the code typed next), then the task starts.
  const creating = needsAccount ? keepUntilCreated(innerDc, { text }) : undefined;
  if (creating) {
    await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('createAccount.finishFirst', { email: creating }) });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  // « envoyer un justificatif » at a question of the sign-up: it needs the account, so the sign-up goes on (nothing lost) and the request follows it.
  if (aside.intent && ACCOUNT_OWN.has(aside.intent) && keepForAfterCreation(innerDc, { text })) {
    await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('createAccount.keptForAfter') });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  // « annule le 17 » at the sign-in « mes réservations » asked for: it needs the same sign-in, which goes on (nothing put aside);
  // the request is made once that task is done (afterSignInQueue.ts).
  if (needsAccount && keepAfterSignIn(innerDc, { text })) {
    await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('signIn.keptForAfter') });
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  // Signing in, a code on its way, for a task that needs the account: the sign-in goes on inside that task (the code stays valid).
  const email = codeAwaited(innerDc);
  if (email && needsAccount) {
    carrySignIn(innerDc.context, email);
    await innerDc.cancelAllDialogs();
    return routeAgain(innerDc, { text });
  }
  // Signing in for a task (« mes factures »), a code on its way: that task put aside, the sign-in goes on in the one asked for.
  const within = needsAccount ? codeAwaitedWithin(innerDc) : undefined;
  if (within) carrySignIn(innerDc.context, within);
  // « je me suis jamais inscrit » at the sign-in: no account yet, which the menu's routing would not read from those words.
  if (aside.intent === 'create_account' && deps.understand(text).intent !== 'create_account') return switchTask(deps, innerDc, place, routeAgain, { text: '', value: { menu: 'createAccount' } });
  return switchTask(deps, innerDc, place, routeAgain, { text });
}

/** The task under way that the message asks for again (not a change of it: « plutôt un acte de mariage »), or undefined. */
function askedAgain(innerDc: DialogContext, text: string, running: Intent | undefined): TaskName | undefined {
  const intent = askedAsRequest(text);
  if (!intent) return undefined;
  if (running && running !== 'book' && intent === running) return nameOf(innerDc.stack);
  return taskUnderWay(innerDc, intent);
}

/** The task under way put aside (said so), and the request routed from the menu. */
async function switchTask(deps: DialogDeps, innerDc: DialogContext, place: Place, routeAgain: RouteAgain, input: AnyInput): Promise<DialogTurnResult> {
  const words = pausedWords(deps, innerDc, place);
  if (words) await send(deps, innerDc.context, { text: words });
  // The month the task showed (a calendar of January): « il mange à la cantine le 7 ? » asked there is of it.
  const month = findLastIn(innerDc.stack, (k, v) => k === 'month' && typeof v === 'string' && /^\d{4}-\d{2}$/.test(v)) as string | undefined;
  await innerDc.cancelAllDialogs();
  return routeAgain(innerDc, input, month);
}
