/**
 * The words that work at any step of a task (aide, parler à quelqu'un, menu, retour, annuler / STOP,
 * recommencer, se déconnecter, mes rappels, langage simple, english / en français, changer de commune), « non merci » at
 * the first question of a task just started (it stops, as « annuler »), and the asides
 * taken at a task's question (see topicSwitch.ts). Called by the root dialog before the task.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { childOf } from './childContext';
import type { InfoQuery } from '../src/nlu/infoQuery';
import { namesAnOption, recognizeChoice } from '../src/nlu/choice';
import { refusesTask } from '../src/nlu/refusal';
import { prepare } from '../src/nlu/frenchText';
import { saysReturnLater } from '../src/nlu/stopForNow';
import { detectCommand, saysTownNotRight } from '../src/nlu/commands';
import { channelUser, communeBefore, currentCommune, forgetCommune, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { takeClosing } from './closingAside';
import { saysStop } from './clearStop';
import { activeIds, runningTask } from './taskNames';
import { CIVIL_ACT_DIALOG } from './civilActDialog';
import { CENSUS_DIALOG } from './censusDialog';
import { CREATE_ACCOUNT_DIALOG } from './createAccountDialog';
import { DEMARCHE_DIALOG } from './demarcheState';
import { noteJustStarted, takeJustStarted } from './firstQuestion';
import { takeInsult } from './insultAside';
import { takePassword } from './passwordAside';
import { sayHuman } from './humanAnswer';
import { followUpsOf, MAIN_FLOW, type MainOptions } from './mainOptions';
import { placeOf, type Place } from './places';
import { answerReminders, stopsBySms } from './reminders';
import { inTask, optionsShown, repromptQuestion, rewriteQuestion, takesStop } from './questionAsked';
import { markResumed } from './anyInputPrompt';
import { readsOwnWords } from './ownWords';
import { dropPaused, offerResume, pausedCount, pausedOf } from './pausedTasks';
import { dropAfterSignIn } from './afterSignInQueue';
import { switchLanguage, switchPlain } from './settingsSwitch';

/** « annule tout », « tout annuler », « on laisse tout tomber »: every task, those put aside too. */
const EVERYTHING = /\b(?:(?:annul\w*|abandonn\w*|arret\w*|stop\w*|laiss\w*(?: tomber)?|oubli\w*) tout|tout (?:annuler|abandonner|arreter|stopper|oublier|laisser tomber|tomber))\b/;
import { menuStateOf } from './menu';
import { takeAside } from './topicSwitch';
import { pauseTask } from './taskResume';
import { takeAsideQuestion, takeAsideTopic } from './asideFollowUp';
import type { AnsweredTopic } from '../src/nlu/topicFollowUp';
import { takeBookingKept } from './bookingKeptAside';
import { takeRequestAtKey } from './keyRequestKept';
import { takeWhy } from './whyAside';
import { takeElsewhere } from './elsewhereAside';
import { takeEInvoiceQuestion } from './eInvoiceAside';
import { saysNoEmail } from './accountNoEmail';
import { cancelsARequest } from './requestCancelWords';
import { bookingJustDone, saysBareUndo } from './bookingUndo';
import { takeFileAside } from './fileAside';

/** The forms of several questions, whose question waiting (the form's own, not a sign-in's inside it) « retour » takes back one. */
const FORMS: readonly string[] = [CREATE_ACCOUNT_DIALOG, CIVIL_ACT_DIALOG, DEMARCHE_DIALOG, CENSUS_DIALOG];

/** A command said during a task, or an aside; otherwise `goOnWithTask` (the task reads the message). */
export async function interrupt(deps: DialogDeps, innerDc: DialogContext, goOnWithTask: () => Promise<DialogTurnResult>): Promise<DialogTurnResult> {
  const justStarted = takeJustStarted(innerDc);
  // The practical question answered at the message before: for this message only.
  const lastQuestion = takeAsideQuestion(innerDc);
  // The topic answered at the message before (the QF explained): for this message only.
  const lastTopic = takeAsideTopic(innerDc);
  const before = inTask(placeOfDc(innerDc));
  const paused = pausedCount(innerDc);
  const result = await interruptTurn(deps, innerDc, goOnWithTask, justStarted, lastQuestion, lastTopic);
  // A task brought back (« reprendre ») was not just started: its answers are not dropped by a « non merci ».
  noteJustStarted(innerDc, before, inTask(placeOfDc(innerDc)) && pausedCount(innerDc) >= paused);
  return result;
}

