/**
 * An absence said for a day without school nor activity (« il est malade demain » on a Saturday: Sunday): there is
 * nothing to report that day, and that is said (not « nothing booked, book it »). The children's next booked day is
 * offered (« Oui » reports it, days said are taken instead, « Non » records nothing); with nothing booked ahead, the
 * days are asked.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { addDays } from '../src/domain/parisTime';
import type { Account } from '../src/domain/types';
import { bareDays } from '../src/nlu/bareDays';
import type { AnyInput } from './anyInputPrompt';
import { askChoice, notUnderstood, readChoice, yesNoOptions } from './choicePrompt';
import { numberedChoice } from './bookingSteps';
import { weekdayDay } from './calendarCard';
import { localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';

export const NO_ACTIVITY = 'absenceNoActivity';
/** How far ahead the next booked day is looked for: the week after (« malade demain » on a Saturday is not about a day a month on). */
const AHEAD_DAYS = 7;

interface Options {
  childIds?: number[];
  days?: string[];
  lead?: string;
  month?: string;
  /** The next booked day offered. */
  next?: string;
}


/**
 * When every day said has no activity at all: said so, and the next booked day offered (`NO_ACTIVITY`) or the days
 * asked again (`daysDialog`). Undefined otherwise (the absence goes on).
 */
export async function noActivityTurn<O extends Options>(deps: DialogDeps, step: WaterfallStepContext, options: O, account: Account, daysDialog: string): Promise<DialogTurnResult | undefined> {
  const days = options.days ?? [];
  if (days.length === 0 || !options.childIds?.length) return undefined;
  const closed = await deps.service.reservations.daysWithoutActivity(account, days);
  if (closed.length < days.length) return undefined;
  const t = translator(deps, step.context);
  const locale = localeOf(step.context);
  const lead = t('absence.noActivity', { days: days.map((d) => weekdayDay(locale, d)).join(', ') });
  const last = [...days].sort().at(-1) as string;
  const ahead = await deps.service.reservations.agenda(account, options.childIds, addDays(last, 1), addDays(last, AHEAD_DAYS));
  const next = ahead.map((e) => e.day).sort()[0];
  const rest = { ...options, days: undefined };
  return next ? step.replaceDialog(NO_ACTIVITY, { ...rest, next, lead }) : step.replaceDialog(daysDialog, { ...rest, lead });
}

/** Goes on with the absence for these options (the days chosen). */
export type GoOn<O> = (step: WaterfallStepContext, options: O) => Promise<DialogTurnResult>;

/** The offer's waterfall, on the prompt `promptId`: the next booked day, or other days said, or nothing. */
export function noActivitySteps<O extends Options>(deps: DialogDeps, promptId: string, goOn: GoOn<O>) {
  async function askNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(deps, step.context);
    const options = step.options as O;
    const question = t('absence.offerNextDay', { day: weekdayDay(localeOf(step.context), options.next as string) });
    return askChoice(deps, step, promptId, { text: question, options: yesNoOptions(t('absence.offer.yes'), t('absence.offer.no')) }, options.lead ? `${options.lead}\n` : '');
  }

  async function readNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(deps, step.context);
    const options = { ...(step.options as O), lead: undefined };
    const account = await signedIn(deps, step.context);
    if (!account) return step.endDialog();
    // Days said (« non lundi 8 », « le 9 »): those days, whatever the yes or no around them; not « 1 », « 2 », the options (1 January).
    const text = (step.result as AnyInput).text;
    const chosen = readChoice(step);
    const understood = numberedChoice(step, text, chosen, true) ? undefined : deps.understand(bareDays(text), [], options.month ?? options.next?.slice(0, 7));
    if (understood?.dates.length) return goOn(step, { ...options, next: undefined, days: understood.dates });
    if (chosen?.index === 0) return goOn(step, { ...options, days: [options.next as string], next: undefined });
    if (chosen?.index === 1) {
      await send(deps, step.context, { text: t('absence.nothingRecorded') });
      return step.endDialog();
    }
    return step.replaceDialog(NO_ACTIVITY, { ...options, lead: notUnderstood(t, 'choice.task.absence') });
  }

  return [askNext, readNext];
}
