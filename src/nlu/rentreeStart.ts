/**
 * « tous les lundis à partir de la rentrée de février », « dès la rentrée de janvier, cantine le mardi »: the month named is the one classes
 * resume in, and the days start on that day (in zone C the February rentrée is the 22nd: the Mondays of February before it are holidays
 * or not asked). Run after the days are read (datePasses.ts), on the days read in that month; « jusqu'au … » after it is read as a
 * range from the rentrée already (dateBounds.ts).
 */
import type { Reader } from './dateReader';
import { MONTH } from './dateWords';
import { resumeDay } from './rentreeWeek';

const FROM_RENTREE = new RegExp(`\\b(?:a partir de|a compter de|des|depuis) la rentree (?:de|du mois de|d) (${MONTH})\\b`);

export function startAtRentree(r: Reader): void {
  const m = FROM_RENTREE.exec(r.source);
  if (!m) return;
  const resume = resumeDay(r.ctx.holidays ?? [], r.today, undefined, m[1]);
  if (!resume) return;
  const month = resume.slice(0, 7);
  for (const f of r.found) if (f.days.length > 0 && f.days.every((d) => d.startsWith(month))) f.days = f.days.filter((d) => d >= resume);
}
