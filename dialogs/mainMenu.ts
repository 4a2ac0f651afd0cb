/**
 * The root flow's menu and its return: the menu shown (unless a request is already waiting), and
 * after a task, the paused task offered back and the menu again — or the request the task handed back.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { Reply } from '../cards/cardRenderer';
import type { AnyInput } from './anyInputPrompt';
import type { CommuneResult } from './communeDialog';
import { closingText } from './closingText';
import { offerText } from './howToOffer';
import type { DemarchesResult } from './demarchesDialog';
import { currentCommune, send, translator, type DialogDeps } from './dialogContext';
import type { InfoResult } from './infoDialog';
import { MAIN_FLOW, MENU_PROMPT, type MainFlowValues, type MainOptions, type ShownMonthResult } from './mainOptions';
import { menuOptions, menuReply, menuStateOf, picksByNumber, type MenuOption, type MenuPromptState, type MenuValidations } from './menu';
import { dropPaused, offerResume } from './pausedTasks';
import { keptAfterSignIn, nextAfterSignIn } from './afterSignInQueue';
import { stored, storedVariant } from './storedPrompt';
import { keptNextAsk, keptNextBySms } from './keptNextBySms';

/** Kept in the main flow's state between the menu and the answer: the options shown. */
export interface MenuValues extends MainFlowValues {
  menu?: MenuOption[];
  /** Whether the menu's question listed the rubrics (a card, buttons, numbered lines), not only a one-line hint. */
  listed?: boolean;
  /** The message routed is the first one, typed before the commune was asked (its « not understood » is not said). */
  firstAfterCommune?: boolean;
}

export async function showMenu(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const options = (step.options ?? {}) as MainOptions;
  const chosen = step.result as CommuneResult | undefined;
  // The request typed at the commune question is the latest said: it is answered rather than the first message.
  if (options.pending && !chosen?.pending) {
    // A bare number handed back by a task that listed nothing: read against the menu listed before it.
    if (options.lastMenu) (step.values as MenuValues).menu = options.lastMenu;
    // The first message, not kept by the commune question (« cpsp »), answered now: not understood, it is the menu alone (mainRoute.ts).
    if (chosen?.communeId) (step.values as MenuValues).firstAfterCommune = true;
    return step.next(options.pending);
  }
  // « en fait non » after « changer de commune »: the task put aside is offered back; another commune: the tasks put aside were the other's.
  if (chosen?.stayed) await offerResume(deps, step);
  if (chosen?.changed) dropPaused(step);
  // A request typed while the commune was asked: answered now that it is known.
  const kept = chosen?.pending;
  if (kept) return step.next(kept);
  if (options.task) return step.next({ text: options.taskText ?? '', value: { menu: options.task } } satisfies AnyInput);
  if (options.fileKept) return step.next({ text: '' } satisfies AnyInput);
  const t = translator(deps, step.context);
  const commune = await currentCommune(deps, step.context);
  const shown = menuOptions(t, await menuStateOf(deps, step.context), commune?.familyKeyName ?? '');
  (step.values as MenuValues).menu = shown;
  const retry: Reply = { ...menuReply(t, shown), text: `${t('menu.notUnderstood')}\n${t('menu.title')}` };
  // Kept as Replies, rendered when sent (storedPrompt.ts).
  // Right after a how-to with its days: the explanation and the offer, its question last (howToOffer.ts).
  // By SMS, the next request kept at a sign-in, offered with « suite » (keptNextBySms.ts).
  const prompt: Reply = options.keptNext ? { text: keptNextAsk(deps, step, options.keptNext) } : options.closing ? { text: closingText(t, step.context.activity.text, deps.service.clock.now()) } : options.howToOffered ? { text: offerText(t, options.howToOffered) } : menuReply(t, shown, options.again || chosen?.stayed, options.nextSaid);
  const asked = await step.prompt(MENU_PROMPT, {
    prompt: stored(prompt),
    retryPrompt: storedVariant(retry, prompt),
    validations: {
      reprompt: storedVariant(menuReply(t, shown, true), prompt),
      numberWithoutList: storedVariant({ ...menuReply(t, shown), text: `${t('menu.numberWithoutList')}\n${t('menu.title')}` }, prompt),
    } satisfies MenuValidations,
  });
  // Whether the resident sees the rubrics (by SMS the one-line hint shows none): as the channel rendered the prompt just sent (menu.ts).
  (step.values as MenuValues).listed = ((step.activeDialog?.state as { state?: MenuPromptState } | undefined)?.state?.listShown) === true;
  return asked;
}

