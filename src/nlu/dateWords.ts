/**
 * The words of dates on prepare()d text: months, weekdays, days, what may follow a day written
 * alone, and a day specification (« mardi 8 décembre », « 12/01 », « le 11 ») resolved forward
 * or backward from a reference day.
 */
import type { Weekday } from '../domain/types';
import { addDays, makeDay, nextDayMonth, nextDayOfMonth, nextWeekday, previousDayMonth, previousDayOfMonth } from './calendarMath';
import { NUMBER_WORDS } from './frenchText';
import { globalPattern, pattern } from './pattern';
import { dayMonthWithWeekday } from './weekdayWithDay';


const MONTH_WORDS: Array<[RegExp, number]> = [
  [/^jan/, 1], [/^fev/, 2], [/^mars$/, 3], [/^avr/, 4], [/^mai$/, 5], [/^juin$/, 6],
  [/^juil/, 7], [/^aout$/, 8], [/^sept/, 9], [/^oct/, 10], [/^nov/, 11], [/^dec/, 12],
];
export const MONTH = '(?:janvier|janv|jan|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec)';
const WEEKDAY_WORDS: Record<string, Weekday> = {
  lundi: 'mon', mardi: 'tue', mercredi: 'wed', jeudi: 'thu', vendredi: 'fri', samedi: 'sat', dimanche: 'sun',
};
export const WD = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?';
/** What tells weekdays are the coming ones, from today: « lundi prochain », « mardi et jeudi prochains », « lundi qui vient ». */
export const COMING = '(?:prochaine?s?|qui (?:vient|viennent|arrive|arrivent))';
/** The rest of a list of weekdays that ends with COMING: « [lundi] et mardi prochains ». */
export const COMING_LIST = new RegExp(`^(?:(?: ?,| et| ou| puis)? (?:le |les )?${WD})+ ${COMING}\\b`);
export const DAY = '(?:1er|1 er|premier|[12]\\d|3[01]|0?[1-9])';
/** A day with its month and year, a day alone, or dd/mm(/yyyy). */
export const SPEC = `(?:(?:${WD} )?(?:le )?(?:\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|${DAY}(?: ${MONTH}(?: 20\\d\\d)?)?)|${WD})`;
/**
 * An address: « 12 rue Victor Hugo », and streets named after a date, with or without their number (« rue du 8 mai 1945 »,
 * « 3 bis avenue du 14 juillet », « 2 place du 19 mars 1962 »): no day in them (« une place du 21 décembre » is one); nor in a place where
 * one lives or a school is (« on habite place du 8 mai », « l'école place du 19 mars »), nor in a school named after a date of the past
 * (« l'école du 8 mai 1945 »).
 */
export const STREET = new RegExp(`\\b(?:\\d{1,4} (?:bis |ter )?(?:rue|avenue|av|bd|boulevard|place|chemin|allee|impasse|route|quai|square|cours|residence)\\b(?: (?:du |des |de la |de l )?${DAY} ${MONTH}(?: \\d{4})?\\b)?|\\b(?:rue|avenue|av|bd|boulevard|chemin|allee|impasse|quai|square|residence|cite) (?:du |des |de la |de l )?${DAY} ${MONTH}(?: \\d{4})?\\b|(?<=\\b(?:habite|habitons|habitent|habitez|habitais|vit|vivons|vivent|domicilie|domicilies|demeurant|ecole|mairie|adresse) )place (?:du |de la )?${DAY} ${MONTH}(?: \\d{4})?\\b|\\b(?:ecole|groupe scolaire|college|lycee|gymnase|stade|maternelle|elementaire|place) (?:du |des |de la |de l )?${DAY} ${MONTH} 1\\d{3}\\b)`);
export const NUMBER = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
export { DAY_END } from './dayEnd';
/** « dans quinze jours », « dans huit jours » in words: a fortnight and a week (in digits, « dans 15 jours », the days counted). */
export const IDIOM_DAYS: Record<string, number> = { 'quinze jours': 14, 'huit jours': 7 };

export const ORDINALS: Record<string, number> = {
  premier: 1, '1er': 1, '1e': 1, deuxieme: 2, second: 2, '2e': 2, '2eme': 2, troisieme: 3, '3e': 3, '3eme': 3, quatrieme: 4, '4e': 4, '4eme': 4, dernier: -1,
};
export const monthNumber = (word: string): number | undefined => MONTH_WORDS.find(([re]) => re.test(word))?.[1];
export const weekdayWord = (word: string): Weekday | undefined => WEEKDAY_WORDS[word.replace(/s$/, '')];
export const weekdaysIn = (text: string): Weekday[] =>
  [...text.matchAll(globalPattern`\\b${WD}\\b`)].map((m) => weekdayWord(m[0]) as Weekday);


export interface Spec {
  day?: number;
  month?: number;
  year?: number;
  weekday?: Weekday;
}

/**
 * A year as written: « 2018 », or two digits, of this century up to a few years ahead, else of the last one (« 12/3/88 » is 1988,
 * « 10/12/26 » is 2026), counted from `today` ('YYYY-MM-DD'), the clock's day when not told.
 */
export function fullYear(written: string, today = new Date().toISOString()): number {
  const n = Number(written);
  if (written.length !== 2) return n;
  return n > (Number(today.slice(0, 4)) % 100) + 5 ? 1900 + n : 2000 + n;
}

export function parseSpec(text: string, today?: string): Spec {
  const numeric = /(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?/.exec(text);
  if (numeric) {
    const y = numeric[3] ? fullYear(numeric[3], today) : undefined;
    return { day: Number(numeric[1]), month: Number(numeric[2]), year: y };
  }
  const spec: Spec = {};
  const wd = pattern`\\b${WD}\\b`.exec(text);
  if (wd) spec.weekday = weekdayWord(wd[0]);
  const day = pattern`(?:^|\\s)(${DAY})(?=\\s|$)`.exec(text);
  if (day?.[1]) spec.day = /^(1 ?er|premier)$/.test(day[1]) ? 1 : Number(day[1]);
  const month = pattern`\\b(${MONTH})\\b`.exec(text);
  if (month?.[1]) spec.month = monthNumber(month[1]);
  const year = /\b((?:19|20)\d\d)\b/.exec(text);
  if (year?.[1] && spec.month) spec.year = Number(year[1]);
  return spec;
}

/** The first day on or after `from` that the spec describes. */
export function forward(spec: Spec, from: string, strictWeekday = true): string | undefined {
  if (spec.day && spec.month && spec.year) return makeDay(spec.year, spec.month, spec.day);
  if (spec.day && spec.month && spec.weekday) return dayMonthWithWeekday(from, spec.month, spec.day, spec.weekday);
  if (spec.day && spec.month) return nextDayMonth(from, spec.month, spec.day);
  if (spec.day) return nextDayOfMonth(from, spec.day, spec.weekday);
  if (spec.weekday) return strictWeekday ? nextWeekday(from, spec.weekday) : nextWeekday(addDays(from, -1), spec.weekday);
  return undefined;
}

/** The last day on or before `until` that the spec describes. */
export function backward(spec: Spec, until: string): string | undefined {
  if (spec.day && spec.month && spec.year) return makeDay(spec.year, spec.month, spec.day);
  if (spec.day && spec.month) return previousDayMonth(until, spec.month, spec.day);
  if (spec.day) return previousDayOfMonth(until, spec.day);
  if (spec.weekday) return addDays(nextWeekday(addDays(until, -7), spec.weekday), 0);
  return undefined;
}
