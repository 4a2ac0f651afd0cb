/**
 * Days typed month first (« janvier 12 14 », « janvier 12 et 13 », « fevrier 1 2 et 4 pr Enzo », as a date is written in English):
 * the days, then the month. Read once the words are put right (« pr » is « pour », « janv » is « janvier »), so that the word after
 * the number tells a day from a count: a count is followed by what it counts, a plural or a unit (« en janvier 3 fois par semaine »,
 * « en février 2 semaines », « en mars 4 mercredis », « 1 semaine »); a day by nothing, what may follow a day (DAY_END), a year,
 * an hour or a name (« janvier 12 et 13 hugo »). Not after a day already with its month (« le 10 janvier 11 », « 1er septembre 26 »:
 * the number is then its year's two digits), nor a year (« janvier 2027 »).
 */
import { DAY_END } from './dayEnd';
import { NO_DAY_BEFORE } from './englishText';
import { PLURAL_LOOKING_NAMES } from './firstNames';

const MONTHS = '(?:janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec)';
/** What a number counts when said in the singular (« 1 semaine »); a plural (« 3 fois », « 2 repas ») counts too. */
const UNIT = '(?:semaine|jour|mois|an|heure|minute|enfant|euro|repas|fois|seance|week|day|month|year|hour|time|kid|child|meal)';
/** After the days, a year, an hour, what may follow a day, or a word not a plural; a first name even when it ends like one (« janvier 12 et 13 lucas »). */
const DAY_FOLLOWS = `\\s\\d{4}\\b|\\s\\d{1,2} ?h\\b|${DAY_END.slice(3, -1)}|\\s(?!${UNIT}\\b)[a-z]*[a-rt-wyz]\\b|\\s(?:${PLURAL_LOOKING_NAMES.join('|')})\\b`;
const MONTH_FIRST = new RegExp(`${NO_DAY_BEFORE}\\b(${MONTHS}) (\\d{1,2}(?:(?: ?,| et| ?, et|) \\d{1,2})*)\\b(?! ?(?::|\\d{1,2}\\b|h\\b))(?=${DAY_FOLLOWS})`, 'g');

export function monthFirst(text: string): string {
  return text.replace(MONTH_FIRST, (_m: string, month: string, list: string) => `${list.replace(/(?: ?,)? et /g, ' ').split(/[ ,]+/).join(' et ')} ${month}`);
}

/** « juillet du 5 au 9 », « juin, du 7 au 11 »: a range said after its month (« en juillet du 5 au 9 » is read as it is; « juin du 28 au 2 juillet » has its own). */
// (« centre aéré juillet pr Hana: du 5 au 9 et du 19 au 23 »: the child named between them is kept before the ranges, each put before the month.)
const RANGE_AFTER_MONTH = new RegExp(`(?<!\\d )(?<!\\ben )\\b(${MONTHS}) (?:, )?((?:pour [a-z]+ (?:, )?)?)((?:du|de) \\d{1,2}(?: ?er)? (?:au|a) \\d{1,2}(?:(?: ,)? et (?:du|de) \\d{1,2}(?: ?er)? (?:au|a) \\d{1,2})*)\\b(?! ?(?:${MONTHS}|[/.:h]|\\d))`, 'g');

/** The range put before its month, as French writes it: « du 5 au 9 juillet » (the date reader's text, dates.ts). */
export const rangeAfterMonth = (text: string): string => text.replace(RANGE_AFTER_MONTH, (_m: string, month: string, child: string, ranges: string) => `${child}${ranges.replace(/(\d)(?= (?:,|et\b))/g, `$1 ${month}`)} ${month}`);
