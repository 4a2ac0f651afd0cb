/**
 * Two ranges of days with one month said after the second, a part of the date reader (dates.ts; prepare()d text): « du 21 au 24 puis du
 * 28 au 31 décembre », « du 5 au 9 et du 19 au 23 juillet »: the first is of that month too (read alone, it would be the next such days),
 * when it ends before the second starts. Written « du 21 au 24 décembre puis du 28 au 31 décembre ».
 */
import { DAY, MONTH, WD } from './dateWords';

const TWO_RANGES = new RegExp(`\\b(du (?:${WD} )?(${DAY}) au (?:${WD} )?(${DAY}))( ,)?( (?:et|puis|ainsi que|,) (?:(?:et|puis) )?(?:aussi )?du (?:${WD} )?(${DAY}) au (?:${WD} )?(${DAY}) (${MONTH})\\b)`, 'g');

const dayNumber = (said: string): number => (/^(?:1 ?er|premier)$/.test(said) ? 1 : Number(said));

export function rangesSharingMonth(text: string): string {
  return text.replace(TWO_RANGES, (m: string, first: string, _from: string, to: string, comma: string | undefined, rest: string, start: string, _end: string, month: string) =>
    (dayNumber(to) < dayNumber(start) ? `${first} ${month}${comma ?? ''}${rest}` : m));
}
