/**
 * Days of the last weeks told in a message: « suite à mon appel du 2 décembre … », « mon père est décédé le 3 novembre ».
 * Read forward, a day named with its month is next year's; said on 7 December, « le 2 décembre » is the story, not a day asked.
 */
import { addDays } from './calendarMath';
import { RECENT_PAST_DAYS, type Reader } from './dateReader';
import { backward, DAY, MONTH, parseSpec, WD } from './dateWords';

/** « suite à mon appel du 2 décembre … le mardi 8 »: beside days of the coming months, a day of the last weeks read as next year's is dropped. */
export function withoutRecentPast(r: Reader): void {
  const far = addDays(r.today, 365 - RECENT_PAST_DAYS);
  if (!r.found.some((f) => f.days.some((d) => d >= r.today && d <= far))) return;
  for (const f of r.found) if (!f.bound && f.days.length === 1 && (f.days[0] as string) > far) f.days = [];
}

/** A death told without its year (« mon père est décédé le 3 novembre ») is the last such day, set aside like an event's. */
export function readDeathDay(r: Reader): void {
  r.pass(new RegExp(`\\bdecedee?s?(?: le| en date du| du)? (?:${WD} )?(\\d{1,2}[/.-]\\d{1,2}|${DAY} ${MONTH})\\b(?! ?[/.-]?\\d)`), (m) => {
    const day = backward(parseSpec(m[1] as string, r.today), r.today);
    return day ? { days: [day], aside: true } : null;
  });
}
