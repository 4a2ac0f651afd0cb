/**
 * Tables of messages and what understand() must read in each, for the NLU's audits and rounds of fixes
 * (test/nlu/dateAudit*.test.ts, heldout*Fixes.test.ts, intentTable.ts): the demo school calendar, and one test per row.
 */
import { span } from '../../src/nlu/calendarMath';
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

/** The school holidays of the demo communes (zone C). */
export const schoolHolidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));

/** A message, its « today » and the exact days read (with the learned model, as the bot reads them). */
export type DatesRow = [text: string, today: string, dates: string[]];
export const checkDates = (rows: DatesRow[]) =>
  it.each<DatesRow>(rows)('« %s » (%s)', (text, today, dates) => {
    expect(understand(text, { today, holidays: schoolHolidays }).dates).toEqual(dates);
  });

/** A message, its « today », and the intent, days and activity read by the rules alone (no learned model). */
export type ReadingRow = [text: string, today: string, intent: string, dates: string[], activity: string | null];
export const checkReadings = (rows: ReadingRow[]) =>
  it.each<ReadingRow>(rows)('« %s » (%s)', (text, today, intent, dates, activity) => {
    expect(understand(text, { today, holidays: schoolHolidays, fallback: false })).toMatchObject({ intent, dates, activity });
  });

/** A message, its « today », and the intent, days and activity read as the bot reads them (rules and learned model). */
export const checkReadingsAsBot = (rows: ReadingRow[]) =>
  it.each<ReadingRow>(rows)('« %s » (%s)', (text, today, intent, dates, activity) => {
    expect(understand(text, { today, holidays: schoolHolidays })).toMatchObject({ intent, dates, activity });
  });

/** The days less those set aside. */
export const without = (days: string[], ...out: string[]) => days.filter((d) => !out.includes(d));

/** The date audit's days (dateAudit*.test.ts): today Monday 7 December 2026, its week's days, the next week, the Noël holidays. */
export const AUDIT_DAYS = {
  MON: '2026-12-07',
  TUE: '2026-12-08',
  WED: '2026-12-09',
  FRI: '2026-12-11',
  JAN: '2027-01-05',
  NEXT_WEEK: span('2026-12-14', '2026-12-20'),
  NOEL: span('2026-12-19', '2027-01-03'),
} as const;
