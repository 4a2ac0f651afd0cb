/**
 * The event's day typed at its question, alone or in a sentence (« il est décédé le 2 novembre 2025 »). Without its
 * year (« le 2 novembre »): a death's is the latest such day (a recent death is the usual request); a birth's or a
 * marriage's year is asked, never guessed — unless said alone before (« on s'est mariés en 2012 »: `saidYear`).
 */
import type { ActKind } from '../src/domain/civilActs';
import { pastDayIn, readPastDay } from '../src/nlu/pastDay';

/** The day read, 'noYear' when the day is said without its year (and not guessed), undefined when no day is read. */
export function eventDayIn(kind: ActKind | undefined, text: string, today: string, saidYear?: number): string | 'noYear' | undefined {
  const day = readPastDay(text, today);
  if (day) return day;
  // The year given in place of a missing one (two leap years): the same day with both means the year was typed.
  const typed = pastDayIn(text, today, 1904);
  if (!typed) return undefined;
  if (typed === pastDayIn(text, today, 1908)) return typed;
  if (saidYear) {
    const inYear = pastDayIn(text, today, saidYear);
    if (inYear && inYear <= today) return inYear;
  }
  if (kind !== 'death') return 'noYear';
  const year = Number(today.slice(0, 4));
  const thisYear = pastDayIn(text, today, year);
  return thisYear && thisYear <= today ? thisYear : pastDayIn(text, today, year - 1);
}
