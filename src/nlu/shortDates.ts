/**
 * The days written short, with figures, as in SMS: « 7/8/11 janvier » (a list), « les 12 et 13/01 », « 05/12 », « 14/12/2026 »,
 * « le 14 12 » (the slash left out). Passes of the date reader (datePasses.ts), each run at its place among the others.
 */
import { makeDay, nextDayMonth } from './calendarMath';
import type { Reader } from './dateReader';
import { DAY, fullYear, MONTH, monthNumber, WD } from './dateWords';
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
  r.pass(pattern`\\b(?:le|du|au|pour le) (${DAY}) (\\d{1,2})\\b(?! ?(?:h|heures?|ans?|mois|jours?|semaines?|euros?|eur|repas|enfants?|fois|min|minutes?)\\b)(?! ?(?:,|et|ou|au|a) ?\\d)`, (m) => {
    const day = Number(String(m[1]).replace(/\D/g, '')) || 1;
    const month = Number(m[2]);
    if (!(month >= 1 && month <= 12 && month < day)) return null;
    const d = nextDayMonth(r.today, month, day);
    return d ? [d] : null;
  });
}
