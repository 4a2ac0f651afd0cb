/**
 * A list of days with its month whose days are said with their weekdays (« lundi 23 et mardi 24 novembre »): each weekday must
 * match its day (weekdayWithDay.ts).
 */
import type { Weekday } from '../domain/types';
import { nextDayMonth } from './calendarMath';
import { DAY, WD, weekdayWord } from './dateWords';
import { globalPattern } from './pattern';
import { dayMonthWithWeekday, schoolYearStart } from './weekdayWithDay';


/**
 * The days of a list with its month (« lundi 23 et mardi 24 novembre »): a day said with its weekday is read as above; when one of
 * them is the day gone this school year, the list is of this school year (« lundi 23 et 24 novembre » said on 7 December).
 */
export function listedDayOf(said: string, today: string, month: number): (day: number) => string | undefined {
  const weekdays = new Map<number, Weekday>();
  for (const m of said.matchAll(globalPattern`\\b(${WD}) (?:les? )?(${DAY})\\b`)) {
    const weekday = weekdayWord(m[1] as string);
    const day = /^(1 ?er|premier)$/.test(m[2] as string) ? 1 : Number(m[2]);
    if (weekday) weekdays.set(day, weekday);
  }
  const read = (day: number) => {
    const weekday = weekdays.get(day);
    return weekday ? dayMonthWithWeekday(today, month, day, weekday) : nextDayMonth(today, month, day);
  };
  const gone = [...weekdays.keys()].some((d) => (read(d) ?? today) < today);
  return (day) => (gone && !weekdays.has(day) ? nextDayMonth(schoolYearStart(today), month, day) : read(day));
}
