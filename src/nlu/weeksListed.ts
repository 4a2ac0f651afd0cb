/**
 * Whole weeks said in a list or by their count (a pass of dateBounds.ts, on prepare()d text):
 * « les semaines du 8 et du 15 mars » (both weeks, not the week of the 8th and the 15th alone),
 * « les 2 semaines après la rentrée », « les deux premières semaines de la rentrée des vacances de Noël » (from the Monday classes resume).
 */
import { addDays, mondayOf, span } from './calendarMath';
import type { Reader } from './dateReader';
import { DAY, forward, MONTH, parseSpec } from './dateWords';
import { resumeDay } from './rentreeWeek';

/** « les semaines du 8 et du 15 (mars) », « semaines du 1er, du 8 et du 15 » (the month, said last, is every day's). */
const WEEKS_OF = new RegExp(`\\b(?:les |des |pour les )?semaines? du (${DAY})((?:(?: ?,| et| ,? et) (?:du |celle du |la semaine du )?${DAY})+)(?: (${MONTH}))?\\b(?! ?(?:au|jusqu)\\b)`);
const COUNTS: Record<string, number> = { deux: 2, trois: 3, quatre: 4 };
const HOLIDAY = '(?:noel|toussaint|hiver|fevrier|printemps|paques|ete)';
/** « les 2 semaines après la rentrée (des vacances de printemps) », « les deux premières semaines de la rentrée de janvier ». */
const WEEKS_AFTER_RENTREE = new RegExp(
  `\\b(?:les |pendant les |pour les |durant les )(2|3|4|deux|trois|quatre) (?:premieres? )?semaines? (?:apres|de|qui suivent) la rentree(?: (?:de|du mois de|d) (${MONTH})| (?:des|de|du|apres les) vacances(?: (?:de la |de |d |du )?(${HOLIDAY}))?)?\\b`,
);

export function readWeeksListed(r: Reader): void {
  r.pass(WEEKS_OF, (m) => {
    const month = m[3] ? ` ${m[3]}` : '';
    const said = [m[1] as string, ...((m[2] as string).match(new RegExp(`\\b${DAY}\\b`, 'g')) ?? [])];
    const days: string[] = [];
    let from = r.within && r.within > r.today ? r.within : r.today;
    for (const day of said) {
      const found = forward(parseSpec(`${day}${month}`), from, false);
      if (!found) return undefined;
      const monday = mondayOf(found);
      for (const d of span(monday, addDays(monday, 6))) if (!days.includes(d)) days.push(d);
      from = found;
    }
    return { days: days.sort(), bound: true };
  });
}

/** Read before counts of weeks are set aside (« 2 semaines » is no day): datePasses.ts. */
export function readWeeksAfterRentree(r: Reader): void {
  r.pass(WEEKS_AFTER_RENTREE, (m) => {
    const count = COUNTS[m[1] as string] ?? Number(m[1]);
    const resume = resumeDay(r.ctx.holidays ?? [], r.today, m[3], m[2]);
    if (!resume) return undefined;
    const monday = mondayOf(resume);
    return { days: span(monday, addDays(monday, 7 * count - 1)), bound: true };
  });
}
