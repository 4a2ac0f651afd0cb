/**
 * The days written short, with figures, as in SMS: « 7/8/11 janvier » (a list), « les 12 et 13/01 », « 05/12 », « 14/12/2026 »,
 * « le 14 12 » (the slash left out). Passes of the date reader (datePasses.ts), each run at its place among the others.
 */
import { makeDay, nextDayMonth, nextDayOfMonth } from './calendarMath';
import type { Reader } from './dateReader';
import { DAY, DAY_END, fullYear, MONTH, monthNumber, WD } from './dateWords';
import { pattern } from './pattern';

/** Days parted by slashes or dots before a month: a list. */
export function readSlashLists(r: Reader): void {
  // « 7/8/11 janvier », « 4,5,7 janvier », « 3,4 et 5 janvier » (« 4.5 , 7 », « 3.4 et 5 » once prepared): days parted by slashes or
  // dots before a month are a list, not a date (« 07/01 et 8 janvier » is a date and a day).
  r.pass(pattern`(?<![/.\\d-])\\b(?:les? )?(${DAY})((?:(?:[/.]| ?, ?| (?:et|ou) )${DAY})*[/.]${DAY}(?:(?:[/.]| ?, ?| (?:et|ou) )${DAY})*) (${MONTH})\\b`, (m) => {
    if (m[0].includes('/') && / (?:et|ou) /.test(m[0])) return null;
    const month = monthNumber(m[3] as string) as number;
    const numbers = `${m[1]} ${m[2] ?? ''}`.match(/\b(?:1 ?er|\d{1,2})\b/g) ?? [];
    return numbers.map((n) => nextDayMonth(r.today, month, /^1 ?er$/.test(n) ? 1 : Number(n))).filter((d): d is string => !!d);
  });
}

/** « les 12 et 13/01 », then dd/mm, dd/mm/yyyy, dd-mm-yyyy. */
export function readNumericDates(r: Reader): void {
  // « les 12 et 13/01 »: days sharing the month of the last one.
  r.pass(pattern`(?<![/.\\d-])\\b(?:les? )?(${DAY})((?:(?: ?,| et| ou) (?:le )?${DAY})*)(?: ?,| et| ou) (?:le )?(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?\\b`, (m) => {
    const month = Number(m[4]);
    const year = m[5] ? fullYear(m[5], r.today) : undefined;
    const numbers = [...(`${m[1]} ${m[2] ?? ''}`.match(/\b(?:1 ?er|\d{1,2})\b/g) ?? []), m[3] as string].map((n) => (/^1 ?er$/.test(n) ? 1 : Number(n)));
    const days = numbers.map((d) => (year ? makeDay(year, month, d) : nextDayMonth(r.today, month, d))).filter((d): d is string => !!d);
    return days.length === numbers.length ? days : null;
  });
  // dd/mm, dd/mm/yyyy, dd-mm-yyyy.
  r.pass(pattern`\\b(?:(?:${WD}) )?(?:le )?(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?\\b`, (m) => {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (m[3]) {
      const d = makeDay(fullYear(m[3], r.today), month, day);
      return d ? [d] : undefined;
    }
    const d = month <= 12 ? nextDayMonth(r.today, month, day) : undefined;
    return d ? [d] : undefined;
  });
}

/** « le 14 12 »: a day, then its month's number. */
export function readDayThenMonthNumber(r: Reader): void {
  // « le 14 12 » (SMS, the slash left out): a day then a smaller month number is that date, not two days (a list goes up: « le 14 15 »).
  r.pass(pattern`\\b(?:le|du|au|pour le) (${DAY}) (\\d{1,2})\\b(?! ?(?:h|heures?|ans?|mois|jours?|semaines?|euros?|eur|repas|enfants?|adultes?|personnes?|places?|parts?|fois|min|minutes?)\\b)(?! ?(?:,|et|ou|au|a) ?\\d)`, (m) => {
    const day = Number(String(m[1]).replace(/\D/g, '')) || 1;
    const month = Number(m[2]);
    if (!(month >= 1 && month <= 12 && month < day)) return null;
    const d = nextDayMonth(r.today, month, day);
    return d ? [d] : null;
  });
}

/** An activity's name (or its moment) right before bare day numbers: « cantine 14 15 17 18 », « garderie soir 3 4 ». */
const ACTIVITY_BEFORE = '(?<=\\b(?:cantine|garderie|etude|centre|accueil|periscolaire|peri|matin|soir|midi|loisirs?|alsh|clsh) )';

/**
 * « cantine 14 15 17 18 », « garderie soir 3, 4 et 7 » (SMS: no « le », no month): two or more day numbers going up, right after the
 * activity, are days of the month as « les 14 15 17 18 » would be (this month's when still to come, else the next).
 */
export function readBareNumbers(r: Reader): void {
  r.pass(pattern`${ACTIVITY_BEFORE}(${DAY})((?:(?: ?,| et)? ${DAY})+)${DAY_END}`, (m) => {
    const numbers = `${m[1]} ${m[2] ?? ''}`.match(/\b\d{1,2}\b/g)?.map(Number) ?? [];
    if (numbers.length < 2 || numbers.some((n, i) => i > 0 && n <= (numbers[i - 1] as number))) return null;
    // « garderie 16 30 »: an hour and its minutes.
    if (numbers.length === 2 && [30, 45].includes(numbers[1] as number) && (numbers[0] as number) >= 7 && (numbers[0] as number) <= 19) return null;
    const anchor = r.anchorBefore(m.index, m.index + m[0].length);
    const days = numbers.map((n) => nextDayOfMonth(anchor, n)).filter((d): d is string => !!d);
    return days.length === numbers.length ? days : null;
  });
}
