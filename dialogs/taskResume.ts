/**
 * A task put aside and brought back: « Je mets de côté … ce que vous avez donné est gardé » when another task
 * starts (topicSwitch.ts), and « reprendre » (or « oui » right after the offer) that puts the paused task back
 * and asks its question again, the task under way then put aside in its place. « reprendre » with nothing
 * paused goes on with the task under way, or says so at the menu. The paused tasks are kept in pausedTasks.ts.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { recognizeChoice } from '../src/nlu/choice';
import { SIGN_IN_DIALOG, type SignInResult } from './signInDialog';
import { channelUser, send, translator, type DialogDeps } from './dialogContext';
import { markResumed } from './anyInputPrompt';
import { MAIN_FLOW, MENU_PROMPT, type MainOptions } from './mainOptions';
import type { Place } from './places';
import { deepest, inTask, optionsShown, repromptQuestion, waitingAt } from './questionAsked';
import { nameOf, taskName } from './taskNames';
import { pause, pausedList, type PausedTask } from './pausedTasks';
import { goOnIfLinked } from './linkAwaitedDialog';

/** « reprendre », « continuer ma demande », « revenir à ma démarche » (folded text). */
export const RESUME = /^(?:oui )?(?:(?:reprendre|reprenons|je reprends|on reprend|continuer|continuons|on continue|je continue|resume)(?: (?:ma|la|mon) (?:demande|tache|demarche)| ce que (?:je faisais|j ai commence)| (?:ou|la ou) (?:j en etais|on en etait|nous en etions))?|revenir a (?:ma|la|mon) (?:demande|tache|demarche))$/;

/** Puts the task under way (at `place`) aside (« reprendre » brings it back); what to say so. */
export function pauseTask(deps: DialogDeps, innerDc: DialogContext, place: Place, offered = false): string | undefined {
  return pausedWords(deps, innerDc, place, offered);
}

/**
 * A task that takes answers is put aside (« reprendre » brings it back), said « Je mets de côté … ce que vous avez donné
 * est gardé »; one that only shows (`consults`: invoices, agenda, practical info) is left as it is, nothing said nor kept.
 * `offered`: named as it is put aside, so not offered again at once (an earlier task paused is, if any).
 */
export function pausedWords(deps: DialogDeps, innerDc: DialogContext, place: Place, offered = false): string | undefined {
  if (place.consults) return undefined;
  const task = pause(innerDc);
  if (offered) task.offered = true;
  const t = translator(deps, innerDc.context);
  return `${t('topics.paused', { task: taskName(deps, innerDc, task) })} ${t('topics.pausedKept')}`;
}

/** The paused task back, its question asked again; a task under way now is paused in its place. */
export async function resume(deps: DialogDeps, innerDc: DialogContext, place: Place, paused: PausedTask): Promise<DialogTurnResult> {
  const list = pausedList(innerDc);
  list.splice(list.indexOf(paused), 1);
  const t = translator(deps, innerDc.context);
  // The task under way is put aside in its place, and said so (« reprendre » at a basket brings back another task).
  const aside = inTask(place) ? pausedWords(deps, innerDc, place) : undefined;
  await send(deps, innerDc.context, { text: [aside, t('topics.resumed', { task: taskName(deps, innerDc, paused) })].filter(Boolean).join('\n') });
  innerDc.stack.splice(0, innerDc.stack.length, ...paused.stack);
  markResumed(innerDc.context);
  // Paused at its sign-in, and signed in since: the task goes on past it.
  const signIn = waitingAt(innerDc, SIGN_IN_DIALOG);
  const account = signIn && (await deps.service.accounts.signedIn(channelUser(innerDc.context)));
  if (signIn && account) return signIn.endDialog({ account } satisfies SignInResult);
  // Waiting, by SMS, for the family file linked in the web chat, and linked since: the task goes on past the wait.
  const linked = await goOnIfLinked(deps, innerDc);
  if (linked) return linked;
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}

/**
 * « reprendre » with nothing paused: in a task, that task goes on (named, its question asked again); at the menu,
 * said so and the menu again; elsewhere (the commune asked, an answer of the question), the question's own business.
 */
export async function nothingToResume(deps: DialogDeps, innerDc: DialogContext, place: Place): Promise<DialogTurnResult | undefined> {
  const atMenu = deepest(innerDc).activeDialog?.id === MENU_PROMPT;
  if (!atMenu && (!inTask(place) || recognizeChoice(innerDc.context.activity.text ?? '', optionsShown(innerDc), true) !== undefined)) return undefined;
  if (!atMenu) {
    // A task under way, none put aside: « reprendre » goes on with it (not « rien à reprendre » above its own question).
    await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('topics.resumed', { task: taskName(deps, innerDc, nameOf(innerDc.stack)) }) });
    markResumed(innerDc.context);
    const linked = await goOnIfLinked(deps, innerDc);
    if (linked) return linked;
    await repromptQuestion(innerDc);
    return { status: DialogTurnStatus.waiting };
  }
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('topics.nothingPaused') });
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
}
