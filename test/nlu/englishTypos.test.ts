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
    ['janvier 12 14', ['2027-01-12', '2027-01-14']],
    ['january 12 14', ['2027-01-12', '2027-01-14']],
    ['janvier 12 et 13', ['2027-01-12', '2027-01-13']],
    ['le 12 janvier 14h', ['2027-01-12']],
    ['janvier 2027', []],
    ['3 enfants en janvier 12 ans', []],
    ['cantine janv 12 et 13 stp', ['2027-01-12', '2027-01-13']],
    ['garderie janvier 12 14h', ['2027-01-12']],
  ])('« %s »', (text, days) => {
    expect(understand(text, { today: TODAY, children: ['Léa', 'Hugo'] }).dates).toEqual(days);
  });

  // A number after a month that counts something (a plural, a unit) is no day: the month alone is asked.
  it.each(['cantine en janvier 3 fois par semaine', 'la cantine en février 2 semaines', 'garderie en mars 4 mercredis', 'en janvier 2 repas par semaine pour Hugo', 'étude en janvier 1 semaine'])('« %s »: no day, the month', (text) => {
    const read = understand(text, { today: TODAY, children: ['Léa', 'Hugo'] });
    expect(read.dates).toEqual([]);
    expect(read.month).toMatch(/^2027-0[123]$/);
  });
});

describe('after a day with its month, the two digits that follow are its year, not a second day', () => {
  it.each(['1er septembre 26', 'premier septembre 26', '1 septembre 26', '1st september 26', 'the 1st of september 26'])('« %s » gives no 26th', (text) => {
    expect(understand(text, { today: TODAY }).dates.filter((d) => d.endsWith('-26'))).toEqual([]);
  });

  it('a move told with its day (« déménagé le 1er septembre 26 ») gives no day', () => {
    expect(understand('Bonjour, nous avons déménagé le 1er septembre 26, je voudrais changer notre adresse', { today: TODAY }).dates).toEqual([]);
  });
});
