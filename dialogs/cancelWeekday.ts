/**
 * « annule le mardi », « cancel the tuesday » (a weekday alone, no date nor « prochain ») with nothing booked on the coming
 * Tuesday: the one Tuesday booked in the weeks ahead is meant (« réservé les lundi 18 et mardi 19 janvier… finalement
 * annule le mardi »). Several such days booked, or the weekday said with a date or a week, the day stays as read.
 */
import type { Account } from '../src/domain/types';
import { addDays, weekdayOf } from '../src/domain/parisTime';
import { normalize } from '../src/domain/text';
import type { DialogDeps } from './dialogContext';

const WEEKDAY = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|monday|tuesday|wednesday|thursday|friday|saturday)s?\b/g;
/** Anything that fixes the day beyond the weekday: a number, a month, a week, « prochain », « demain ». */
const DAY_FIXED = /\d|\b(?:prochaine?|suivante?|next|this|cette|ce|semaine|week|demain|tomorrow|aujourd hui|today|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|tous|chaque|every)\b/;
/** How far ahead a booked weekday is looked for. */
const WEEKS_AHEAD = 10;

export async function bookedWeekdayOf(deps: DialogDeps, account: Account, childIds: readonly number[], dates: readonly string[], text: string, activityIds?: readonly number[]): Promise<string[] | undefined> {
  const said = normalize(text).replace(/[^a-z0-9 ]+/g, ' ');
  const day = dates.length === 1 ? dates[0] : undefined;
  if (!day || childIds.length === 0 || (said.match(WEEKDAY) ?? []).length !== 1 || DAY_FIXED.test(said.replace(WEEKDAY, ' '))) return undefined;
  const agenda = (await deps.service.reservations.agenda(account, [...childIds], day, addDays(day, 7 * WEEKS_AHEAD))).filter((e) => e.status !== 'cancelled' && (!activityIds || activityIds.includes(e.activity.id)));
  if (agenda.some((e) => e.day === day)) return undefined;
  const same = [...new Set(agenda.filter((e) => weekdayOf(e.day) === weekdayOf(day)).map((e) => e.day))];
  return same.length === 1 ? same : undefined;
}
