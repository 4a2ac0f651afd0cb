/** English words as they are typed on a phone (src/nlu/englishText.ts): « lea sick tomorow » is tomorrow. */
import { understand } from '../../src/nlu/understand';

const TODAY = '2026-11-18';

describe('tomorrow misspelt', () => {
  it.each(['lea sick tomorow', 'hugo sick tommorow', 'absent tmrw', 'cancel canteen 2morrow', 'no cantine tommorrow'])('« %s »: tomorrow', (text) => {
    expect(understand(text, { today: TODAY, children: ['Léa', 'Hugo'] }).dates).toEqual(['2026-11-19']);
  });
});

describe('month typed before its days', () => {
  it.each([
    ['janvier 12 13', ['2027-01-12', '2027-01-13']],
    ['cantine janvier 12 et 13 hugo', ['2027-01-12', '2027-01-13']],
    ['january 12 13', ['2027-01-12', '2027-01-13']],
    ['january 12 2027', ['2027-01-12']],
    ['le 10 janvier 11 janvier', ['2027-01-10', '2027-01-11']],
    ['janvier 2027', []],
  ])('« %s »', (text, days) => {
    expect(understand(text, { today: TODAY, children: ['Léa', 'Hugo'] }).dates).toEqual(days);
  });
});
