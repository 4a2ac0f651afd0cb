/**
 * The event's day typed at its question, alone or in a sentence (« il est décédé le 2 novembre 2025 »). Without its
 * year (« le 2 novembre »): a death's is the latest such day (a recent death is the usual request); a birth's or a
 * marriage's year is asked, never guessed — unless said alone before (« on s'est mariés en 2012 »: `saidYear`).
 */
import { checkEventDay, type ActKind } from '../src/domain/civilActs';
import { minorOwnAct } from '../src/domain/eligibility';
import type { Draft } from './civilActDraft';
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

/** The event's day answered: kept, or the lead to ask it again (no year, not a day, in the future…), or a minor's own act (nothing is sent). */
export function eventDayAnswer(draft: Draft, text: string, today: string): { day: string } | { leadKey: string } | 'minorOwnAct' {
  const day = eventDayIn(draft.kind, text, today, draft.eventYear);
  if (!day || day === 'noYear') return { leadKey: day ? 'civilAct.yearMissing' : 'civilAct.bad.eventDay' };
  const verdict = checkEventDay(day, today);
  if (verdict !== 'ok') return { leadKey: `civilAct.${verdict}` };
  return minorOwnAct({ ...draft, eventDay: day }, today) ? 'minorOwnAct' : { day };
}
