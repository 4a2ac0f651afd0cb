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
