/** Past days as typed at a prompt (birth dates, days of events), and what is not a place of birth. */
import { checkPlaceName, pastDayIn, readPastDay } from '../../src/nlu/pastDay';

const TODAY = '2026-11-18';

describe('readPastDay', () => {
  it.each([
    ['12 mars 1988', '1988-03-12'],
    ['le 12 mars 88', '1988-03-12'],
    ['12 Mars 1988.', '1988-03-12'],
    ['12/3/88', '1988-03-12'],
    ['12/03/1988', '1988-03-12'],
    ['12-03-1988', '1988-03-12'],
    ['12.03.88', '1988-03-12'],
    ['12 / 03 / 1988', '1988-03-12'],
    ['12 03 1988', '1988-03-12'],
    ['12031988', '1988-03-12'],
    ['1988-03-12', '1988-03-12'],
    ['1er mars 1988', '1988-03-01'],
    ['premier mars 1988', '1988-03-01'],
    ['née le 12 février 2010', '2010-02-12'],
    ['né le 3 août 1975', '1975-08-03'],
    ['samedi 12 mars 1988', '1988-03-12'],
    ['12 sept. 1988', '1988-09-12'],
    ['15 déc 2001', '2001-12-15'],
    // Two-digit years: the latest that keeps the day in the past.
    ['10/09/10', '2010-09-10'],
    ['18/11/26', '2026-11-18'],
    ['19/11/26', '1926-11-19'],
    ['01/01/00', '2000-01-01'],
    ['29/02/00', '2000-02-29'],
    // Four digits in the future are kept: the prompt says the date is in the future.
    ['01/01/2030', '2030-01-01'],
  ])('« %s » → %s', (typed, day) => {
    expect(readPastDay(typed, TODAY)).toBe(day);
  });

  it.each(['31/02/1988', '32/13/2020', '12 mars', '12/03', 'mars 1988', 'Poissy', '78', '', '12/03/198', '12 machin 1988', '1988'])('« %s » is not a date', (typed) => {
    expect(readPastDay(typed, TODAY)).toBeUndefined();
  });
});

describe('checkPlaceName', () => {
  it.each([
    ['Poissy (78)', 'ok'],
    ['Saint-Germain-en-Laye', 'ok'],
    ['Casablanca, Maroc', 'ok'],
    ['Paris 15e', 'ok'],
    ['10/09/2010', 'date'],
    ['12 mars 1988', 'date'],
    ['le 12/03', 'date'],
    ['78', 'number'],
    ['78955', 'number'],
    ['12', 'number'],
  ])('« %s » → %s', (typed, verdict) => {
    expect(checkPlaceName(typed, TODAY)).toBe(verdict);
  });
});

describe('a day inside a correction', () => {
  it.each([
    ['en fait elle est née le 15 mars', '2019-03-15'],
    ['15/03/2019 pas le 14', '2019-03-15'],
    ['non le 1er avril', '2019-04-01'],
    ['c’est le 15 mars 2018', '2018-03-15'],
  ])('« %s » is %s (the year read back when none is typed)', (text, day) => {
    expect(pastDayIn(text, '2026-11-18', 2019)).toBe(day);
  });

  it('finds nothing where no day is said', () => {
    expect(pastDayIn('le nom est faux', '2026-11-18', 2019)).toBeUndefined();
  });
});
