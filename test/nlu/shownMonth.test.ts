/**
 * A day without a month follows the calendar's month on screen (`month` in the context): « le 11 »
 * with January shown is 11 January, not the next 11th from today. Without a month on screen, or
 * with the current month shown, nothing changes. Today is Wednesday 18 November 2026.
 */
import { understand } from '../../src/nlu/understand';

const TODAY = '2026-11-18';
const days = (text: string, month?: string) => understand(text, { today: TODAY, fallback: false, ...(month ? { month } : {}) }).dates;

describe('a day without a month, with a calendar on screen', () => {
  it.each([
    ['annuler le 11', '2027-01', ['2027-01-11']],
    ['le 7 et 8', '2027-01', ['2027-01-07', '2027-01-08']],
    ['les 4, 5 et 7', '2027-01', ['2027-01-04', '2027-01-05', '2027-01-07']],
    ['réserver mardi 12', '2027-01', ['2027-01-12']],
    ['du 4 au 8', '2027-01', ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']],
    ['le 3', '2027-02', ['2027-02-03']],
    // A month said wins over the month on screen.
    ['le 11 décembre', '2027-01', ['2026-12-11']],
    ['le 3 décembre et le 5', '2027-01', ['2026-12-03', '2026-12-05']],
    // The current month on screen: the next such day, as without a calendar.
    ['le 11', '2026-11', ['2026-12-11']],
    ['le 25', '2026-11', ['2026-11-25']],
    // No calendar on screen.
    ['annuler le 11', undefined, ['2026-12-11']],
    ['le 7 et 8', undefined, ['2026-12-07', '2026-12-08']],
  ])('« %s » with %s shown → %p', (text, month, expected) => {
    expect(days(text, month)).toEqual(expected);
  });
});

/** A weekday alone follows the month on screen, and at a basket (`about`: its latest day) that day's week. */
describe('a weekday without a date, with a month on screen or a basket', () => {
  const read = (text: string, month?: string, about?: string) => understand(text, { today: TODAY, fallback: false, ...(month ? { month } : {}), ...(about ? { about } : {}) }).dates;
  it.each([
    // The basket holds Monday 11 January: « plutôt le mardi » is the Tuesday of that week.
    ['non plutôt le mardi', '2027-01', '2027-01-11', ['2027-01-12']],
    ['plutôt jeudi', '2027-01', '2027-01-11', ['2027-01-14']],
    ['et le vendredi aussi', '2027-01', '2027-01-14', ['2027-01-15']],
    // January on screen, no basket: the first such weekday of January.
    ['jeudi', '2027-01', undefined, ['2027-01-07']],
    // « ce jeudi », « jeudi prochain »: from today, whatever is on screen.
    ['ce jeudi', '2027-01', '2027-01-11', ['2026-11-19']],
    ['jeudi prochain', '2027-01', undefined, ['2026-11-19']],
    // The current month on screen, or nothing: from today, as before.
    ['mardi', '2026-11', undefined, ['2026-11-24']],
    ['mardi', undefined, undefined, ['2026-11-24']],
    // A basket of another month than the one on screen: the month on screen.
    ['mardi', '2027-02', '2027-01-11', ['2027-02-02']],
  ])('« %s » with %s shown, basket up to %s → %p', (text, month, about, expected) => {
    expect(read(text, month, about)).toEqual(expected);
  });
});
