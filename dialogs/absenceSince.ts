/**
 * « il est malade depuis hier », « absent depuis lundi »: the absence runs from that day to today, not that day alone
 * (as the guichet would note it); the parent is then told how to add tomorrow if the child is still away.
 */
import { normalize } from '../src/domain/text';
import { addDays } from '../src/domain/parisTime';

/** « depuis », « dpuis », « depui » (SMS spellings), « since ». */
const SINCE = /\b(?:depuis|depui|dpuis|dps|since)\b/;

/** The days from the one day said (before today) to today, when said « since » that day; undefined otherwise. */
export function daysSince(text: string | undefined, days: readonly string[] | undefined, today: string): string[] | undefined {
  if (!text || days?.length !== 1 || !SINCE.test(normalize(text))) return undefined;
  const from = days[0] as string;
  if (from >= today) return undefined;
  const out: string[] = [];
  for (let d = from; d <= today; d = addDays(d, 1)) out.push(d);
  return out;
}
