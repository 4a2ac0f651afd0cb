/**
 * « centre de loisirs jeudi et vendredi pr Roxane, c'est les vacances », « garderie lundi, vu que ce sont les vacances de février »:
 * the holidays told as what the days are (under way or a week away), beside the days asked, are the story, not every day of them
 * (a pass of dateBounds.ts). « pendant les vacances », « jeudi et vendredi des vacances » still bound the days.
 */
import { addDays } from './calendarMath';
import type { Reader } from './dateReader';
import { DAY, WD } from './dateWords';
import { pattern } from './pattern';

/** « c'est », « ce sont », « vu que c'est », « car c'est » right before the holidays. */
const TOLD_AS_NOW = /\b(?:c est|c|ce sont|ce seront|ce sera|c etait)(?: (?:deja|bien|encore))? $/;
/** Another day said in the message: a weekday or a day of the month. */
const DAY_SAID = pattern`\\b(?:${WD}|demain|apres demain|(?:le|les|du|au) ${DAY})\\b`;

/** The holidays said at `at` (their days `days`) are told as what the days asked are: under way or starting within a week. */
export function holidaysToldAsNow(r: Reader, at: number, days: readonly string[]): boolean {
  if (!TOLD_AS_NOW.test(r.source.slice(0, at)) || !DAY_SAID.test(r.source.slice(0, at))) return false;
  const first = days[0];
  const last = days.at(-1);
  return !!first && !!last && first <= addDays(r.today, 7) && last >= r.today;
}
