/** « malade depuis lundi, elle revient jeudi »: the days away, from the day said to the day before the child comes back. */
import type { Weekday } from '../domain/types';
import { addDays, nextWeekday, span } from './calendarMath';
import type { Reader } from './dateReader';
import { WD, weekdayWord } from './dateWords';
import { pattern } from './pattern';

/** The child « revient », « reprend »: the day they come back, not one missed. */
const BACK = '(?:(?:il|elle|ils|elles|on) )?(?:revient|reviendra|reviennent|reviendront|reprend|reprendra|reprennent|reprendront|retourne|retournera|rentre|rentrera)(?: (?:a l ecole|en classe|a la cantine|l ecole))?';

/**
 * « malade depuis lundi, elle revient jeudi »: every day from the last Monday (today included) to the
 * day before the coming back. Read first: the day of coming back alone is set aside in an absence.
 */
export function readAwayUntilBack(r: Reader): void {
  r.pass(pattern`\\bdepuis (?:ce |le )?(${WD}|avant hier|hier)\\b ?,?(?: (?:et|mais|donc))? ${BACK}(?: le)? (${WD})\\b`, (m) => {
    const since = m[1] as string;
    const from = since === 'hier' ? addDays(r.today, -1) : since === 'avant hier' ? addDays(r.today, -2) : nextWeekday(addDays(r.today, -7), weekdayWord(since) as Weekday);
    const back = nextWeekday(from, weekdayWord(m[2] as string) as Weekday);
    return { days: span(from, addDays(back, -1)), sinceThen: true };
  });
}
