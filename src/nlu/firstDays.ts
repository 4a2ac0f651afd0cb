/**
 * Days picked by their rank and count, a pass of the date reader (read with the bounds, before the holidays and the
 * months are): « les deux premiers mercredis de mars », « les 2 derniers lundis de juin », « les deux premiers jours après
 * les vacances », « le premier lundi de la rentrée », « the first two Wednesdays after the holidays ». Works on prepare()d text.
 */
import { publicHolidayOn } from '../domain/publicHolidays';
import { addDays, weekdayOf } from './calendarMath';
import { monthBound, type Reader } from './dateReader';
import { holidayDays } from './holidayDays';
import { MONTH, monthNumber, NUMBER, WD, weekdaysIn, weekdayWord } from './dateWords';
import { NUMBER_WORDS } from './frenchText';
import { pattern } from './pattern';
import { resumeDay } from './rentreeWeek';

const COUNT = `(?:${NUMBER}|two|three|four|five)`;
const ENGLISH: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
const count = (said: string | undefined): number => (said === undefined ? 1 : (NUMBER_WORDS[said] ?? ENGLISH[said] ?? Number(said)));
/** « premiers », « derniers », « first », « last »: from the start or from the end. */
const RANK = '(premiers?|premieres?|derniers?|dernieres?|first|last)';
/** The holidays after which: « après les vacances (de février) », « à la rentrée (des vacances) », « after the holidays ». */
const AFTER_HOLIDAYS = '(?:apres|a la rentree des|de la rentree des|au retour des|after) (?:les |the )?(?:(?:grandes )?vacances|holidays|break)(?: (?:de la |de |d |du )?(?:noel|toussaint|hiver|fevrier|printemps|paques|ete))?';
/** The rentrée named by its holidays or by its month: « de la rentrée de janvier », « à la rentrée de la Toussaint », « de la rentrée ». */
const RENTREE = `(?:de|a) la rentree(?: (?:de la |de |d |du )(noel|toussaint|hiver|printemps|paques)| (?:de|du mois de|d|en) (${MONTH}))?\\b`;
/** A school day: a weekday from Monday to Friday that is no public holiday. */
const schoolDay = (day: string): boolean => !['sat', 'sun'].includes(weekdayOf(day)) && publicHolidayOn(day) === undefined;

export function readFirstDays(r: Reader): void {
  // « les deux premiers mercredis de mars », « le dernier vendredi de juin » is read with the named days (one day).
  // (« the first two mercredis of march », « the last 2 mercredis in june »)
  r.pass(pattern`\\b(?:les (${COUNT}) ${RANK}|(?:the )?${RANK} (${COUNT})) (${WD}) (?:de|d|du mois de|du mois d|of|in) (${MONTH})\\b`, (m) => {
    const n = count(m[1] ?? m[4]);
    const last = /^(?:dern|last)/.test((m[2] ?? m[3]) as string);
    const weekday = weekdayWord(m[5] as string);
    const month = monthNumber(m[6] as string);
    if (!weekday || !month || !(n >= 2 && n <= 5)) return null;
    const days = monthBound(r, month, false).filter((d) => weekdayOf(d) === weekday);
    return { days: last ? days.slice(-n) : days.slice(0, n), bound: true };
  });
  // « les deux premiers jours après les vacances », « le premier lundi après les vacances de février », « the first two mercredis after the holidays »
  // (« le premier mardi et le premier jeudi après les vacances d'hiver », « le premier lundi et mardi après… »: each weekday's first.)
  r.pass(pattern`\\b(?:(?:les|the) (${COUNT}) (?:premiers?|premieres?|first)|(?:le |la |the )?(?:premiers?|premieres?|first)(?: (${COUNT}))?) (jours?|days?|${WD}(?:(?: ,| et|, et) (?:(?:le |la )?(?:premiers?|premieres?) )?${WD})*) ${AFTER_HOLIDAYS}`, (m) => {
    const n = count(m[1] ?? m[2]);
    const last = holidayDays(r, m[0])?.at(-1);
    const units = weekdaysIn(m[3] as string).length > 1 ? (m[3] as string).split(/ ,| et /).map((u) => u.replace(/^.* /, '')) : [m[3] as string];
    const each = units.map((unit) => firstSchoolDays(last, n, unit));
    return each.every((e) => e !== null) ? { days: [...new Set(each.flatMap((e) => e?.days ?? []))].sort(), bound: true } : null;
  });
  // « les 2 premiers jours de la rentrée de janvier », « les trois premiers jours à la rentrée de la Toussaint »: from the day classes resume.
  // (« le premier lundi de la rentrée », the day itself, is rentreeWeek.ts's.)
  r.pass(pattern`\\b(?:les (${COUNT}) (?:premiers?|premieres?)|(?:le |la )?(?:premiers?|premieres?) (${COUNT})) (jours?|${WD}) ${RENTREE}`, (m) => {
    const resume = resumeDay(r.ctx.holidays ?? [], r.today, m[4], m[5]);
    return firstSchoolDays(resume ? addDays(resume, -1) : undefined, count(m[1] ?? m[2]), m[3] as string);
  });
}

/** The first n school days (or such weekdays: « mercredis ») after the last day of holidays. */
function firstSchoolDays(last: string | undefined, n: number, unit: string): { days: string[]; bound: true } | null {
  const weekday = /^(?:jour|day)/.test(unit) ? undefined : weekdayWord(unit);
  if (!last || !(n >= 1 && n <= 10)) return null;
  const days: string[] = [];
  for (let d = addDays(last, 1); days.length < n; d = addDays(d, 1)) if (schoolDay(d) && (!weekday || weekdayOf(d) === weekday)) days.push(d);
  return { days, bound: true };
}
