/**
 * « mardi 30 et jeudi 1er avril », « les 29, 30, 31 et 1er avril », « 30 31 1 2 juin »: days listed in order before one month, the count
 * starting again at the month's turn (30, then 1): those before the turn are of the month before (a part of the date reader's lists,
 * datePasses.ts), when they are still to come. Only at a month's end and start (« le 15 et le 2 avril », out of order, stays in April).
 */
import { makeDay, monthOf, yearOf } from './calendarMath';

export function daysAcrossMonths(numbers: readonly number[], resolve: (day: number) => string | undefined, today: string): string[] {
  const plain = () => numbers.map(resolve).filter((d): d is string => !!d);
  const turns = numbers.map((n, i) => (i > 0 && n < (numbers[i - 1] as number) ? i : -1)).filter((i) => i > 0);
  if (turns.length !== 1) return plain();
  const turn = turns[0] as number;
  const before = numbers.slice(0, turn);
  const after = numbers.slice(turn);
  if (before.some((n) => n < 25) || after.some((n) => n > 10)) return plain();
  const first = resolve(after[0] as number);
  if (!first) return plain();
  const [year, month] = monthOf(first) === 1 ? [yearOf(first) - 1, 12] : [yearOf(first), monthOf(first) - 1];
  const earlier = before.map((n) => makeDay(year, month, n));
  if (earlier.some((d) => !d || d < today)) return plain();
  return [...earlier, ...after.map(resolve)].filter((d): d is string => !!d);
}
