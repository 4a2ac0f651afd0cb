/**
 * A booking's reference said (« annuler la réservation CSP-RES-2026-000004 », « où en est ma réservation … »,
 * the reference alone), the resident signed in: what it booked, shown; or, to cancel it, the days it booked
 * that are still booked and to come, as a basket of cancellations to confirm as usual. Another family's
 * reference, or an unknown one, is not found, said plainly.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { BookedByReference } from '../src/domain/bookingReference';
import { listDays } from '../src/domain/formats';
import type { Wish } from '../src/domain/reservations';
import type { Account } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { currentCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import { toBasket, type BookingOptions } from './bookingSteps';

/** What the reference booked, child by child: the days still booked, those no longer, those it cancelled. */
function bookedText(t: Translate, locale: string, booked: BookedByReference): string {
  const lines = [t('booking.reference.title', { reference: booked.reference, activity: booked.activityLabel })];
  for (const name of [...new Set(booked.days.map((d) => d.firstName))]) {
    const mine = booked.days.filter((d) => d.firstName === name);
    const still = mine.filter((d) => d.stillBooked).map((d) => d.day);
    const gone = mine.filter((d) => d.action === 'add' && !d.stillBooked).map((d) => d.day);
    const cancelled = mine.filter((d) => d.action === 'remove').map((d) => d.day);
    if (still.length) lines.push(t('booking.reference.booked', { name, days: listDays(locale, still) }));
    if (gone.length) lines.push(t('booking.reference.notBooked', { name, days: listDays(locale, gone) }));
    if (cancelled.length) lines.push(t('booking.reference.cancelled', { name, days: listDays(locale, cancelled) }));
  }
  return lines.join('\n');
}

export async function fromReference(deps: DialogDeps, step: WaterfallStepContext, account: Account, options: BookingOptions): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const locale = localeOf(step.context);
  const said = options.reference as NonNullable<BookingOptions['reference']>;
  const commune = await currentCommune(deps, step.context);
  const reference = `${said.prefix ?? commune?.requestPrefix ?? ''}-${said.rest}`;
  const booked = await deps.service.reservations.bookedByReference(account, reference);
  if (!booked) {
    await send(deps, step.context, { text: t('booking.reference.notFound', { reference }) });
    return step.endDialog();
  }
  if (!options.cancel) {
    await send(deps, step.context, { text: bookedText(t, locale, booked) });
    return step.endDialog();
  }
  const wishes = booked.days.filter((d) => d.stillBooked).map((d): Wish => ({ childId: d.childId, day: d.day, action: 'remove' }));
  if (wishes.length === 0) {
    await send(deps, step.context, { text: [t('booking.reference.nothingToCancel'), bookedText(t, locale, booked)].join('\n') });
    return step.endDialog();
  }
  const next: BookingOptions = { cancel: true, activityId: booked.activityId, childIds: [...new Set(wishes.map((w) => w.childId))], month: wishes[0]?.day.slice(0, 7) };
  return toBasket(deps, step, next, account, wishes);
}
