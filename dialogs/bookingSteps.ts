/**
 * What the steps of « Modifier les réservations » share: the names of its waterfalls, the options
 * carried from step to step, and the moves common to every step (another task asked, the session
 * expired, a refusal of the domain, the basket planned from the days wished).
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { isDomainError } from '../src/domain/errors';
import type { BookableActivity, Wish } from '../src/domain/reservations';
import type { Account } from '../src/domain/types';
import type { Intent } from '../src/nlu/intents';
import type { SaidBookingReference } from '../src/nlu/bookingReference';
import type { AnyInput } from './anyInputPrompt';
import { capabilitiesOf } from '../cards/channels';
import { positionOf, type ChoiceMatch } from '../src/nlu/choice';
import { fold } from '../src/nlu/yesNo';
import { activityDaysLines } from './activityDays';
import { setAsideLines, shownBasket } from './basketText';
import { currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import type { InfoResult } from './infoDialog';
import { withKeptDays } from './bookingKeptTakenBack';
import { justPastDayNextYear } from '../src/domain/basketPlan';
import { parisDay } from '../src/domain/parisTime';

export const BOOKING_DIALOG = 'booking';
export const FLOW = 'bookingFlow';
export const ACTIVITY = 'bookingActivity';
export const CHILDREN = 'bookingChildren';
export const DAYS = 'bookingDays';
export const BASKET = 'bookingBasket';
export const PROMPT = 'bookingPrompt';
export const RESUME = 'bookingResume';

/** One activity for some of the children (« Hugo à la garderie »): booked after the basket shown. */
export interface BookingPart {
  activityId: number;
  childIds: number[];
  /** The days said for it (child 0), kept as said: a change made to the basket shown before is that basket's own. */
  days?: Wish[];
}

export interface BookingOptions {
  /** The message that started the booking (« réserver la cantine les mardis de janvier pour Léa »). */
  text?: string;
  /** The request's days once corrected at the sign-in it asked for (« non pas jeudi juste vendredi »): read instead of its words'. */
  days?: string[];
  /** A calendar card submitted outside the flow (an old card): handled as if shown now. */
  submit?: Record<string, unknown>;
  cancel?: boolean;
  activityId?: number;
  childIds?: number[];
  /** Children named in the first message, kept while the activity is asked. */
  childNames?: string[];
  /** A recurrence said without its end (« tous les mercredis sauf le 25 »): read again with the answer to « Jusqu'à quand ? ». */
  openRecurrence?: string;
  /** « la garderie » said, the family having the morning and the evening care: the activity asked between those two. */
  careOnly?: boolean;
  /** The month on screen (set when the calendar is shown): a day said without a month is of it. */
  month?: string;
  /** The latest day of the booking just confirmed (« et le jeudi aussi » said next): a weekday said alone is of its week. */
  about?: string;
  /** Days wished on other months, kept while moving between months. */
  wishes?: Wish[];
  /** Days said for one child each (« mettre Léa le 12 et retirer Hugo le 25 »): to the basket with the days of child 0. */
  childDays?: Wish[];
  /** Toggles as the resident left them on the current month (after « Tout cocher »). */
  desired?: Array<[string, boolean]>;
  basketId?: number;
  /** The basket in words, as shown before « Confirmer ». */
  basketText?: string;
  /** Its estimated cost as shown (« ça fait combien ? » at the basket: basketAsked.ts). */
  basketCost?: string[];
  /** At the basket, a plain « non » was said: a second one gives up. */
  afterNo?: boolean;
  /** Why the question is asked again. */
  lead?: string;
  /** By SMS, the lead alone: the answer at the calendar was not read as days, and the same month's calendar was in the message before. */
  leadAlone?: boolean;
  /** By SMS, the basket shown again unchanged just after it was shown: said unchanged, not in full again. */
  unchanged?: boolean;
  /** Other children's own activities said in the same message (« et Hugo à la garderie »): each booked next, for the same days. */
  then?: BookingPart[];
  /** A basket of this booking was confirmed before the one shown (another child's activity): giving up keeps it. */
  saved?: boolean;
  /** A booking's reference said (« annuler la réservation CSP-RES-2026-000004 »): see bookingReferenceTurn.ts. */
  reference?: SaidBookingReference;
  /**
   * Changes of the basket said while the session had ended (the message that met it, those typed at the sign-in's
   * questions: bookingKeptAside.ts): read in order at the basket once signed in again (showBasket).
   */
  replay?: string[];
}

/** Intents that are another task than changing bookings. */
export const OTHER_TASKS: readonly Intent[] = ['report_absence', 'list_bookings', 'list_invoices', 'pay_invoice', 'opening_hours', 'contact'];

/**
 * « le 2 », « n°3 », « le deuxième » answering options shown numbered (SMS, no buttons): that option, not a day of the
 * month (the days said are dropped). Where buttons are shown, « le 2 » is a day, except at a question no day answers
 * (everyChannel: « Pour quel enfant ? »).
 */
export function numberedChoice(step: WaterfallStepContext, text: string, chosen: ChoiceMatch | undefined, everyChannel = false): boolean {
  if (!chosen || (!everyChannel && capabilitiesOf(step.context.activity.channelId).suggestedActions)) return false;
  // Not « plutôt le 2 » (days said instead): only the number, with « le », « n° », « option », « je prends ».
  const said = fold(text);
  return NUMBER_ONLY.test(said) && positionOf(said, 9) === chosen.index + 1;
}
const NUMBER_ONLY = /^(?:(?:c est|je choisis|je prends|reponse|choix|option)\s+)?(?:(?:le|la|l|numero|num|no|n)\s+)?(?:\d|premier|premiere|deuxieme|second|seconde|troisieme)$/;

