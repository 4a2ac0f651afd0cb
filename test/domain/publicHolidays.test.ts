import { easterSunday, isPublicHoliday, publicHolidayOn, publicHolidays } from '../../src/domain/publicHolidays';

describe('public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is on %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });

  it('gives the eleven holidays of 2026', () => {
    expect([...publicHolidays(2026)].sort()).toEqual([
      ['2026-01-01', 'newYear'],
      ['2026-04-06', 'easterMonday'],
      ['2026-05-01', 'labourDay'],
      ['2026-05-08', 'victory1945'],
      ['2026-05-14', 'ascension'],
      ['2026-05-25', 'whitMonday'],
      ['2026-07-14', 'nationalDay'],
      ['2026-08-15', 'assumption'],
      ['2026-11-01', 'allSaints'],
      ['2026-11-11', 'armistice'],
      ['2026-12-25', 'christmas'],
    ]);
  });

  it('tells a holiday from an ordinary day', () => {
    expect(publicHolidayOn('2026-11-11')).toBe('armistice');
    expect(isPublicHoliday('2027-05-06')).toBe(true); // Ascension 2027
    expect(isPublicHoliday('2026-11-12')).toBe(false);
    expect(isPublicHoliday('2026-04-05')).toBe(false); // Easter Sunday itself is a Sunday, not a listed holiday
  });
});

describe('public holidays by day', () => {
  it.each([
    ['2026-01-01', 'newYear'],
    ['2026-04-06', 'easterMonday'],
    ['2026-05-01', 'labourDay'],
    ['2026-05-08', 'victory1945'],
    ['2026-05-14', 'ascension'],
    ['2026-05-25', 'whitMonday'],
    ['2026-07-14', 'nationalDay'],
    ['2026-08-15', 'assumption'],
    ['2026-11-01', 'allSaints'],
    ['2026-11-11', 'armistice'],
    ['2026-12-25', 'christmas'],
    ['2024-04-01', 'easterMonday'],
    ['2025-05-29', 'ascension'],
    ['2027-05-17', 'whitMonday'],
  ])('%s is %s', (day, code) => {
    expect(publicHolidayOn(day)).toBe(code);
    expect(isPublicHoliday(day)).toBe(true);
  });

  it.each(['2026-11-12', '2026-11-10', '2026-04-05', '2026-05-24', '2026-12-26', '2026-12-31', '2026-05-13'])('%s is an ordinary day', (day) => {
    expect(publicHolidayOn(day)).toBeUndefined();
    expect(isPublicHoliday(day)).toBe(false);
  });

  const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
  const find = (year: number, code: string) => [...publicHolidays(year)].find(([, c]) => c === code)?.[0] as string;

  it('puts Easter on a Sunday between 22 March and 25 April, and the movable holidays on their weekday, from 1900 to 2300', () => {
    for (let year = 1900; year <= 2300; year++) {
      const easter = easterSunday(year);
      expect(weekday(easter)).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      expect(weekday(find(year, 'easterMonday'))).toBe(1);
      expect(weekday(find(year, 'ascension'))).toBe(4);
      expect(weekday(find(year, 'whitMonday'))).toBe(1);
    }
  });

  it('computes far years as well', () => {
    expect(publicHolidayOn('2285-03-23')).toBe('easterMonday');
    expect(publicHolidayOn('2285-03-22')).toBeUndefined();
  });
});
