/**
 * « la garderie » (« le périscolaire ») said at a basket, with no day, the commune having a morning and
 * an evening care:
 * - a basket of one of the two cares: it is that activity, the basket asked again (said for which care it is);
 * - a basket of another activity (the cantine): the care is asked between the two that fit the basket's
 *   children (« Garderie du matin ou du soir ? », as the booking asks up front), else the one that fits,
 *   with the basket's days kept for it.
 * « la garderie du soir » at a basket of the evening care is the same activity too.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { BookableActivity, Wish } from '../src/domain/reservations';
import { namesCareOnly } from '../src/nlu/activities';
import { prepare } from '../src/nlu/frenchText';
import type { Understanding } from '../src/nlu/understand';
import { send, translator, type DialogDeps } from './dialogContext';
import { ACTIVITY, BASKET, DAYS, type BookingOptions } from './bookingSteps';

export const isCare = (b: BookableActivity): boolean => b.activity.code === 'morning' || b.activity.code === 'evening';

/** The move for an activity named at the basket, or undefined when none is named (or days are said with it). */
export async function careNamedAtBasket(
  deps: DialogDeps,
  step: WaterfallStepContext,
  options: BookingOptions,
  list: readonly BookableActivity[],
  text: string,
  understood: Understanding,
  current: readonly Wish[],
): Promise<DialogTurnResult | undefined> {
  const basket = list.find((b) => b.activity.id === options.activityId);
  if (!basket || understood.dates.length > 0 || current.length === 0) return undefined;
  const careOnly = !understood.activity && namesCareOnly(prepare(text));
  const t = translator(deps, step.context);
  // The basket's own activity named: the basket again, said for which activity it is (never « pas compris »).
  if (understood.activity === basket.activity.code || (careOnly && isCare(basket))) {
    return step.replaceDialog(BASKET, { ...options, lead: t('booking.basket.sameActivity', { activity: basket.activity.label }) } satisfies BookingOptions);
  }
  if (!careOnly) return undefined;
  const childIds = [...new Set(current.map((w) => w.childId))];
  const cares = list.filter((b) => isCare(b) && b.children.some((c) => childIds.includes(c.id)));
  if (cares.length === 0) return undefined;
  // The basket's days, for the care chosen next (its children those of the basket enrolled there).
  const days = [...new Set(current.map((w) => w.day))].map((day): Wish => ({ childId: 0, day, action: current[0]?.action ?? 'add' }));
  const names = [...new Set(list.flatMap((b) => b.children).filter((c) => childIds.includes(c.id)).map((c) => c.firstName))];
  const restart: BookingOptions = { ...options, basketId: undefined, basketText: undefined, afterNo: undefined, lead: undefined, month: undefined, wishes: days, childNames: names };
  if (cares.length > 1) return step.replaceDialog(ACTIVITY, { ...restart, activityId: undefined, childIds: undefined, careOnly: true } satisfies BookingOptions);
  const care = cares[0] as BookableActivity;
  await send(deps, step.context, { text: t('booking.switched', { activity: care.activity.label }) });
  return step.replaceDialog(DAYS, { ...restart, activityId: care.activity.id, childIds: care.children.filter((c) => childIds.includes(c.id)).map((c) => c.id) } satisfies BookingOptions);
}
