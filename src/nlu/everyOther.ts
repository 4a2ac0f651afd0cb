/**
 * « un mercredi sur deux », « un lundi sur 2 »: every other such weekday, from the first one the period gives (a part of the
 * date reader, dates.ts). Read as « tous les mercredis », then one in two kept. (« une semaine sur deux » is a custody told, not days.)
 * Works on prepare()d text.
 */
import { weekdayOf } from './calendarMath';
import { WD, weekdayWord } from './dateWords';
import { globalPattern, pattern } from './pattern';

const ONE_IN_TWO = pattern`\\b(?:un|1) (${WD}) sur (?:deux|2)\\b`;

/** « 1 fois sur 2 le mercredi », « le mercredi une fois sur deux »: « un mercredi sur deux ». */
const ONCE_IN_TWO = globalPattern`\\b(?:(?:1|une) fois sur (?:deux|2) (?:le |les )?(${WD})|(?:le |les )?(${WD}) (?:1|une) fois sur (?:deux|2))\\b`;

/** The text with « un mercredi sur deux » read as « tous les mercredis », and the weekdays said so (empty when none). */
export function everyOtherSaid(given: string): { text: string; weekdays: string[] } {
  const text = given.replace(ONCE_IN_TWO, (_m: string, a?: string, b?: string) => `un ${((a ?? b) as string).replace(/s$/, '')} sur deux`);
  if (!ONE_IN_TWO.test(text)) return { text, weekdays: [] };
  const weekdays: string[] = [];
  const said = text.replace(globalPattern`\\b(?:un|1) (${WD}) sur (?:deux|2)\\b`, (_m: string, day: string) => {
    const weekday = weekdayWord(day);
    if (weekday) weekdays.push(weekday);
    return `tous les ${day.replace(/s$/, '')}s`;
  });
  return { text: said, weekdays };
}

/** The days with one in two of each weekday said so kept, from the first. */
export function everyOtherKept(days: readonly string[], weekdays: readonly string[]): string[] {
  if (weekdays.length === 0) return [...days];
  const seen = new Map<string, number>();
  return days.filter((day) => {
    const weekday = weekdayOf(day);
    if (!weekdays.includes(weekday)) return true;
    const rank = seen.get(weekday) ?? 0;
    seen.set(weekday, rank + 1);
    return rank % 2 === 0;
  });
}
