/**
 * Scores understand() against a labelled set (test/nlu/corpus.jsonl): intent accuracy,
 * exact-set date accuracy, activity accuracy, and the lines that differ.
 */
import type { SchoolHoliday } from './dates';
import { understand } from './understand';

export interface LabelledUtterance {
  text: string;
  today: string;
  intent: string;
  dates: string[];
  activity: string | null;
}

export interface Miss {
  line: number;
  text: string;
  field: 'intent' | 'dates' | 'activity';
  expected: unknown;
  got: unknown;
}

export interface Score {
  total: number;
  intent: number;
  dates: number;
  activity: number;
  /** Utterances given a day that is not among the expected ones (a false date). */
  falseDates: number;
  misses: Miss[];
}

export function parseCorpus(text: string): LabelledUtterance[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledUtterance);
}

export function score(corpus: LabelledUtterance[], holidays: readonly SchoolHoliday[]): Score {
  const result: Score = { total: corpus.length, intent: 0, dates: 0, activity: 0, falseDates: 0, misses: [] };
  corpus.forEach((u, i) => {
    const got = understand(u.text, { today: u.today, holidays });
    const line = i + 1;
    if (got.intent === u.intent) result.intent++;
    else result.misses.push({ line, text: u.text, field: 'intent', expected: u.intent, got: got.intent });
    if (got.dates.some((d) => !u.dates.includes(d))) result.falseDates++;
    if (JSON.stringify(got.dates) === JSON.stringify(u.dates)) result.dates++;
    else result.misses.push({ line, text: u.text, field: 'dates', expected: u.dates, got: got.dates });
    if (got.activity === u.activity) result.activity++;
    else result.misses.push({ line, text: u.text, field: 'activity', expected: u.activity, got: got.activity });
  });
  return result;
}

export const percent = (n: number, total: number) => `${((100 * n) / Math.max(total, 1)).toFixed(1)} %`;