/** `justStarted`: the question waiting is the first of a task started by the message before (firstQuestion.ts); `lastQuestion`: the practical question answered at the message before. */
async function interruptTurn(deps: DialogDeps, innerDc: DialogContext, goOnWithTask: () => Promise<DialogTurnResult>, justStarted: boolean, lastQuestion?: InfoQuery, lastTopic?: AnsweredTopic): Promise<DialogTurnResult> {
  const { type, text } = innerDc.context.activity;
  const said = type === 'message' ? detectCommand(text) : undefined;
  // « français » at « Quelle est votre nationalité ? 1. Française… »: the answer, not the language.
  // « ce n'est pas la bonne ville » in an act request (its form asks the event's town): that town, read by the form.
  const actTown = said === 'changeCommune' && saysTownNotRight(text) && activeIds(innerDc).includes(CIVIL_ACT_DIALOG);
  const command = said && !actTown && !namesAnOption(text ?? '', optionsShown(innerDc)) ? said : undefined;
  const place = placeOfDc(innerDc);
  // « retour », « précédent » at a question of a form of several questions: its question before, the form's own (formBack.ts).
  if (command === 'back' && FORMS.includes(activeIds(innerDc).at(-2) ?? '')) return goOnWithTask();
  const stopped = await stopBeforeCommune(deps, innerDc, command, goOnWithTask);
  if (stopped) return stopped;
  // « non merci » at the first question of a task just started (not one of its options): the task is not wanted, it stops.
  if (!command && justStarted && inTask(place) && type === 'message' && refusesTask(text ?? '') && recognizeChoice(text ?? '', optionsShown(innerDc), true) === undefined) {
    return cancelTask(deps, innerDc);
  }
  // « en fait non laisse tomber » at any question of a task (not an answer to it): it stops, as « annuler ».
  const stop = type === 'message' && (command === 'cancel' || (!command && inTask(place) && saysStop(text ?? '', optionsShown(innerDc), runningTask(innerDc) === 'book')));
  // A question that reads « annuler » itself (questionAsked.ts): the task says what stops and what stays.
  if (stop && takesStop(innerDc)) return goOnWithTask();
  // « laisse tomber je verrai plus tard », « je reviens plus tard »: the task put aside, kept for « reprendre » (not thrown away).
  if (type === 'message' && !command && inTask(place) && saysReturnLater(prepare(text ?? ''), stop)) return putAsideForLater(deps, innerDc, place);
  if (stop && !command) return cancelTask(deps, innerDc);
  // « c obligatoire le mail ? jen ai pas » while an account is created: the form answers it (accountNoEmail.ts), not a practical question.
  if (!command && place.task === 'createAccount' && saysNoEmail(text ?? '', false)) return goOnWithTask();
  // « which one for school? » at an act's form, « pour ajouter mon bébé » at a livret's reason: the question's own words (ownWords.ts).
  if (!command && type === 'message' && readsOwnWords(innerDc, text ?? '')) return goOnWithTask();
  // « oublie tout », « laisse tout tomber » at the menu, a task put aside offered back: given up too (it was kept for « reprendre »).
  if (type === 'message' && !inTask(place) && pausedCount(innerDc) > 0 && EVERYTHING.test(prepare(text ?? '')) && (command === 'cancel' || (!command && deps.understand(text ?? '').intent === 'abort'))) return cancelTask(deps, innerDc);
  if (!command) {
    // Days or « je confirme » typed while a booking waits for its sign-in (bookingKeptAside.ts: before « ok » is read as an acknowledgement), « merci » (closingAside.ts), « pourquoi ? » (whyAside.ts), a passport or an ID card asked about (elsewhereAside.ts), what the online invoice is (eInvoiceAside.ts), a booking typed at the family key's question (keyRequestKept.ts), « reprendre », a practical question or another task asked at a task's question (see topicSwitch.ts).
    // A file at a question that takes none (fileAside.ts): said so, the question asked again. A password typed here (passwordAside.ts): not kept, said so.
    const aside = (await takeFileAside(deps, innerDc, place)) ?? (await takePassword(deps, innerDc, place)) ?? (await takeInsult(deps, innerDc, place)) ?? (await takeBookingKept(deps, innerDc)) ?? (await takeClosing(deps, innerDc, place)) ?? (await takeWhy(deps, innerDc, place)) ?? (await takeElsewhere(deps, innerDc, place)) ?? (await takeEInvoiceQuestion(deps, innerDc, place)) ?? (await takeRequestAtKey(deps, innerDc)) ?? (await takeAside(deps, innerDc, place, (dc, input, shownMonth) => dc.beginDialog(MAIN_FLOW, { pending: input, ...(shownMonth ? { shownMonth } : {}) } satisfies MainOptions), lastQuestion, lastTopic));
    return aside ?? goOnWithTask();
  }
  // « annule ça » at the menu right after a booking confirmed: that booking's days offered to cancel (bookingUndo.ts).
  if (command === 'cancel' && !place.task && !place.cancellable && saysBareUndo(text ?? '') && bookingJustDone(innerDc)) return goOnWithTask();
  const t = translator(deps, innerDc.context);
  switch (command) {
    case 'help':
      await send(deps, innerDc.context, { text: `${t(place.help)}\n${t('commands.help.footer')}` });
      await repromptQuestion(innerDc);
      return { status: DialogTurnStatus.waiting };
    case 'botAsked':
    case 'human':
      await sayHuman(deps, innerDc.context, place.topic, command === 'botAsked');
      await repromptQuestion(innerDc);
      return { status: DialogTurnStatus.waiting };
    case 'back':
    case 'menu': {
      // « menu » in the middle of a task: the task is put aside, kept for « reprendre » (not thrown away).
      const paused = inTask(place) ? pauseTask(deps, innerDc, place, true) : undefined;
      // Named as it is put aside, as the resident then was: offered again once they can do more (signed in again after the session ended).
      const task = paused ? pausedOf(innerDc) : undefined;
      if (task) task.offeredAs = await menuStateOf(deps, innerDc.context);
      if (paused) await send(deps, innerDc.context, { text: paused });
      await innerDc.cancelAllDialogs();
      // How to come back to it said too (« madame » typed at the menu next got the menu again), unless an earlier task is offered
      // for « reprendre » instead.
      if (!(await offerResume(deps, innerDc)) && paused) await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('topics.later') });
      return innerDc.beginDialog(MAIN_FLOW, {} satisfies MainOptions);
    }
    case 'cancel':
      // « STOP » by SMS: the reminders of this number stop (what a resident means by it there), and the task too.
      if (stopsBySms(innerDc.context)) await answerReminders(deps, innerDc.context, 'remindersStop');
      if (!place.task && !place.cancellable) {
        if (stopsBySms(innerDc.context)) return innerDc.replaceDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
        await send(deps, innerDc.context, { text: t('commands.nothingToCancel') });
        await repromptQuestion(innerDc);
        return { status: DialogTurnStatus.waiting };
      }
      return cancelTask(deps, innerDc);
    case 'restart':
      await send(deps, innerDc.context, { text: t('commands.restarted') });
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(MAIN_FLOW, { task: place.task } satisfies MainOptions);
    case 'signOut': {
      const user = channelUser(innerDc.context);
      const was = await signedIn(deps, innerDc.context);
      await deps.service.accounts.signOut(user);
      await send(deps, innerDc.context, { text: t(was ? 'signIn.signedOut' : 'signIn.notSignedIn') });
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
    }
    case 'remindersList':
    case 'remindersStop':
    case 'remindersResume':
    case 'censusOn':
    case 'censusOff':
      await answerReminders(deps, innerDc.context, command);
      return goOn(innerDc, place, { again: true });
    case 'plainOn':
    case 'plainOff':
      await switchPlain(deps, innerDc.context, command === 'plainOn');
      rewriteQuestion(innerDc, deps);
      // In new words, the question is asked whole (by SMS too: not the short reminder of an aside).
      markResumed(innerDc.context);
      return goOn(innerDc, place, {});
    case 'english':
    case 'french':
      await switchLanguage(deps, innerDc.context, command === 'english' ? 'en' : 'fr');
      // The question was kept as written: asked again in the new language, whole (by SMS too: not the short reminder of an aside).
      rewriteQuestion(innerDc, deps);
      markResumed(innerDc.context);
      return goOn(innerDc, place, {});
    case 'changeCommune': {
      // A task under way is put aside, as for another topic: « en fait non » at the commune asked offers it back (communeDialog.ts).
      const paused = inTask(place) ? pauseTask(deps, innerDc, place) : undefined;
      await send(deps, innerDc.context, { text: [paused, t('commands.changeCommune')].filter(Boolean).join('\n') });
      await forgetCommune(deps, innerDc.context);
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(MAIN_FLOW, {} satisfies MainOptions);
    }
  }
}

