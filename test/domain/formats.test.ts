/** Days said in words: kept per formatter, the same text however often asked, in each language, and after many other days. */
import { constantOptions, dateFormat, dayWordsIn, listDays, sayDay } from '../../src/domain/formats';
import { monthName, weekdayDay } from '../../dialogs/calendarCard';

describe('days said in words', () => {
  it('says each day as the formatter does, asked again, in each language, after more days than are kept', () => {
    const days = Array.from({ length: 1500 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i, 12)).toISOString().slice(0, 10));
    const differ: string[] = [];
    for (const locale of ['fr', 'en']) {
      const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
      const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const day of [...days, ...[...days].reverse()]) {
        const said = weekday.format(new Date(`${day}T12:00:00Z`));
        if (weekdayDay(locale, day) !== (locale === 'fr' ? said.replace(/ 1 /, ' 1er ') : said)) differ.push(`${locale} ${day}`);
        if (monthName(locale, day.slice(0, 7)) !== month.format(new Date(`${day.slice(0, 7)}-01T12:00:00Z`))) differ.push(`${locale} ${day.slice(0, 7)}`);
      }
    }
    expect(differ).toEqual([]);
    expect(weekdayDay('fr', '2026-12-07')).toBe('lundi 7 décembre');
    expect(listDays('fr', ['2027-01-05', '2026-12-04', '2026-12-01', '2026-12-03'])).toBe('1er, 3 et 4 décembre, 5 janvier');
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

  it('says the first of a month « 1er » in French, before a month in words only; other days, numeric dates and English as Intl does', () => {
    const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    const say = (locale: string, options: Intl.DateTimeFormatOptions, day: string) => sayDay(dateFormat(locale, options), day);
    expect(say('fr', long, '2027-09-01')).toBe('mercredi 1er septembre 2027');
    expect(['2027-09-11', '2027-09-21', '2027-08-31', '2027-09-10'].map((d) => say('fr', long, d))).toEqual(['samedi 11 septembre 2027', 'mardi 21 septembre 2027', 'mardi 31 août 2027', 'vendredi 10 septembre 2027']);
    expect(say('fr', { day: 'numeric', month: 'short', timeZone: 'UTC' }, '2027-01-01')).toBe('1er janv.');
    expect(say('fr', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }, '2027-09-01')).toBe('01/09/2027');
    const numeric = { day: 'numeric', month: 'numeric', timeZone: 'UTC' } as const;
    expect(say('fr', numeric, '2027-09-01')).toBe(new Intl.DateTimeFormat('fr', numeric).format(new Date('2027-09-01T12:00:00Z')));
    expect(say('fr', { month: 'long', year: 'numeric', timeZone: 'UTC' }, '2001-09-01')).toBe('septembre 2001');
    expect(dateFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2027-03-01T12:00:00Z'))).toBe('1er mars 2027');
    expect(dateFormat('fr-FR', { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(new Date('2027-03-01T12:00:00Z'))[0]).toEqual({ type: 'day', value: '1er' });
    expect(say('en', long, '2027-09-01')).toBe('Wednesday, September 1, 2027');
    expect(say('en-GB', long, '2027-09-01')).toBe('Wednesday, 1 September 2027');
    expect(listDays('fr', ['2026-12-01', '2026-12-02', '2027-01-11', '2027-01-21', '2027-01-31'])).toBe('1er et 2 décembre, 11, 21 et 31 janvier');
    expect(listDays('en', ['2026-12-01', '2026-12-02'])).toBe('1 and 2 December');
    expect(dayWordsIn('mardi 1er décembre, 11 janvier', 'en', ['fr', 'en'])).toBe('Tuesday 1 December, 11 January');
    expect(dayWordsIn('Tuesday 1 December, 11 January, 21 May', 'fr', ['fr', 'en'])).toBe('mardi 1er décembre, 11 janvier, 21 mai');
  });
});
