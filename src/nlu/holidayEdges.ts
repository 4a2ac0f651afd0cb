/**
 * Days said from the edge of school holidays (a pass of dateBounds.ts, on prepare()d text, with the commune's zone calendar):
 * « le vendredi avant les vacances de la Toussaint », « le mercredi qui précède les vacances de Noël », « le dernier vendredi
 * avant les vacs d'hiver » (that weekday of the last school week before them), « la veille des vacances » (the last day of
 * class), « les 2 derniers jours avant les vacances » (the school days before them), « le lendemain de la rentrée des vacances d'hiver » (the day after classes start again), « le premier mercredi des
 * vacances » (that weekday in them).
 */
import type { Weekday } from '../domain/types';
import { addDays, nextWeekday, span, weekdayOf } from './calendarMath';
import type { Reader, SchoolHoliday } from './dateReader';
import { WD, weekdayWord } from './dateWords';

const HOLIDAY = '(?:noel|toussaint|hiver|fevrier|printemps|paques|ete)';
/** « les vacances (de la Toussaint) », « les grandes vacances », « la Toussaint », « Noël »… as the end of what is said before them. */
const HOLIDAYS = `(?:(?:les |des |la )?(?:prochaines? )?(?:grandes )?vacances(?: scolaires)?(?: (?:de la |de |d |du )?${HOLIDAY})?|(?:la )?(?:noel|toussaint))`;
/** « avant », « d'avant », « juste avant », « qui précède », « précédant ». */
const BEFORE = '(?:(?:juste |d )?avant|qui (?:precede|precedent)|precedant|de la semaine (?:d )?avant)';
/** « le (dernier) vendredi (juste) avant les vacances », « le mercredi qui précède les vacances de Noël ». */
const WEEKDAY_BEFORE = new RegExp(`\\b(?:le |la )?(?:(?:dernier|derniere) )?(${WD}) ${BEFORE} ${HOLIDAYS}`);
/** « la veille des vacances », « le dernier jour (d'école) avant les vacances »: the last day of class. */
const EVE = new RegExp(`\\b(?:(?:la )?veille (?=(?:des |de la )?(?:prochaines? )?(?:grandes )?vacances)|(?:le )?dernier jour (?:d ecole |de classe )?${BEFORE} )${HOLIDAYS}`);
/** « les 2 derniers jours avant les vacs de Noël », « les trois derniers jours de classe avant les vacances »: that many school days before them. */
const LAST_DAYS = new RegExp(`\\b(?:les )?(\\d|deux|trois|quatre|cinq) derniers jours (?:d ecole |de classe )?${BEFORE} ${HOLIDAYS}`);
const COUNT: Readonly<Record<string, number>> = { deux: 2, trois: 3, quatre: 4, cinq: 5 };
/** « le lendemain de la rentrée (des vacances d'hiver) », « le surlendemain de la rentrée de la Toussaint ». */
const AFTER_RESUME = new RegExp(`\\b(?:le )?(lendemain|surlendemain) de la rentree(?: (?:des |de |du )?(?:vacances(?: (?:de la |de |d |du )?${HOLIDAY})?|(?:la )?${HOLIDAY}))?\\b`);
/** « le premier mercredi des vacances (de Noël) », « le dernier vendredi des vacances d'hiver »: that weekday in the holidays. */
const WEEKDAY_IN = new RegExp(`\\b(?:le |la )?(premier|1er|deuxieme|2e|second|dernier) (${WD}) (?:de )?${HOLIDAYS}`);
/** « le jeudi d'après la rentrée (des vacances de printemps) », « le mardi suivant la rentrée »: that weekday after the day classes start again. */
const WEEKDAY_AFTER_RESUME = new RegExp(`\\b(?:le )?(${WD}) (?:d apres|apres|suivant|qui suit) la rentree(?: (?:des |de |du )?(?:vacances(?: (?:de la |de |d |du )?${HOLIDAY})?|(?:la )?${HOLIDAY}))?\\b`);
const RANK: Readonly<Record<string, number>> = { premier: 0, '1er': 0, deuxieme: 1, '2e': 1, second: 1, dernier: -1 };

const NAMES: Array<[RegExp, string]> = [
  [/noel/, 'noel'],
  [/toussaint/, 'toussaint'],
  [/hiver|fevrier/, 'hiver'],
  [/printemps|paques/, 'printemps'],
  [/\bete\b|grandes/, 'ete'],
];
const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The next holidays named by `words` (any but a bridge when none is named) that start after `today`, or (`underWay`) that are not over. */
function nextHolidays(holidays: readonly SchoolHoliday[], today: string, words: string, underWay: boolean): SchoolHoliday | undefined {
  const named = NAMES.find(([said]) => said.test(words))?.[1];
  return holidays
    .filter((h) => (underWay ? h.resume > today : h.from > today) && !fold(h.name).startsWith('pont') && (!named || fold(h.name).startsWith(named)))
    .sort((x, y) => x.from.localeCompare(y.from))[0];
}

/** The last `weekday` before `day`. */
function lastBefore(day: string, weekday: Weekday): string {
  let d = addDays(day, -1);
  while (weekdayOf(d) !== weekday) d = addDays(d, -1);
  return d;
}

export function readHolidayEdges(r: Reader): void {
  const holidays = r.ctx.holidays ?? [];
  if (holidays.length === 0) return;
  r.pass(WEEKDAY_BEFORE, (m) => {
    const h = nextHolidays(holidays, r.today, m[0], false);
    const weekday = weekdayWord(m[1] as string);
    // (no holidays of that name in the calendar: the words are left to the other passes)
    return h && weekday ? [lastBefore(h.from, weekday)] : null;
  });
  r.pass(EVE, (m) => {
    const h = nextHolidays(holidays, r.today, m[0], false);
    return h ? [addDays(h.from, -1)] : null;
  });
  r.pass(LAST_DAYS, (m) => {
    const h = nextHolidays(holidays, r.today, m[0], false);
    const count = COUNT[m[1] as string] ?? Number(m[1]);
    if (!h || !(count >= 1 && count <= 10)) return null;
    const days: string[] = [];
    for (let d = addDays(h.from, -1); days.length < count; d = addDays(d, -1)) if (!['sat', 'sun'].includes(weekdayOf(d))) days.unshift(d);
    return days.filter((d) => d >= r.today);
  });
  r.pass(WEEKDAY_IN, (m) => {
    const h = nextHolidays(holidays, r.today, m[0], true);
    const weekday = weekdayWord(m[2] as string);
    if (!h || !weekday) return null;
    const days = span(h.from, addDays(h.resume, -1)).filter((d) => weekdayOf(d) === weekday && d >= r.today);
    const rank = RANK[m[1] as string] as number;
    const day = rank === -1 ? days.at(-1) : days[rank];
    return day ? [day] : null;
  });
  r.pass(AFTER_RESUME, (m) => {
    const h = nextHolidays(holidays, r.today, m[0], true);
    return h ? [addDays(h.resume, m[1] === 'surlendemain' ? 2 : 1)] : null;
  });
  r.pass(WEEKDAY_AFTER_RESUME, (m) => {
    const h = nextHolidays(holidays, r.today, m[0], true);
    const weekday = weekdayWord(m[1] as string);
    return h && weekday ? [nextWeekday(h.resume, weekday)] : null;
  });
}
