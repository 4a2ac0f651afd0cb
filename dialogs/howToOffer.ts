/**
 * « et pour réserver le mercredi comment on fait ? », « comment je fais pour signaler une absence lundi ? »: how a task
 * goes, asked with its days. The way it goes is explained, and doing it for those days is offered: « oui » next starts
 * the task with the words of the question (its days, its child, its activity); anything else goes on as usual.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { prepare } from '../src/nlu/frenchText';
import { howToTaskNamed } from '../src/nlu/howTo';
import { recognizeYesNo } from '../src/nlu/yesNo';
import { ABSENCE_DIALOG, type AbsenceOptions } from './absenceDialog';
import { BOOKING_DIALOG, type BookingOptions } from './bookingDialog';
import type { Translate } from '../src/i18n';
import type { DialogDeps } from './dialogContext';
import { MAIN_FLOW, type HowToOffered, type MainOptions } from './mainOptions';

/** The task whose way of going is asked about with its days, or undefined. */
function howToWithDays(deps: DialogDeps, text: string): HowToOffered['task'] | undefined {
  const task = howToTaskNamed(prepare(text));
  return task && deps.understand(text).dates.length > 0 ? task : undefined;
}

/** At the menu: the explanation and the offer, or undefined when the message is no such question. */
export async function explainAndOffer(deps: DialogDeps, step: WaterfallStepContext, text: string): Promise<DialogTurnResult | undefined> {
  const task = howToWithDays(deps, text);
  if (!task) return undefined;
  // The explanation and the offer are the menu's question (offerText): « Voulez-vous que je le fasse ? » is said last.
  return step.replaceDialog(MAIN_FLOW, { again: true, howToOffered: { task, text } } satisfies MainOptions);
}

/** The menu's question right after a how-to asked with its days: how the task goes, then doing it offered. */
export function offerText(t: Translate, offered: HowToOffered): string {
  return `${t(`commands.help.${offered.task}`)}\n${t(`howTo.offer.${offered.task}`)}`;
}

/** « oui » right after the offer: the task, with the question's words; undefined otherwise. */
export function takeOffer(step: WaterfallStepContext, after: MainOptions, text: string): Promise<DialogTurnResult> | undefined {
  const offered = after.howToOffered;
  if (!offered || recognizeYesNo(text)?.answer !== 'yes') return undefined;
  if (offered.task === 'absence') return step.beginDialog(ABSENCE_DIALOG, { text: offered.text } satisfies AbsenceOptions);
  return step.beginDialog(BOOKING_DIALOG, { text: offered.text } satisfies BookingOptions);
}
