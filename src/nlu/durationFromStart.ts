/**
 * A duration counted from a start said (a pass of datePasses.ts, before counts are set aside): « il sera absent 1 semaine à partir
 * de lundi », « 2 semaines à compter du 8 mars », « pendant 10 jours à partir de demain »: the days from the start for that long
 * (whole weeks from the start day, the days of the week-end too, as « toute la semaine »).
 */
import { addDays, span } from './calendarMath';
import type { Reader } from './dateReader';
import { forward, NUMBER, parseSpec, SPEC } from './dateWords';
import { NUMBER_WORDS } from './frenchText';
import { pattern } from './pattern';

const DURATION_FROM = pattern`\\b(?:(?:pendant|durant|sur) )?(${NUMBER}) (semaines?|jours?) (?:a partir|a compter|a dater) (?:de |du |d )?(?:ce |le )?(${SPEC}|apres demain|demain)(?![/.-]?\\d)`;

export function readDurationFromStart(r: Reader): void {
  r.pass(DURATION_FROM, (m) => {
    const n = NUMBER_WORDS[m[1] as string] ?? Number(m[1]);
    const said = m[3] as string;
    const start = said === 'demain' ? addDays(r.today, 1) : said === 'apres demain' ? addDays(r.today, 2) : forward(parseSpec(said, r.today), r.today);
    const length = (m[2] as string).startsWith('semaine') ? 7 * n : n;
    return start && n > 0 && length <= 62 ? { days: span(start, addDays(start, length - 1)), bound: true } : undefined;
  });
}