/** The latest day of the wishes (« la semaine d'après » is the week after it). */
export const lastDay = (wishes: readonly Wish[]): string | undefined => wishes.map((w) => w.day).sort().at(-1);

export async function signedInAccount(deps: DialogDeps, step: WaterfallStepContext): Promise<Account | undefined> {
  return signedIn(deps, step.context);
}

/** A message for another task (« absence », « mes réservations », « horaires de la régie »): handed back to the menu. */
export function elsewhere(deps: DialogDeps, step: WaterfallStepContext, input: AnyInput): Promise<DialogTurnResult> | undefined {
  const { intent } = deps.understand(input.text);
  if (!OTHER_TASKS.includes(intent)) return undefined;
  return step.endDialog({ unhandled: input } satisfies InfoResult);
}

/** The session ended mid-task (30 minutes idle): sign in again, then back to the same step with everything kept. */
export function expired(step: WaterfallStepContext, target: string, options: BookingOptions): Promise<DialogTurnResult> {
  return step.replaceDialog(RESUME, { target, options } satisfies ResumeOptions);
}

/** What the step signing in again keeps: the step to go back to, with its options. */
export interface ResumeOptions {
  target: string;
  options: BookingOptions;
}

/** The activities the account may book, or undefined once said why there are none. */
export async function bookable(deps: DialogDeps, step: WaterfallStepContext, account: Account): Promise<BookableActivity[] | undefined> {
  const t = translator(deps, step.context);
  const commune = await currentCommune(deps, step.context);
  if (account.householdId === null) {
    await send(deps, step.context, { text: t('familyFile.notLinked', { keyName: commune?.familyKeyName ?? '' }) });
    return undefined;
  }
  const list = await deps.service.reservations.bookable(account);
  if (list.length === 0) {
    await send(deps, step.context, { text: t('booking.noEnrolment') });
    return undefined;
  }
  return list;
}

/** Says a refusal of the domain in French and ends the task; nothing was saved. */
export async function refused(deps: DialogDeps, step: WaterfallStepContext, e: unknown): Promise<DialogTurnResult> {
  if (!isDomainError(e)) throw e;
  const t = translator(deps, step.context);
  await send(deps, step.context, { text: t(`errors.${e.code}`, e.params) });
  return step.endDialog();
}

/**
 * The days wished become a basket, shown to be confirmed; none left (all set aside): back to the calendar, or, `kept`,
 * to the basket shown before (« plutôt le 2 », a Saturday: said why, the basket as it was).
 */
export async function toBasket(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, account: Account, wishes: Wish[], kept?: BookingOptions): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const locale = localeOf(step.context);
  // Every day taken out (« pas le 7 et pas le 8 »): the calendar again, said so (there is no basket of nothing).
  if (wishes.length === 0) return step.replaceDialog(DAYS, { ...options, basketId: undefined, basketText: undefined, wishes: [], lead: t('booking.basket.allTakenOut') } satisfies BookingOptions);
  try {
    // A booking put aside before for the same activity and children: its days come back into this basket, said so.
    const withKept = await withKeptDays(deps, step, account, options.activityId as number, wishes);
    const basket = await deps.service.reservations.planBasket(account, options.activityId as number, withKept ?? wishes);
    const paid = deps.renderer.isPaid(step.context.activity.channelId);
    if (basket.lines.length === 0 && kept && paid) {
      // By SMS the basket was in the message before (« cantine tous les mercredis » at it was 624 characters): why the days
      // are not kept and when the activity runs, then « Votre panier n'a pas changé » and its question.
      const lead = [...setAsideLines(t, locale, basket, true), ...activityDaysLines(t, locale, basket).slice(0, 1)].join('\n');
      return step.replaceDialog(BASKET, { ...kept, lead: lead || t('booking.basket.unchanged'), unchanged: true });
    }
    if (basket.lines.length === 0 && kept) {
      const lead = [t('booking.basket.unchanged'), ...setAsideLines(t, locale, basket), ...activityDaysLines(t, locale, basket)].join('\n');
      return step.replaceDialog(BASKET, { ...kept, lead });
    }
    if (basket.lines.length === 0) {
      // Not the activity's days: when it runs, and the calendar of the nearest day it can be booked.
      const lead = [t('booking.basket.empty'), ...setAsideLines(t, locale, basket), ...activityDaysLines(t, locale, basket)].join('\n');
      return step.replaceDialog(DAYS, { ...options, month: (basket.nearest?.[0] ?? shownDay(deps, wishes[0]?.day))?.slice(0, 7) ?? options.month, lead });
    }
    const month = options.month ?? wishes[0]?.day.slice(0, 7);
    return step.replaceDialog(BASKET, { ...options, month, basketId: basket.id, lead: withKept ? t('booking.basket.keptTakenBack') : undefined, unchanged: undefined, ...shownBasket(t, locale, basket, paid) } satisfies BookingOptions);
  } catch (e) {
    return refused(deps, step, e);
  }
}

/**
 * The day whose month the calendar shows when nothing said could be kept: « le 19 novembre » said on the 23rd is read as
 * next year's (set aside as just past): this year's, whose month still has days to book, not next year's (shown as closed).
 */
function shownDay(deps: DialogDeps, day: string | undefined): string | undefined {
  if (!day || !justPastDayNextYear(day, parisDay(deps.service.clock.now()))) return day;
  return `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
}
