/**
 * French public holidays (jours fériés of metropolitan France), computed for any year:
 * fixed dates plus the three that follow Easter (lundi de Pâques, Ascension, lundi de Pentecôte).
 */
import { addDays } from './parisTime';

export type HolidayCode =
  | 'newYear'
  | 'easterMonday'
  | 'labourDay'
  | 'victory1945'
  | 'ascension'
  | 'whitMonday'
  | 'nationalDay'
  | 'assumption'
  | 'allSaints'
  | 'armistice'
  | 'christmas';

const FIXED: ReadonlyArray<readonly [string, HolidayCode]> = [
  ['01-01', 'newYear'],
  ['05-01', 'labourDay'],
  ['05-08', 'victory1945'],
  ['07-14', 'nationalDay'],
  ['08-15', 'assumption'],
  ['11-01', 'allSaints'],
  ['11-11', 'armistice'],
  ['12-25', 'christmas'],
];

/** Easter Sunday of a Gregorian year ('YYYY-MM-DD'), by the anonymous Gregorian computus. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const cache = new Map<number, ReadonlyMap<string, HolidayCode>>();

/** The public holidays of a year, by day. */
export function publicHolidays(year: number): ReadonlyMap<string, HolidayCode> {
  const known = cache.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const days = new Map<string, HolidayCode>(FIXED.map(([md, code]) => [`${year}-${md}`, code]));
  days.set(addDays(easter, 1), 'easterMonday');
  days.set(addDays(easter, 39), 'ascension');
  days.set(addDays(easter, 50), 'whitMonday');
  cache.set(year, days);
  return days;
}

/** The holiday on that day ('YYYY-MM-DD'), if any. */
export function publicHolidayOn(day: string): HolidayCode | undefined {
  return publicHolidays(Number(day.slice(0, 4))).get(day);
}

export const isPublicHoliday = (day: string): boolean => publicHolidayOn(day) !== undefined;
