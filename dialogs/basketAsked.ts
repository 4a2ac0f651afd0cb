/**
 * Questions about the basket itself, asked at it: answered in place, the basket kept and its question asked again.
 * - « est-ce qu'il mange déjà le 11 ? », « Léa est déjà inscrite jeudi ? »: booked or not, for that child (else the basket's
 *   children) and those days, at the basket's activity (else the one named). Before, the booking was put aside for the list of
 *   bookings.
 * - « c'est combien en tout ? », « ça fait combien ? »: the basket's estimated cost, as shown with it (not the daily rates).
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import type { Understanding } from '../src/nlu/understand';
import { prepare } from '../src/nlu/frenchText';
import { listDays } from '../src/domain/formats';
import { localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { BASKET, BOOKING_DIALOG, PROMPT, type BookingOptions } from './bookingSteps';
import { childAt, repromptQuestion } from './questionAsked';

/** « c'est combien en tout », « ça fait combien », « combien au total », « ça va coûter combien »: the whole basket's price. */
const TOTAL = /\b(?:en tout|au total|le total|total|ca (?:me |nous )?(?:fait|fera|ferait|revient|reviendra) combien|combien (?:ca|cela) (?:(?:me |nous )?(?:fait|fera|coute|coutera|revient))|ca (?:va )?(?:me |nous )?cout\w* combien|how much (?:in all|altogether|in total)|what s the total)\b/;
/** « combien », « prix », « how much »: a price asked. */
const PRICE = /\b(?:combien|prix|montant|cout\w*|how much|total)\b/;
/** « déjà », « inscrit(e) », « réservé(e) », « il mange »: whether days are booked already. */
const BOOKED = /\b(?:deja|inscrit\w*|reserv\w*|mange\w*|already|booked)\b/;

/** The options of the basket waiting for its answer, or undefined when the booking's question is not its basket. */
function basketWaiting(innerDc: DialogContext): BookingOptions | undefined {
  const stack = childAt(innerDc, BOOKING_DIALOG)?.stack ?? [];
  if (stack.at(-1)?.id !== PROMPT || stack.at(-2)?.id !== BASKET) return undefined;
  return (stack.at(-2)?.state as { options?: BookingOptions } | undefined)?.options;
}

/** The message answered as a question about the basket, the question asked again; undefined when it is not one. */
export async function answerAtBasket(deps: DialogDeps, innerDc: DialogContext, text: string, understood: Understanding): Promise<DialogTurnResult | undefined> {
  const options = basketWaiting(innerDc);
  if (!options) return undefined;
  const said = prepare(text);
  const answer = TOTAL.test(said) && PRICE.test(said) && understood.dates.length === 0 ? options.basketCost?.join('\n') : understood.intent === 'list_bookings' && BOOKED.test(said) ? await bookedAnswer(deps, innerDc, options, understood) : undefined;
  if (!answer) return undefined;
  await send(deps, innerDc.context, { text: answer });
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}

/** How many days are said one by one at most (beyond, a range: the list of bookings is meant). */
const FEW_DAYS = 5;

/** Per child, the days said booked already and those not, at the basket's activity (else the one named). */
async function bookedAnswer(deps: DialogDeps, innerDc: DialogContext, options: BookingOptions, understood: Understanding): Promise<string | undefined> {
  const days = [...new Set(understood.dates)].sort();
  if (days.length === 0 || days.length > FEW_DAYS) return undefined;
  const account = await signedIn(deps, innerDc.context);
  if (!account) return undefined;
  const list = await deps.service.reservations.bookable(account);
  const shown = list.find((b) => (understood.activity ? b.activity.code === understood.activity : b.activity.id === options.activityId)) ?? list.find((b) => b.activity.id === options.activityId);
  if (!shown) return undefined;
  const named = understood.children ?? (understood.child ? [understood.child] : []);
  const children = shown.children.filter((c) => (named.length ? named.includes(c.firstName) : (options.childIds ?? shown.children.map((k) => k.id)).includes(c.id)));
  if (children.length === 0) return undefined;
  const entries = await deps.service.reservations.agenda(account, children.map((c) => c.id), days[0] as string, days.at(-1) as string);
  const t = translator(deps, innerDc.context);
  const locale = localeOf(innerDc.context);
  const lines = children.flatMap((child) => {
    const booked = days.filter((day) => entries.some((e) => e.childId === child.id && e.day === day && e.activity.id === shown.activity.id && (e.status === 'confirmed' || e.status === 'pending')));
    const not = days.filter((day) => !booked.includes(day));
    const at = { name: child.firstName, activity: shown.activity.label };
    return [...(booked.length ? [t('booking.basket.bookedAlready', { ...at, days: listDays(locale, booked) })] : []), ...(not.length ? [t('booking.basket.notBookedYet', { ...at, days: listDays(locale, not) })] : [])];
  });
  return lines.join('\n');
}
