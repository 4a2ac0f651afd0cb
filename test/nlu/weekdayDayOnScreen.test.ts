/**
 * « lundi 14 » with January's calendar on screen, 14 January being a Thursday: the coming Monday 14th (14 December),
 * not 14 January (a Thursday was booked). A weekday that fits the month on screen keeps it; « le 14 » alone is of it.
 */
import { readDates } from '../../src/nlu/dates';

const today = '2026-12-05';

describe('a weekday and a day with a month on screen', () => {
  it.each([
    ['lundi 14', '2027-01', ['2026-12-14']],
    ['non plutot lundi 14', '2027-01', ['2026-12-14']],
    ['jeudi 14', '2027-01', ['2027-01-14']],
    ['le 14', '2027-01', ['2027-01-14']],
    ['mardi 12', '2027-01', ['2027-01-12']],
    ['lundi 14', undefined, ['2026-12-14']],
  ])('« %s » (month on screen %s) → %j', (text, month, days) => {
    expect(readDates(text, { today, ...(month ? { month } : {}) }).dates).toEqual(days);
  });
});
