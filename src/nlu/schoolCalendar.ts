/** The school calendar of a zone (db/reference/school-calendar-zone-*.json) as holidays for the date reader. */
import type { SchoolHoliday } from './dates';

interface CalendarFile {
  years: Array<{ holidays: Array<{ name: string; from: string; resume: string }> }>;
}

export function holidaysFrom(json: unknown): SchoolHoliday[] {
  const file = json as CalendarFile;
  return (file.years ?? []).flatMap((y) => y.holidays.map(({ name, from, resume }) => ({ name, from, resume })));
}
