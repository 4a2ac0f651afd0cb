/** The days of a school holiday said (« pendant les vacances de Noël », « la première semaine des vacances »), from the zone's calendar. */
import { addDays, span } from './calendarMath';
import type { Reader } from './dateReader';

/** Words a resident uses → the start of the holiday's name in the calendar, folded. */
const HOLIDAY_NAMES: Array<[RegExp, string]> = [
  [/noel/, 'noel'],
  [/toussaint/, 'toussaint'],
  [/hiver|fevrier/, 'hiver'],
  [/printemps|paques|avril/, 'printemps'],
  [/\bete\b|grandes vacances|juillet|aout/, 'ete'],
  [/ascension/, 'pont de l ascension'],
];
const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, ' ');

/**
 * The days of the next school holiday (the one under way counts), by name when one is said; not named, the next after the month on
 * screen at the calendar (« la première semaine des vacances » seen in February).
 */
export function holidayDays(r: Reader, words: string): string[] | undefined {
  const named = HOLIDAY_NAMES.find(([said]) => said.test(words))?.[1];
  const next = (r.ctx.holidays ?? [])
    .filter((h) => h.resume > (named ? r.today : r.start) && (!named || fold(h.name).startsWith(named)))
    .sort((x, y) => x.from.localeCompare(y.from))[0];
  return next ? span(next.from, addDays(next.resume, -1)) : undefined;
}
