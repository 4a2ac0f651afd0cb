/** Days said in words: kept per formatter, the same text however often asked, in each language, and after many other days. */
import { constantOptions, dateFormat, listDays, sayDay } from '../../src/domain/formats';
import { monthName, weekdayDay } from '../../dialogs/calendarCard';

describe('days said in words', () => {
  it('says each day as the formatter does, asked again, in each language, after more days than are kept', () => {
    const days = Array.from({ length: 1500 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i, 12)).toISOString().slice(0, 10));
    const differ: string[] = [];
    for (const locale of ['fr', 'en']) {
      const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
      const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const day of [...days, ...[...days].reverse()]) {
        if (weekdayDay(locale, day) !== weekday.format(new Date(`${day}T12:00:00Z`))) differ.push(`${locale} ${day}`);
        if (monthName(locale, day.slice(0, 7)) !== month.format(new Date(`${day.slice(0, 7)}-01T12:00:00Z`))) differ.push(`${locale} ${day.slice(0, 7)}`);
      }
    }
    expect(differ).toEqual([]);
    expect(weekdayDay('fr', '2026-12-07')).toBe('lundi 7 décembre');
    expect(listDays('fr', ['2027-01-05', '2026-12-04', '2026-12-01', '2026-12-03'])).toBe('1, 3 et 4 décembre, 5 janvier');
    expect(listDays('en', ['2026-12-01', '2026-12-03'])).toBe('1 and 3 December');
  });

  it('finds a formatter by constant options as by equal ones, per locale', () => {
    const options = constantOptions<Intl.DateTimeFormatOptions>({ day: 'numeric', month: 'short', timeZone: 'UTC' });
    expect(dateFormat('fr', options)).toBe(dateFormat('fr', { day: 'numeric', month: 'short', timeZone: 'UTC' }));
    expect(dateFormat('en', options)).toBe(dateFormat('en', { ...options }));
    expect(dateFormat('en', options)).not.toBe(dateFormat('fr', options));
    expect(sayDay(dateFormat('en', options), '2026-12-07')).toBe('Dec 7');
    expect(() => sayDay(dateFormat('en', options), 'not a day')).toThrow(RangeError);
  });
});
