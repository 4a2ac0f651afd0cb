/**
 * A day in the past as residents type it at a prompt (a birth date, the day of a marriage):
 * « 12 mars 1988 », « le 12 mars 88 », « 1er mars 1988 », « 12/3/88 », « 12/03/1988 »,
 * « 12-03-1988 », « 12.03.88 », « 12 03 1988 », « 12031988 », « 1988-03-12 », « née le 12/03/1988 ».
 * A two-digit year is the latest that keeps the day on or before today (« 88 » is 1988, « 10 » is
 * 2010). A day in the future written with four digits is returned as it is: the caller says so.
 *
 * And what is not a place of birth: a date, or digits alone.
 */
import { makeDay, previousDayMonth } from './calendarMath';
import { MONTH, monthNumber } from './dateWords';
import { englishDateOrder, ENGLISH } from './englishText';
import { monthFirst } from './monthFirst';
import { correctWord } from './typos';
import { pattern } from './pattern';

const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';

/**
 * Lower case, no accents, the words around the date (« le », « né le », « born on ») and the final stop removed;
 * a month in English (« June 12, 2015 », « the 3rd of March 2010 ») or with a slip (« fevirer ») as the French month, day first.
 */
function clean(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '');
  const words = englishDateOrder(plain.replace(/(?<=[a-z]|\d(?:st|nd|rd|th)?) ?, ?(?=\d)/g, ' '))
    .split(' ')
    .map(monthWord)
    .join(' ');
  return monthFirst(words)
    .replace(/^(?:(?:il|elle) est |(?:he|she|i) was )?(?:nee?s? |born |depuis |since )?(?:le |en date du |on (?:the )?|the )?/, '')
    .replace(pattern`^${WEEKDAY} `, '')
    .trim();
}

/** « june », « fevirer »: the French month; any other word as it is. */
function monthWord(word: string): string {
  const french = ENGLISH[word] ?? correctWord(word);
  return french !== word && monthNumber(french) ? french : word;
}

function yearOf(typed: string, month: number, day: number, today: string): number | undefined {
  if (typed.length === 4) return Number(typed);
  if (typed.length !== 2) return undefined;
  const recent = 2000 + Number(typed);
  const candidate = makeDay(recent, month, day);
  return candidate && candidate <= today ? recent : recent - 100;
}

const FORMS: ReadonlyArray<RegExp> = [
  // 12/03/1988, 12/3/88, 12-03-1988, 12.03.88, 12 03 1988
  /^(?<d>\d{1,2}) ?([/.-]) ?(?<m>\d{1,2}) ?\2 ?(?<y>\d{4}|\d{2})$/,
  /^(?<d>\d{1,2}) (?<m>\d{1,2}) (?<y>\d{4})$/,
  // 12031988
  /^(?<d>\d{2})(?<m>\d{2})(?<y>\d{4})$/,
  // 1988-03-12
  /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/,
  // 12 mars 1988, 1er mars 88
  pattern`^(?<d>\\d{1,2}|1 ?er|premier) (?<month>${MONTH})\\.? (?<y>\\d{4}|\\d{2})$`,
];

/** The day ('YYYY-MM-DD') a typed date means, or undefined when it is not a date of the calendar. */
export function readPastDay(text: string, today: string): string | undefined {
  const said = clean(text);
  for (const form of FORMS) {
    const g = form.exec(said)?.groups;
    if (!g?.d || !g.y) continue;
    const day = /^(1 ?er|premier)$/.test(g.d) ? 1 : Number(g.d);
    const month = g.month ? monthNumber(g.month) : Number(g.m);
    if (!month) return undefined;
    const year = yearOf(g.y, month, day, today);
    return year === undefined ? undefined : makeDay(year, month, day);
  }
  // « née le 22/07/1995 à Lyon »: the day, the place said after it aside.
  const split = dayThenPlace(text);
  return split ? readPastDay(split.day, today) : undefined;
}

/** « née le 22/07/1995 à Lyon », « 12 March 2010 in Poissy »: the words of the day (ending with its year) and the place after them, as typed. */
function dayThenPlace(text: string): { day: string; place: string } | undefined {
  const m = /^(.*\d)\s*,?\s+(?:à|a|au|in|at)\s+(.+?)[\s.!]*$/iu.exec(text.trim());
  return m ? { day: m[1] as string, place: m[2] as string } : undefined;
}

