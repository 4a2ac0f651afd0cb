/**
 * « la première semaine », « la 2e semaine », « la dernière semaine » of a period (the holidays, a basket's
 * days): its weeks are the Monday-to-Sunday weeks with a school day (Monday to Friday) among its days, so
 * that a holiday starting on a Saturday has its first week from the Monday after.
 */
import { addDays, mondayOf, span, weekdayOf } from './calendarMath';
import { MONTH } from './dateWords';

/** The ordinal week said, on normalized text (no accents, lower case). */
export const ORDINAL_WEEK =
  /\b(?:(?:la|les|sur la|pendant la|durant la|pour la|juste la|seulement la|que la) )?(?:(premiere|1ere|1re|1er|1e|1|deuxieme|seconde|2nde|2eme|2e|2|troisieme|3eme|3e|3|derniere) semaine|semaine ([123])(?![/.-]?\d| (?:et|au|a)\b))\b/;

/** The week said: 1, 2, 3, or -1 for the last one; undefined when none is said. */
export function weekOrdinal(text: string): number | undefined {
  // (« semaine 2 »: the number after the word.)
  const m = ORDINAL_WEEK.exec(text);
  const said = m?.[1] ?? m?.[2];
  if (!said) return undefined;
  if (said === 'derniere') return -1;
  return said.startsWith('p') || said.startsWith('1') ? 1 : said.startsWith('t') || said.startsWith('3') ? 3 : 2;
}

const isSchoolDay = (day: string): boolean => !['sat', 'sun'].includes(weekdayOf(day));

/** The days of the nth week of the days given (-1: the last); empty when there is no such week. `schoolDays`: its Monday to Friday only. */
export function nthWeek(days: readonly string[], n: number, schoolDays = false): string[] {
  const weeks = new Map<string, string[]>();
  for (const d of [...days].sort()) weeks.set(mondayOf(d), [...(weeks.get(mondayOf(d)) ?? []), d]);
  const withSchoolDays = [...weeks.values()].filter((w) => w.some(isSchoolDay));
  const week = (n < 0 ? withSchoolDays.at(n) : withSchoolDays[n - 1]) ?? [];
  return schoolDays ? week.filter(isSchoolDay) : week;
}

/**
 * « la 1re semaine de février », « la dernière semaine de janvier », « les 2 premières semaines de mars »: the weeks whose
 * Monday is in the month (« la dernière semaine de mars » may end in April), each Monday to Friday.
 */
export const MONTH_WEEKS = new RegExp(
  `\\b(?:(?:la|les|sur la|pendant la|durant la|pour la|toute la) )?(?:(premiere|1ere|1re|1er|1e|deuxieme|seconde|2nde|2eme|2e|troisieme|3eme|3e|quatrieme|4eme|4e|derniere)|(2|deux|3|trois) (premieres|dernieres)) semaines? (?:de |d |du mois de |du mois d |en )(${MONTH})\\b`,
);

/** The days of the weeks `MONTH_WEEKS` matched in `m`, given the days of the month it names. */
export function monthWeeks(m: RegExpExecArray, month: readonly string[]): string[] {
  const mondays = month.filter((d) => weekdayOf(d) === 'mon');
  const count = m[2] ? (/^(?:2|deux)$/.test(m[2]) ? 2 : 3) : 1;
  const one = m[1] ?? '';
  const last = one === 'derniere' || m[3] === 'dernieres';
  const nth = /^(?:p|1)/.test(one) ? 0 : /^(?:d|s|2)/.test(one) ? 1 : /^(?:t|3)/.test(one) ? 2 : 3;
  const chosen = m[2] ? (last ? mondays.slice(-count) : mondays.slice(0, count)) : last ? mondays.slice(-1) : mondays.slice(nth, nth + 1);
  return chosen.flatMap((monday) => span(monday, addDays(monday, 4)));
}