/** A stop said with a return: the task put aside, said how to take it back. */
async function putAsideForLater(deps: DialogDeps, innerDc: DialogContext, place: Place): Promise<DialogTurnResult> {
  const paused = pauseTask(deps, innerDc, place, true);
  await send(deps, innerDc.context, { text: [paused, translator(deps, innerDc.context)('topics.later')].filter(Boolean).join('\n') });
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
}

/**
 * « annuler » in a task: it stops, said so; a task put aside before it is offered back. « en fait annule tout »: the tasks put
 * aside are given up too (a booking kept aside came back into the next one's basket).
 */
async function cancelTask(deps: DialogDeps, innerDc: DialogContext): Promise<DialogTurnResult> {
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('commands.cancelled') });
  await innerDc.cancelAllDialogs();
  // The requests kept for after its sign-in go with it (afterSignInQueue.ts).
  dropAfterSignIn(innerDc);
  if (EVERYTHING.test(prepare(innerDc.context.activity.text ?? ''))) dropPaused(innerDc);
  else await offerResume(deps, innerDc);
  return innerDc.beginDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
}

/**
 * « annuler », « stop », « laisse tomber » while the commune is still asked: nothing to go back to,
 * so the bot stops there rather than list the communes again; the next message starts afresh.
 * After « changer de commune », the commune before is there to go back to: the commune's question reads it.
 */
