/**
 * Days known by a name (« Noël », « le jour de l'An », « le lundi de Pâques », « le premier lundi de
 * janvier », « ce week-end »): a pass of the date reader (datePasses.ts), on prepare()d text.
 */
import { publicHolidays } from '../domain/publicHolidays';
import { WEEKDAYS, type Weekday } from '../domain/types';
import { addDays, mondayOf, monthDays, nextDayMonth, nextWeekday, weekdayOf, yearOf } from './calendarMath';
import type { Reader } from './dateReader';
import { MONTH, monthNumber, NUMBER, ORDINALS, WD, weekdayWord } from './dateWords';
import { readFirstDays } from './firstDays';
import { readHolidayNeighbours } from './holidayNeighbours';
import { NUMBER_WORDS } from './frenchText';
import { globalPattern, pattern } from './pattern';

/** What tells the feast rather than a day asked: « passer Noël », « fêter Noël en famille », « pour Noël », « après Noël », « flying out early for Christmas ». */
const FEAST_TOLD = /\b(?:passer|passe|passons|passent|passera|passerons|passeront|feter|fete|fetons|fetent|feterons|celebrer|pour|depuis|avant|apres|for|over|spend|spending|celebrate|celebrating|since|before|after)(?: (?:la|le|l|en|the))? $/;

/** Before or after the feast: « avant Noël », « after Christmas ». */
const BEFORE_AFTER = /\b(?:avant|apres|before|after)(?: (?:la|le|l|the))? $/;

/** The rank of a weekday in its month. */
const NTH = '(?:premier|1er|1e|deuxieme|second|2e|2eme|troisieme|3e|3eme|quatrieme|4e|4eme|dernier)';

