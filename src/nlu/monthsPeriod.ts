/**
 * A practical question about a season or several months (« le SEJ est ouvert cet été ? », « en juillet et août ? »): the
 * period they cover, the coming one (this year's while it is not over). A single month is read with the dates
 * (dialogs/infoAnswers.ts withPeriod); these were answered for now.
 */
import { MONTH, monthNumber } from './dateWords';
import { fold } from './yesNo';

const SUMMER = /\b(?:(?:cet|cette|l|en|pendant l|durant l|tout l) ete|(?:this|the|in|over the|during the|during) summer)\b/;
const MONTHS = new RegExp(`\\b${MONTH}\\b`, 'g');

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** From the first of `first` to the end of `last` (months 1-12), the coming such run of months as of `today` (YYYY-MM-DD). */
function span(first: number, last: number, today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const endYear = (last < month ? year + 1 : year) + (last < first && last >= month ? 1 : 0);
  const startYear = last < first ? endYear - 1 : endYear;
  return { from: `${startYear}-${pad(first)}-01`, to: `${endYear}-${pad(last)}-${pad(lastDay(endYear, last))}` };
}

export function monthsPeriod(text: string, today: string): { from: string; to: string } | undefined {
  const said = fold(text);
  if (SUMMER.test(said)) return span(7, 8, today);
  const months = [...said.matchAll(MONTHS)].map((m) => monthNumber(m[0])).filter((n): n is number => n !== undefined);
  const distinct = [...new Set(months)];
  if (distinct.length < 2) return undefined;
  return span(distinct[0] as number, distinct.at(-1) as number, today);
}
