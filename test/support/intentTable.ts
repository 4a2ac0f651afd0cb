/** A table of messages and the intent and days understand() must read in each (test/nlu/intentAudit*.test.ts). */
import { understand } from '../../src/nlu/understand';
import { schoolHolidays as holidays } from './nluRows';

export interface IntentRow {
  text: string;
  today: string;
  intent: string;
  dates: string[];
  /** Why the row is left unread for now (the test is skipped, and counted). */
  skip?: string;
}

/** A Monday, before the Christmas holidays. */
export const MONDAY = '2026-12-07';

export const row = (text: string, intent: string, dates: string[] = [], today = MONDAY, skip?: string): IntentRow => ({ text, today, intent, dates, ...(skip ? { skip } : {}) });

/** One test per row: the intent and the days read (with the learned model, as the bot reads them). */
export function checkIntents(rows: readonly IntentRow[]): void {
  for (const r of rows) {
    (r.skip ? it.skip : it)(`« ${r.text} » → ${r.intent} ${JSON.stringify(r.dates)}`, () => {
      const got = understand(r.text, { today: r.today, holidays, fallback: false });
      expect({ intent: got.intent, dates: got.dates }).toEqual({ intent: r.intent, dates: r.dates });
    });
  }
}