/** Noël, the jour de l'An, Easter Monday…, the nth weekday of a month, week-ends. */
export function readNamedDays(r: Reader): void {
  // « le lendemain de l'Ascension », « la veille du 14 juillet »: the day beside the holiday, before the holiday alone is read.
  readHolidayNeighbours(r);
  // Named days: « Noël », « le jour de l'An », « le 14 juillet » is read with the numbers.
  r.pass(/\b(?:la )?veille de noel\b/, () => [nextDayMonth(r.today, 12, 24) as string]);
  // « la Saint-Sylvestre », « la veille du jour de l'An », « le réveillon du nouvel an » (« New Year's Eve »)
  r.pass(/\b(?:la )?(?:saint sylvestre|st sylvestre|veille du (?:jour de l an|nouvel an)|reveillon (?:du (?:jour de l an|nouvel an)|de la saint sylvestre))\b/, () => [nextDayMonth(r.today, 12, 31) as string]);
  r.pass(/\b(?:le )?lendemain de noel\b/, () => [nextDayMonth(r.today, 12, 26) as string]);
  // (« mes parents viennent passer Noël chez nous… annuler le 21, 22 et 23 »: the feast told, kept only when no other day is said.)
  // (« née le jour de Noël 2022 »: with its year, that year's, as a date written in full.)
  // (« la cantine avant Noël », « after Christmas »: a time before or after it, not the day.)
  r.pass(/\b(?:le )?(?:jour de noel|noel)(?: ((?:19|20)\d\d))?\b/, (m) =>
    BEFORE_AFTER.test(r.source.slice(0, m.index))
      ? undefined
      : { days: [m[1] ? `${m[1]}-12-25` : (nextDayMonth(r.today, 12, 25) as string)], aside: FEAST_TOLD.test(r.source.slice(0, m.index)) },
  );
  r.pass(/\b(?:le )?(?:jour de l an|nouvel an|premier de l an)(?: ((?:19|20)\d\d))?\b/, (m) => [m[1] ? `${m[1]}-01-01` : (nextDayMonth(r.today, 1, 1) as string)]);
  // « le vendredi de l'Ascension », « le mardi de (la) Pentecôte »: that weekday of the feast's week (the Friday of the Ascension bridge).
  r.pass(pattern`\\b(?:le )?(${WD}) (?:de l ascension|de (?:la )?pentecote)\\b`, (m) => {
    const code = m[0].includes('pentecote') ? 'whitMonday' : 'ascension';
    const weekday = weekdayWord(m[1] as string) as Weekday;
    for (let y = yearOf(r.today); y <= yearOf(r.today) + 1; y++) {
      const feast = [...publicHolidays(y)].find(([, c]) => c === code)?.[0];
      const day = feast ? addDays(mondayOf(feast), WEEKDAYS.indexOf(weekday)) : undefined;
      // (« le lundi de Pentecôte », the feast itself: a public holiday, as below.)
      if (day && day >= r.today) return day === feast && code === 'whitMonday' ? { days: [day], aside: true } : [day];
    }
    return undefined;
  });
  // (« le lundi de Pâques, Mathis restera avec nous, … la cantine le mardi 30 et le jeudi 1er »: a public holiday, no school, beside
  // the days asked is the story: kept only when no other day is, as an event's day.)
  r.pass(/\b(?:le )?(?:lundi de paques|lundi de pentecote|(?:jeudi de l )?ascension)\b/, (m) => {
    const code = m[0].includes('paques') ? 'easterMonday' : m[0].includes('pentecote') ? 'whitMonday' : 'ascension';
    for (let y = yearOf(r.today); y <= yearOf(r.today) + 1; y++) {
      const day = [...publicHolidays(y)].find(([d, c]) => c === code && d >= r.today)?.[0];
      if (day) return { days: [day], aside: true };
    }
    return undefined;
  });
  // « le premier lundi de janvier », « le dernier vendredi de novembre », « le premier et le troisième mercredi de mars ».
  r.pass(pattern`\\b(${NTH}(?:(?: ,| et| ou) (?:le )?${NTH})*) (${WD}) (?:de |d |du mois de |du mois d )(${MONTH})\\b`, (m) => {
    const month = monthNumber(m[3] as string) as number;
    const weekday = weekdayWord(m[2] as string) as Weekday;
    const ranks = (m[1] as string).match(globalPattern`${NTH}`) ?? [];
    for (const year of [yearOf(r.today), yearOf(r.today) + 1]) {
      const matching = monthDays(year, month).filter((d) => weekdayOf(d) === weekday);
      const days = ranks.map((nth) => ORDINALS[nth] ?? 1).map((n) => (n === -1 ? matching.at(-1) : matching[n - 1])).filter((d): d is string => !!d);
      if (days.length > 0 && days.every((d) => d >= r.today)) return days;
    }
    return undefined;
  });
  // « ce week-end », « le week-end prochain »: the coming Saturday and Sunday.
  r.pass(/\b(?:ce|le|cette|du|pour le) (?:week end|fin de semaine)(?: prochain)?\b/, () => {
    const saturday = weekdayOf(r.today) === 'sun' ? addDays(r.today, -1) : nextWeekday(addDays(r.today, -1), 'sat');
    return [saturday, addDays(saturday, 1)].filter((d) => d >= r.today);
  });
}

/** « les 2 prochains lundis », « les trois mercredis qui viennent »: that many of the weekday, from the next one. */
export function readComingWeekdays(r: Reader): void {
  r.pass(pattern`\\bles (${NUMBER}) (?:prochaine?s (${WD})|(${WD}) (?:prochains|suivants|a venir|qui viennent))\\b`, (m) => {
    const n = NUMBER_WORDS[m[1] as string] ?? Number(m[1]);
    const weekday = weekdayWord((m[2] ?? m[3]) as string);
    if (!weekday || !(n >= 1 && n <= 12)) return null;
    const first = nextWeekday(r.today, weekday);
    return Array.from({ length: n }, (_, i) => addDays(first, 7 * i));
  });
  // « les deux premiers mercredis de mars », « les deux premiers jours après les vacances »: by their rank, that many.
  readFirstDays(r);
}
