/**
 * Days of the last weeks told in a message: « suite à mon appel du 2 décembre … », « on a déménagé le 15 novembre ».
 * Read forward, a day named with its month is next year's; said on 7 December, « le 2 décembre » is the story, not a day asked.
 */
import { addDays } from './calendarMath';
import { RECENT_PAST_DAYS, type Reader } from './dateReader';

/** « suite à mon appel du 2 décembre … le mardi 8 »: beside days of the coming months, a day of the last weeks read as next year's is dropped. */
export function withoutRecentPast(r: Reader): void {
  const far = addDays(r.today, 365 - RECENT_PAST_DAYS);
  if (!r.found.some((f) => f.days.some((d) => d >= r.today && d <= far))) return;
  for (const f of r.found) if (!f.bound && f.days.length === 1 && (f.days[0] as string) > far) f.days = [];
}

