/**
 * The day before or after a public holiday or a date (« le lendemain de l'Ascension », « la veille du 14 juillet »,
 * « le surlendemain du lundi de Pâques », in English « the day after Ascension »: englishText.ts): that day, not the holiday.
 * A pass of the date reader (datePasses.ts, before the holidays named alone), on prepare()d text.
 */
import { publicHolidays, type HolidayCode } from '../domain/publicHolidays';
import type { Weekday } from '../domain/types';
import { addDays, nextDayMonth, nextWeekday, yearOf } from './calendarMath';
import type { Reader } from './dateReader';
import { DAY, MONTH, monthNumber, WD, weekdayWord } from './dateWords';
import { pattern } from './pattern';

/** The holidays said by their name (those said by their date are read as dates). */
const NAMED: ReadonlyArray<readonly [HolidayCode, RegExp]> = [
  ['easterMonday', /lundi de paques/],
  ['whitMonday', /pentecote/],
  ['ascension', /ascension/],
  ['allSaints', /toussaint/],
  ['newYear', /jour de l an|nouvel an/],
  ['christmas', /noel/],
  ['nationalDay', /fete nationale/],
  ['labourDay', /fete du travail/],
  ['armistice', /armistice/],
];
const NAMES = '(?:lundi de paques|(?:(?:le )?lundi de )?(?:la )?pentecote|(?:(?:le )?jeudi de )?l ascension|ascension|(?:la )?toussaint|(?:le )?jour de l an|(?:le )?nouvel an|noel|(?:la )?fete (?:nationale|du travail)|(?:l )?armistice)';
const SHIFT: Record<string, number> = { lendemain: 1, surlendemain: 2, veille: -1 };
const BESIDE = pattern`\\b(?:le (lendemain|surlendemain)|la (veille)) (?:de la |de l |du |de |d )?(?:(${DAY}) (${MONTH})\\b|(${NAMES})\\b)`;

/** The next day of a holiday, today or later. */
function nextHoliday(today: string, code: HolidayCode): string | undefined {
  return [yearOf(today), yearOf(today) + 1].flatMap((y) => [...publicHolidays(y)].filter(([d, c]) => c === code && d >= today).map(([d]) => d))[0];
}

/** « le mardi après la Pentecôte », « le lundi après l'Ascension », « le vendredi avant le lundi de Pâques »: the weekday next to the holiday. */
const WEEKDAY_BESIDE = pattern`\\b(?:le )?(${WD}) (apres|qui suit|d apres|avant|qui precede) (?:le |la |l )?(${NAMES})\\b`;

export function readHolidayNeighbours(r: Reader): void {
  r.pass(WEEKDAY_BESIDE, (m) => {
    const name = m[3] as string;
    const code = NAMED.find(([, re]) => re.test(name))?.[0];
    const holiday = code ? nextHoliday(r.today, code) : undefined;
    if (!holiday) return null;
    // Pâques and la Pentecôte said alone are their Sunday, the day before their Monday.
    const feast = /^(?:la )?pentecote$/.test(name) ? addDays(holiday, -1) : holiday;
    const weekday = weekdayWord(m[1] as string) as Weekday;
    return [/^(?:avant|qui precede)$/.test(m[2] as string) ? nextWeekday(addDays(feast, -8), weekday) : nextWeekday(feast, weekday)];
  });
  r.pass(BESIDE, (m) => {
    const shift = SHIFT[(m[1] ?? m[2]) as string] as number;
    const day = m[3] ? (/^(?:1 ?er|premier)$/.test(m[3]) ? 1 : Number(m[3])) : undefined;
    const month = m[4] ? monthNumber(m[4]) : undefined;
    const code = m[5] ? NAMED.find(([, re]) => re.test(m[5] as string))?.[0] : undefined;
    const base = day && month ? nextDayMonth(r.today, month, day) : code ? nextHoliday(r.today, code) : undefined;
    return base ? [addDays(base, shift)] : null;
  });
}