/** The place said after a past day (« née le 22/07/1995 à Lyon » → « Lyon »), when both read as such. */
export function placeAfterDay(text: string, today: string): string | undefined {
  const split = dayThenPlace(text);
  return split && readPastDay(split.day, today) && checkPlaceName(split.place, today) === 'ok' ? split.place : undefined;
}

/**
 * A day said without its year where the latest such day is meant (« depuis le 1er novembre », « 1/11 » at
 * « depuis quand habitez-vous à cette adresse ? »): that day this year, or last year's when it is still to come.
 */
export function latestDay(text: string, today: string): string | undefined {
  const said = clean(text);
  const g =
    pattern`^(?<d>\\d{1,2}|1 ?er|premier) (?<month>${MONTH})\\.?$`.exec(said)?.groups ??
    /^(?<d>\d{1,2}) ?[/.-] ?(?<m>\d{1,2})$/.exec(said)?.groups;
  if (!g?.d) return undefined;
  const month = g.month ? monthNumber(g.month) : Number(g.m);
  return month ? previousDayMonth(today, month, /^(1 ?er|premier)$/.test(g.d) ? 1 : Number(g.d)) : undefined;
}

/**
 * A month said for « depuis quand ? » (« janvier », « depuis janvier », « début mars 2025 », « mi-octobre », « fin août »):
 * its 1st (its 15th, its last day), the latest such month not after today; undefined for anything else. Only where
 * the month is enough (since when one lives at an address), never for an act's day.
 */
export function latestMonthDay(text: string, today: string): string | undefined {
  const g = pattern`^(?:(?<part>debut|mi|fin|courant)[- ]?(?:de |d |du mois de |du mois d )?|en |(?:au |le )?mois (?:de |d ))?(?<month>${MONTH})\\.?(?: (?<y>\\d{4}))?$`.exec(clean(text))?.groups;
  const month = g?.month ? monthNumber(g.month) : undefined;
  if (!g || !month) return undefined;
  const dayIn = (year: number) => (g.part === 'mi' ? 15 : g.part === 'fin' ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 1);
  if (g.y) return makeDay(Number(g.y), month, dayIn(Number(g.y)));
  const first = previousDayMonth(today, month, 1);
  if (!first) return undefined;
  const year = Number(first.slice(0, 4));
  const day = makeDay(year, month, dayIn(year));
  return day && day <= today ? day : makeDay(year - 1, month, dayIn(year - 1));
}

/** Why a typed place of birth is not one: a date, or digits alone (« 78 »); 'ok' otherwise. */
/** The text names a day (« 12/06/2015 », « 12 juin », « June 12 2015 »), whatever the year. */
export function namesADay(text: string): boolean {
  const said = clean(text);
  return /\d{1,2} ?[/.-] ?\d{1,2}(?: ?[/.-] ?\d{2,4})?/.test(said) || pattern`\\b\\d{1,2} ${MONTH}\\b`.test(said);
}

export function checkPlaceName(text: string, today: string): 'ok' | 'date' | 'number' {
  const said = clean(text);
  if (readPastDay(text, today) || namesADay(text)) return 'date';
  if ((said.match(/\p{L}/gu) ?? []).length < 2) return 'number';
  return 'ok';
}

/**
 * A day said inside a sentence (« en fait elle est née le 15 mars », « 15/03/2019 pas le 14 »),
 * for a correction: the year typed, or `year` when none is (the year of the date read back).
 */
export function pastDayIn(text: string, today: string, year: number): string | undefined {
  const said = clean(text);
  const numeric = /\b(?<d>\d{1,2}) ?[/.-] ?(?<m>\d{1,2})(?: ?[/.-] ?(?<y>\d{4}|\d{2}))?\b/.exec(said)?.groups;
  const named = pattern`\\b(?<d>\\d{1,2}|1 ?er|premier) (?<month>${MONTH})\\.?(?: (?<y>\\d{4}))?\\b`.exec(said)?.groups;
  const g = named ?? numeric;
  if (!g?.d) return undefined;
  const day = /^(1 ?er|premier)$/.test(g.d) ? 1 : Number(g.d);
  const month = g.month ? monthNumber(g.month) : Number(g.m);
  if (!month) return undefined;
  const y = g.y ? yearOf(g.y, month, day, today) : year;
  return y === undefined ? undefined : makeDay(y, month, day);
}
