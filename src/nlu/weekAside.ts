/**
 * « toutes les vacances sauf la 1ère semaine », « les vacances de février sauf la dernière semaine »: the week set aside by its rank
 * among the weeks of the days kept (weekOrdinal.ts: the Monday-to-Sunday weeks with a school day). The first week takes the days
 * before it too (the holiday's first week-end, before its first Monday), the last one the days after it. Works on prepare()d text.
 */
import { MONTH } from './dateWords';
import { pattern } from './pattern';
import { nthWeek, ORDINAL_WEEK, weekOrdinal } from './weekOrdinal';

/** A week of a month (« la 1re semaine de mars »): read as the month's, not as a rank among the days kept. */
const OF_MONTH = pattern`\\bsemaines? (?:de |d |du mois de |du mois d |en )${MONTH}\\b`;

/** The days of `kept` that the ranked week said in `clause` sets aside (empty when none is said). */
export function weekSetAside(clause: string, kept: readonly string[]): Set<string> {
  if (!ORDINAL_WEEK.test(clause) || OF_MONTH.test(clause)) return new Set();
  const n = weekOrdinal(clause);
  if (n === undefined) return new Set();
  const week = nthWeek(kept, n);
  const first = week[0];
  const last = week.at(-1);
  if (!first || !last) return new Set();
  return new Set(kept.filter((d) => (d >= first && d <= last) || (n === 1 && d < first) || (n === -1 && d > last)));
}
