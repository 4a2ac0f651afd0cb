/**
 * « le 25 pas le 4 », « mardi pas jeudi », « le 21 et pas le 4 janvier »: the days said before « pas » are kept, only
 * what follows it is set aside (the shared date reader kept the 4th alone, or nothing). « pas le 7 et pas le 8 »
 * names both days (each read as « pas le 7 » alone is). Today is Saturday 5 December 2026.
 */
import { understand } from '../../src/nlu/understand';

const days = (text: string, month?: string) => understand(text, { today: '2026-12-05', fallback: false, ...(month ? { month } : {}) }).dates;

describe('days said, then others set aside with « pas »', () => {
  it.each([
    ['le 25 pas le 4', '2027-01', ['2027-01-25']],
    ['inscrire lea a la cantine le 25 pas le 4', '2027-01', ['2027-01-25']],
    ['le 11 pas le 12', '2027-01', ['2027-01-11']],
    ['le 25 non pas le 4', '2027-01', ['2027-01-25']],
    ['le 21, pas le 4', undefined, ['2026-12-21']],
    ['le 21 et pas le 4', undefined, ['2026-12-21']],
    ['le 21 mais pas le 4', undefined, ['2026-12-21']],
    ['le 25 janvier pas le 4', undefined, ['2027-01-25']],
    ['le 14 pas le 7 janvier', undefined, ['2027-01-14']],
    ['les 7 8 et 11 janvier pas le 8', undefined, ['2027-01-07', '2027-01-11']],
    ['mardi pas jeudi', undefined, ['2026-12-08']],
    ['pas le 4 le 25', '2027-01', ['2027-01-25']],
    ['le 21 ', undefined, ['2026-12-21']],
    ['pas le 7 et pas le 8', '2027-01', ['2027-01-07', '2027-01-08']],
  ])('« %s » (%s shown) → %p', (text, month, expected) => {
    expect(days(text, month)).toEqual(expected);
  });
});