export async function afterTask(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const result = (step.result ?? {}) as InfoResult & DemarchesResult & ShownMonthResult;
  // The step shares the root's inner stack, and its parent is the root's own context, where the paused tasks are kept.
  // Requests kept at the task's sign-in (afterSignInQueue.ts): the tasks put aside are offered once they are done.
  if (!keptAfterSignIn(step)) await offerResume(deps, step);
  if (result.task) return step.replaceDialog(MAIN_FLOW, { task: result.task, ...(result.text ? { taskText: result.text } : {}) } satisfies MainOptions);
  // A request typed at the sign-in the task asked for (signInDialog.ts): routed now that the task is over.
  const kept = (step.values as MenuValues).keptAfterSignIn;
  delete (step.values as MenuValues).keptAfterSignIn;
  if (kept && !result.unhandled && !result.menuAsked) return step.replaceDialog(MAIN_FLOW, { pending: kept } satisfies MainOptions);
  // The next request kept at that sign-in: by SMS offered with « suite » (keptNextBySms.ts); elsewhere said so and made now.
  const keptNext = !result.unhandled && !result.menuAsked ? keptNextBySms(deps, step) : undefined;
  const next = !result.unhandled && !result.menuAsked && !keptNext ? nextAfterSignIn(step) : undefined;
  if (next) {
    await send(deps, step.context, { text: translator(deps, step.context)('signIn.nextKept') });
    return step.replaceDialog(MAIN_FLOW, { pending: next } satisfies MainOptions);
  }
  // A file sent at one of the task's questions (fileAside.ts): the documents now, the file kept given to them.
  const fileKept = (step.values as MenuValues).fileKept;
  delete (step.values as MenuValues).fileKept;
  if (fileKept && !result.unhandled && !result.menuAsked) return step.replaceDialog(MAIN_FLOW, { fileKept } satisfies MainOptions);
  if (result.unhandled) {
    // « 2 » after the practical info's pages (SMS): the number is of the menu listed before the task, the last list shown.
    const { menu, listed } = step.values as MenuValues;
    const lastMenu = listed && menu && picksByNumber(result.unhandled.text ?? '') ? { lastMenu: menu } : {};
    return step.replaceDialog(MAIN_FLOW, { pending: result.unhandled, ...lastMenu } satisfies MainOptions);
  }
  if (result.menuAsked) return step.replaceDialog(MAIN_FLOW, {} satisfies MainOptions);
  const shown = { ...(result.shownMonth ? { shownMonth: result.shownMonth } : {}), ...(result.booked ? { lastBooking: result.booked } : {}), ...(result.absent ? { lastAbsence: result.absent } : {}), ...(result.agenda ? { lastAgenda: result.agenda } : {}), ...(result.invoicesAsked ? { lastInvoices: result.invoicesAsked } : {}), ...(result.askedAbout ? { askedAbout: result.askedAbout } : {}), ...(result.mailed ? { lastMailed: result.mailed } : {}), ...(result.answered ? { answeredTopic: result.answered } : {}), ...(result.eInvoiceSet !== undefined ? { lastEInvoice: result.eInvoiceSet } : {}), ...(result.actAbroad ? { lastActAbroad: result.actAbroad } : {}) };
  if (keptNext) return step.replaceDialog(MAIN_FLOW, { again: true, keptNext, ...shown } satisfies MainOptions);
  return step.replaceDialog(MAIN_FLOW, (result.closing ? { closing: true, ...shown } : { again: true, ...(result.nextSaid ? { nextSaid: true } : {}), ...shown }) satisfies MainOptions);
}
