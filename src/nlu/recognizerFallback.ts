/**
 * Microsoft's French date recognizer, for the expressions our own reader leaves (« la veille de
 * Noël », « le premier lundi de janvier », « cette fin de semaine », « le lendemain »). It is
 * consulted only when our reader found no day and such a word remains; its candidates are
 * narrowed to single future days. Its French models take seconds to compile: the server runs it in
 * a worker thread (recognizerWorker.ts) and passes that worker's recognize() to understand(); the
 * command-line tools and the tests use it in process (inProcess), loaded on first use, so a
 * process that never needs it does not pay for it.
 */
import type * as DateTimeRecognizers from '@microsoft/recognizers-text-date-time';
import { addDays, span } from './calendarMath';

type Recognizers = typeof DateTimeRecognizers;
let recognizers: Recognizers | undefined;

function load(): Recognizers {
  // Loaded on demand (about 0.1 s to load, 5 s to compile the French models on the first call).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  recognizers ??= require('@microsoft/recognizers-text-date-time') as Recognizers;
  return recognizers;
}

export function warmUp(): void {
  load().recognizeDateTime('le premier lundi de janvier', 'fr-fr', undefined, new Date());
}

/** What the recognizer returns that recognizeDays reads. */
export interface RecognizedDate {
  typeName: string;
  text: string;
  resolution?: unknown;
}

/** The recognizer's results for a short text; undefined when it cannot answer now (not ready yet). */
export type DateRecognizer = (text: string, reference: Date) => RecognizedDate[] | undefined;

/** A recognizer asked ahead, without holding the event loop (src/nlu/datesAhead.ts); `recognize` then answers at once. */
export interface AskedAhead {
  recognize: DateRecognizer;
  ask(text: string, reference: Date): Promise<void>;
  /** False while it cannot answer (its models compile): nothing is worth asking then. */
  ready?(): boolean;
  /** Resolves once understanding's first-use costs are paid (the server's warm-up after a start): a turn waits for it, the event loop free. */
  warm?(): Promise<void>;
}

/** In this thread: compiles the models on first use (seconds, blocking). */
export const inProcess: DateRecognizer = (text, reference) => load().recognizeDateTime(text, 'fr-fr', undefined, reference);

/** Words that our reader does not read and the recognizer does well enough. */
const HINT = /\b(?:veille|avant veille|lendemain|surlendemain|(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|dernier|derniere|[1-4](?:e|er|eme)) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jour|semaine))\b/;

export function needsFallback(unread: string): boolean {
  return HINT.test(unread);
}

/**
 * The recognizer reads about a character per millisecond, on the event loop: it is given only the
 * words around the first hints (« la veille de Noël », « le premier lundi de janvier »), never a
 * whole long message, so that one resident's long message does not hold the others' turns.
 */
export const WINDOW_BEFORE = 8;
export const WINDOW_AFTER = 32;
export const MAX_WINDOWS = 2;
/** What the recognizer reads at most, all windows together. */
export const MAX_READ = 56;

export function hintWindows(unread: string): string {
  const spans: Array<[number, number]> = [];
  for (const m of unread.matchAll(new RegExp(HINT.source, 'g'))) {
    const from = Math.max(0, m.index - WINDOW_BEFORE);
    const to = Math.min(unread.length, m.index + m[0].length + WINDOW_AFTER);
    const last = spans.at(-1);
    const read = spans.reduce((n, [a, b]) => n + b - a, 0);
    if (last && from <= last[1]) {
      if (read + to - last[1] > MAX_READ) break;
      last[1] = to;
    } else if (spans.length < MAX_WINDOWS && read + to - from <= MAX_READ) spans.push([from, to]);
    else break;
  }
  // Cut at word boundaries so that no half word is read as a date.
  return spans.map(([from, to]) => unread.slice(from, to).replace(from > 0 ? /^\S*\s/ : /^/, '').replace(to < unread.length ? /\s\S*$/ : /$/, '')).join(' . ');
}

interface Resolution {
  values?: Array<{ value?: string; start?: string; end?: string }>;
}

/**
 * Single future days (the first candidate on or after today), or a short range such as a week-end.
 * None when the recognizer cannot answer now: the turn goes on as if the phrase held no date.
 */
export function recognizeDays(unread: string, today: string, recognize: DateRecognizer = inProcess): string[] {
  const results = recognize(hintWindows(unread), new Date(`${today}T12:00:00Z`)) ?? [];
  const days = new Set<string>();
  for (const r of results) {
    const values = (r.resolution as Resolution | undefined)?.values ?? [];
    if (r.typeName === 'datetimeV2.date') {
      const future = values.map((v) => v.value ?? '').filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= today).sort()[0];
      if (future) days.add(future);
    } else if (r.typeName === 'datetimeV2.daterange' && /fin de semaine|week/.test(r.text)) {
      const v = values.find((x) => x.start && x.end && x.start >= today);
      if (v?.start && v.end) {
        const range = span(v.start, addDays(v.end, -1));
        if (range.length <= 3) range.forEach((d) => days.add(d));
      }
    }
  }
  return [...days].sort();
}
