/**
 * A weekday placed by the week it falls in: « dans 3 semaines le lundi », « jeudi dans 2 semaines » (that weekday of the week
 * three, two weeks from now), « mardi 15 et le mercredi de la même semaine » (that weekday of the week of the day said before).
 */
import { globalPattern, pattern } from './pattern';
import { WEEKDAYS, type Weekday } from '../domain/types';
import { addDays, mondayOf } from './calendarMath';
import type { Reader } from './dateReader';
import { NUMBER, WD, weekdayWord } from './dateWords';
import { NUMBER_WORDS } from './frenchText';

const thatWeekday = (day: string, word: string) => addDays(mondayOf(day), WEEKDAYS.indexOf(weekdayWord(word) as Weekday));

/** « dans 3 semaines le lundi », « le jeudi dans 2 semaines »: that weekday of the week so far ahead. */
export function readWeeksAhead(r: Reader): void {
  r.pass(pattern`\\bdans (${NUMBER}) semaines? ,? ?(?:le |un |ce )?(${WD})\\b|\\b(?:le |un |ce )?(${WD}) dans (${NUMBER}) semaines?\\b`, (m) => {
    const said = (m[1] ?? m[4]) as string;
    const n = NUMBER_WORDS[said] ?? Number(said);
    if (!(n > 0 && n < 60)) return undefined;
    const day = thatWeekday(addDays(r.today, 7 * n), (m[2] ?? m[3]) as string);
    return day >= r.today ? [day] : undefined;
  });
}

/**
 * « mardi 15 et le mercredi de la même semaine »: that weekday of the week of the day read before it.
 * Once every day is read (the weekday may be read by any pass), its days are set again.
 */
export function readSameWeek(r: Reader): void {
  for (const m of r.source.matchAll(globalPattern`\\b(?:le )?(${WD}) (?:de|dans) la meme semaine\\b`)) {
    const inside = r.found.filter((f) => f.at >= m.index && f.at < m.index + m[0].length);
    const before = r.found.filter((f) => f.at < m.index && f.days.length > 0).sort((a, b) => b.at - a.at)[0];
    const last = before ? [...before.days].sort().at(-1) : undefined;
    if (!last) continue;
    inside.forEach((f, i) => {
      f.days = i === 0 ? [thatWeekday(last, m[1] as string)] : [];
    });
  }
}