async function stopBeforeCommune(deps: DialogDeps, innerDc: DialogContext, command: string | undefined, goOnWithTask: () => Promise<DialogTurnResult>): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || cancelsARequest(text) || (await currentCommune(deps, innerDc.context))) return undefined;
  if (await communeBefore(deps, innerDc.context)) return command === 'cancel' ? goOnWithTask() : undefined;
  if (command !== 'cancel' && (command || deps.understand(text ?? '').intent !== 'abort')) return undefined;
  // « STOP » by SMS: the reminders of this number stop, and that is the answer.
  if (stopsBySms(innerDc.context)) await answerReminders(deps, innerDc.context, 'remindersStop');
  else await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('commands.stopped') });
  await innerDc.cancelAllDialogs();
  return { status: DialogTurnStatus.complete };
}

/** After an aside (a setting changed, a list shown): a task asks its question again; at the menu, the menu again (in the new words). */
async function goOn(innerDc: DialogContext, place: Place, menu: MainOptions): Promise<DialogTurnResult> {
  if (place.task || place.cancellable) {
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  // At the menu: what the task just ended left (the booking to undo, the agenda shown) is kept for the next message.
  const kept = followUpsOf(innerDc.stack.find((d) => d.id === MAIN_FLOW)?.state.options as MainOptions | undefined);
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(MAIN_FLOW, { ...kept, ...menu } satisfies MainOptions);
}

function placeOfDc(innerDc: DialogContext): Place {
  const ids: string[] = [];
  for (let dc: DialogContext | undefined = innerDc; dc?.activeDialog; dc = childOf(dc)) ids.push(dc.activeDialog.id);
  return placeOf(ids);
}
