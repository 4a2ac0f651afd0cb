/**
 * « garderie tous les mardis et vendredis après les vacances jusqu'à fin mai », « cantine le lundi après les vacances de printemps
 * jusqu'au 30 juin »: a weekday recurrence said to start after the holidays starts on the day classes resume (said during the
 * holidays or before them, the weekdays of the holidays, or before them, are not asked). Run after the days are read
 * (datePasses.ts), on the recurrences only: « le lundi après les vacances », one day, is read by rentreeWeek.ts.
 */
import type { Reader } from './dateReader';
import { resumeDay } from './rentreeWeek';

const AFTER_HOLIDAYS = /\b(?:apres|a la fin des|a partir de la fin des|des la fin des) (?:les |des )?vacances(?: scolaires)?(?: (?:de la |de |d |du )?(noel|toussaint|hiver|fevrier|printemps|paques|ete))?\b/;

export function recurrenceAfterHolidays(r: Reader): void {
  const m = AFTER_HOLIDAYS.exec(r.source);
  if (!m) return;
  const resume = resumeDay(r.ctx.holidays ?? [], r.today, m[1]);
  if (!resume) return;
  for (const f of r.found) {
    if (!f.recurring || f.days.length === 0) continue;
    const after = f.days.filter((d) => d >= resume);
    if (after.length > 0) f.days = after;
  }
}
