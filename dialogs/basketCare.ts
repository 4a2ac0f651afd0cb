/**
 * « la garderie » (« le périscolaire ») said at a basket or at the calendar, with no day, the commune having a
 * morning and an evening care:
 * - a basket (a calendar) of one of the two cares: it is that activity, the question asked again (said for which
 *   care it is);
 * - a basket (a calendar) of another activity (the cantine): the care is asked between the two that fit its
 *   children (« Garderie du matin ou du soir ? », as the booking asks up front), else the one that fits; a
 *   basket's days are kept for it (a calendar's ticks are not, as when another activity is named there).
 * « la garderie du soir » at a basket of the evening care is the same activity too.
 * Another activity named by its own name at a basket: see otherActivityAtBasket.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { BookableActivity, Wish } from '../src/domain/reservations';
import { careSlotSaid, namesCareOnly } from '../src/nlu/activities';
import { prepare } from '../src/nlu/frenchText';
import type { Understanding } from '../src/nlu/understand';
import { send, translator, type DialogDeps } from './dialogContext';
import { otherActivity } from './bookingContext';
import { ACTIVITY, BASKET, DAYS, type BookingOptions } from './bookingSteps';

export const isCare = (b: BookableActivity): boolean => b.activity.code === 'morning' || b.activity.code === 'evening';

/** At a care's calendar or basket, « plutôt le soir », « non le matin »: that care named (the other one, or the same). */
export function withCareSlot(list: readonly BookableActivity[], activityId: number | undefined, text: string, understood: Understanding): Understanding {
  const shown = list.find((b) => b.activity.id === activityId);
  const slot = !understood.activity && shown && isCare(shown) ? careSlotSaid(prepare(text)) : undefined;
  return slot ? { ...understood, activity: slot } : understood;
}

/** Where it is said: the question asked again for the same activity, the children shown, the days kept for another care. */
interface Place {
  again: typeof BASKET | typeof DAYS;
  sameKey: string;
  childIds: readonly number[];
  days: Wish[];
}

async function careNamed(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, list: readonly BookableActivity[], text: string, understood: Understanding, at: Place): Promise<DialogTurnResult | undefined> {
  const shown = list.find((b) => b.activity.id === options.activityId);
  if (!shown || understood.dates.length > 0) return undefined;
  const careOnly = !understood.activity && namesCareOnly(prepare(text));
  const t = translator(deps, step.context);
  // Its own activity named: the question again, said for which activity it is (never « pas compris »).
  if (understood.activity === shown.activity.code || (careOnly && isCare(shown))) {
    return step.replaceDialog(at.again, { ...options, lead: t(at.sameKey, { activity: shown.activity.label }) } satisfies BookingOptions);
  }
  if (!careOnly) return undefined;
  const cares = list.filter((b) => isCare(b) && b.children.some((c) => at.childIds.includes(c.id)));
  if (cares.length === 0) return undefined;
  const names = [...new Set(list.flatMap((b) => b.children).filter((c) => at.childIds.includes(c.id)).map((c) => c.firstName))];
  const restart: BookingOptions = { ...options, basketId: undefined, basketText: undefined, afterNo: undefined, lead: undefined, month: undefined, desired: undefined, wishes: at.days, childNames: names };
  if (cares.length > 1) return step.replaceDialog(ACTIVITY, { ...restart, activityId: undefined, childIds: undefined, careOnly: true } satisfies BookingOptions);
  const care = cares[0] as BookableActivity;
  await send(deps, step.context, { text: t('booking.switched', { activity: care.activity.label }) });
  return step.replaceDialog(DAYS, { ...restart, activityId: care.activity.id, childIds: care.children.filter((c) => at.childIds.includes(c.id)).map((c) => c.id) } satisfies BookingOptions);
}

/**
 * Another activity named at a basket (« la cantine » at a basket of the evening care, « cantine pour Léa les jeudis
 * de mars »): that activity, for the children named (else the basket's) enrolled in it, with the days said (else
 * the basket's), as a new basket. Undefined when no other activity is named, or none of them is enrolled in it.
 */
export async function otherActivityAtBasket(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, list: readonly BookableActivity[], understood: Understanding, current: readonly Wish[]): Promise<DialogTurnResult | undefined> {
  if (options.activityId === undefined || !understood.activity) return undefined;
  const change = otherActivity(list, { activityId: options.activityId, childIds: [...new Set(current.map((w) => w.childId))] }, understood);
  if (change.kind !== 'switch') return undefined;
  await send(deps, step.context, { text: translator(deps, step.context)('booking.switched', { activity: change.activity.activity.label }) });
  const basketAction = current[0]?.action ?? 'add';
  const action: Wish['action'] = understood.intent === 'cancel_booking' ? 'remove' : understood.intent === 'book' ? 'add' : basketAction;
  const days = understood.dates.length ? [...understood.dates] : [...new Set(current.map((w) => w.day))];
  const restart: BookingOptions = { ...options, basketId: undefined, basketText: undefined, afterNo: undefined, lead: undefined, month: undefined, desired: undefined, cancel: action === 'remove' };
  return step.replaceDialog(DAYS, { ...restart, activityId: change.activity.activity.id, childIds: change.childIds, wishes: days.map((day): Wish => ({ childId: 0, day, action })) } satisfies BookingOptions);
}

/** At the basket: its days kept (read for the children of the care chosen next). */
export function careNamedAtBasket(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, list: readonly BookableActivity[], text: string, understood: Understanding, current: readonly Wish[]): Promise<DialogTurnResult | undefined> {
  const days = [...new Set(current.map((w) => w.day))].map((day): Wish => ({ childId: 0, day, action: current[0]?.action ?? 'add' }));
  return careNamed(deps, step, options, list, text, understood, { again: BASKET, sameKey: 'booking.basket.sameActivity', childIds: [...new Set(current.map((w) => w.childId))], days });
}

/** At the calendar: the children shown. */
export function careNamedAtCalendar(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, list: readonly BookableActivity[], text: string, understood: Understanding): Promise<DialogTurnResult | undefined> {
  return careNamed(deps, step, options, list, text, understood, { again: DAYS, sameKey: 'booking.calendar.sameActivity', childIds: options.childIds ?? [], days: [] });
}

/**
 * A child named at a basket who is not enrolled in its activity (« ajoute Léa » at Hugo's basket of the evening
 * care, Léa having the morning one): said so plainly, with that child's own cares (else activities), the basket
 * kept and asked again. Undefined when every child named is enrolled in it.
 */
export function childNotEnrolledAtBasket(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, list: readonly BookableActivity[], understood: Understanding): Promise<DialogTurnResult> | undefined {
  const shown = list.find((b) => b.activity.id === options.activityId);
  if (!shown) return undefined;
  const missing = (understood.children ?? []).filter((n) => !shown.children.some((c) => c.firstName === n));
  if (missing.length === 0) return undefined;
  const t = translator(deps, step.context);
  const theirs = list.filter((b) => b.children.some((c) => missing.includes(c.firstName)));
  const own = isCare(shown) && theirs.some(isCare) ? theirs.filter(isCare) : theirs;
  const lines = [t('booking.basket.childNotEnrolled', { names: missing.join(', '), activity: shown.activity.label })];
  if (own.length) lines.push(t('booking.basket.childOwnActivities', { names: missing.join(', '), activities: own.map((b) => b.activity.label).join(', ') }));
  return step.replaceDialog(BASKET, { ...options, lead: lines.join('\n') } satisfies BookingOptions);
}
