/**
 * Days listed before a month said once, after the last of them: « les 3, 4 et 5 décembre » are all of December; « mardi 30 et
 * jeudi 1er avril », « 27, 28 et 1er juin » run over a month's end: the days before the drop (30 after 1er) are of the month before
 * the last day's (30 March, then 1 April), as a calendar read in order says, when they are still to come.
 */
import { makeDay } from './calendarMath';

/** The days of `numbers` (in the order said), the last one's date given by `dayOf`; undefined entries for days that cannot be. */
export function daysUpToMonth(numbers: number[], dayOf: (day: number) => string | undefined, today: string): (string | undefined)[] {
  const days = numbers.map(dayOf);
  const drop = numbers.findIndex((n, i) => i + 1 < numbers.length && n > (numbers[i + 1] as number));
  // One drop, the days after it rising to the last: those before it are of the month before the last day's.
  if (drop < 0 || numbers.slice(drop + 1).some((n, i, rest) => i + 1 < rest.length && n > (rest[i + 1] as number))) return days;
  const after = days[drop + 1];
  if (!after) return days;
  const [year, month] = [Number(after.slice(0, 4)), Number(after.slice(5, 7))];
  const before = numbers.slice(0, drop + 1).map((n) => (month === 1 ? makeDay(year - 1, 12, n) : makeDay(year, month - 1, n)));
  if (before.some((d) => !d || d < today)) return days;
  return [...before, ...days.slice(drop + 1)];
}
