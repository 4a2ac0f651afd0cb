/**
 * A calendar card's submit in « Modifier les réservations »: a change of month, « Tout cocher /
 * Tout décocher », or « Valider ». An old card is read as if shown now (a stale one says so); the
 * days ticked on other months are kept.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { mergeWishes, wishesFromSubmit } from './calendarCard';
import { send, translator, type DialogDeps } from './dialogContext';
import { DAYS, expired, refused, signedInAccount, toBasket, type BookingOptions } from './bookingSteps';

export async function handleSubmit(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, value: Record<string, unknown>): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const account = await signedInAccount(deps, step);
  if (!account) return expired(step, DAYS, { ...options, submit: value });
  const month = typeof value.month === 'string' && /^\d{4}-\d{2}$/.test(value.month) ? value.month : undefined;
  const activityId = Number(value.activityId);
  const childIds = String(value.children ?? '').split(',').filter((s) => /^\d+$/.test(s)).map(Number);
  if (!month || !Number.isInteger(activityId) || childIds.length === 0) {
    await send(deps, step.context, { text: t('booking.badSubmit') });
    return step.replaceDialog(DAYS, { ...options, lead: undefined });
  }
  const { wishes } = wishesFromSubmit(month, value);
  const base: BookingOptions = { ...options, activityId, childIds, month, lead: undefined, desired: undefined };
  try {
    await deps.service.reservations.checkCardDays(account, month, wishes);
    const view = await deps.service.reservations.calendar(account, activityId, childIds, month);
    const stale = typeof value.v === 'string' && value.v !== view.version;
    const kept = mergeWishes(options.wishes ?? [], wishes, month);
    const lead = stale ? t('booking.staleCard') : undefined;
    if (value.calendar === 'month' && typeof value.to === 'string' && /^\d{4}-\d{2}$/.test(value.to)) {
      return step.replaceDialog(DAYS, { ...base, month: value.to, wishes: kept, lead });
    }
    if (value.calendar === 'all' || value.calendar === 'none') {
      const on = value.calendar === 'all';
      const all: Array<[string, boolean]> = view.children.flatMap(({ child, days }) =>
        days.filter((d) => d.state.kind === 'open' || d.state.kind === 'late' || (d.state.kind === 'cancelOnly' && !on)).map((d): [string, boolean] => [`d_${child.id}_${d.day}`, on]),
      );
      return step.replaceDialog(DAYS, { ...base, wishes: kept.filter((w) => !w.day.startsWith(month)), desired: all, lead });
    }
    if (kept.length === 0) return step.replaceDialog(DAYS, { ...base, wishes: [], lead: [lead, t('booking.nothingChanged')].filter(Boolean).join('\n') });
    if (lead) await send(deps, step.context, { text: lead });
    return toBasket(deps, step, { ...base, wishes: [] }, account, kept);
  } catch (e) {
    return refused(deps, step, e);
  }
}
