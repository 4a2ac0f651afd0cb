/** The school calendar of a zone (db/reference/school-calendar-zone-*.json) as holidays for the date reader. */
import type { SchoolHoliday } from './dates';

interface CalendarFile {
  years: Array<{ holidays: Array<{ name: string; from: string; resume: string }> }>;
}

export function holidaysFrom(json: unknown): SchoolHoliday[] {
  const file = json as CalendarFile;
  return (file.years ?? []).flatMap((y) => y.holidays.map(({ name, from, resume }) => ({ name, from, resume })));
}

/** The holidays every zone has on the same days (Toussaint, Noël, summer): right whatever the commune's zone. */
export function sharedHolidays(zones: SchoolHoliday[][]): SchoolHoliday[] {
  const [first, ...others] = zones;
  const same = (a: SchoolHoliday, b: SchoolHoliday) => a.name === b.name && a.from === b.from && a.resume === b.resume;
  return (first ?? []).filter((h) => others.every((z) => z.some((o) => same(h, o))));
}
