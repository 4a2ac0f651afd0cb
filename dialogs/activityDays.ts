/**
 * When a day asked is not one of the activity's days (« centre de loisirs demain » on a Thursday:
 * the Wednesday activity): when the activity runs, from its configuration (its weekdays, Wednesdays
 * or the school holidays), and the nearest days it can still be booked.
 */
import { listFormat } from '../src/domain/formats';
import { SCHOOL_WEEK } from '../src/domain/activityCalendar';
import type { Basket } from '../src/domain/reservations';
import type { Translate } from '../src/i18n';
import { weekdayAndDay } from './dateWords';

/** The lines said after the days set aside, when the basket has nearest days; none otherwise. */
export function activityDaysLines(t: Translate, locale: string, basket: Pick<Basket, 'activity' | 'nearest'>): string[] {
  if (!basket.nearest) return [];
  const { activity } = basket;
  const { runsOn } = activity.rules;
  const and = listFormat(locale, { type: 'conjunction' });
  const weekdays = and.format((activity.rules.weekdays ?? SCHOOL_WEEK).map((d) => t(`weekday.${d}`)));
  const lines = [t(`booking.runs.${runsOn}`, { activity: activity.label, days: weekdays })];
  lines.push(basket.nearest.length ? t('booking.nearest', { days: and.format(basket.nearest.map((d) => weekdayAndDay(locale, d))) }) : t('booking.nearestNone'));
  return lines;
}
