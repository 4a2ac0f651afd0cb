/**
 * « il est malade depuis hier », « absent depuis lundi »: the absence runs from that day to today, not that day alone
 * (as the guichet would note it); the parent is then told how to add tomorrow if the child is still away.
 */
import { normalize } from '../src/domain/text';
import { addDays } from '../src/domain/parisTime';
import { dateFormat } from '../src/domain/formats';
import type { Account } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { weekdayDay } from './calendarCard';
import type { DialogDeps } from './dialogContext';

/** « depuis », « dpuis », « depui » (SMS spellings), « since ». */
const SINCE = /\b(?:depuis|depui|dpuis|dps|since)\b/;

/** The days from the one day said (before today) to today, when said « since » that day; undefined otherwise. */
export function daysSince(text: string | undefined, days: readonly string[] | undefined, today: string): string[] | undefined {
  if (!text || days?.length !== 1 || !SINCE.test(normalize(text))) return undefined;
  const from = days[0] as string;
  if (from >= today) return undefined;
  const out: string[] = [];
  for (let d = from; d <= today; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * Said after an absence « depuis » recorded up to today: how to add the next day with school or an activity — tomorrow,
 * or Monday when said on a Saturday (it was « et demain aussi », a Sunday).
 */
export async function untilTodayLine(deps: DialogDeps, t: Translate, locale: string, account: Account, today: string): Promise<string> {
  const ahead = Array.from({ length: 7 }, (_, i) => addDays(today, i + 1));
  const closed = await deps.service.reservations.daysWithoutActivity(account, ahead);
  const next = ahead.find((day) => !closed.includes(day));
  if (!next || next === ahead[0]) return t('absence.untilToday');
  return t('absence.untilNextDay', { day: weekdayDay(locale, next), weekday: dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${next}T12:00:00Z`)) });
}
