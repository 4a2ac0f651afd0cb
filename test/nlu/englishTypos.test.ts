/** English words as they are typed on a phone (src/nlu/englishText.ts): « lea sick tomorow » is tomorrow. */
import { understand } from '../../src/nlu/understand';

const TODAY = '2026-11-18';

describe('tomorrow misspelt', () => {
  it.each(['lea sick tomorow', 'hugo sick tommorow', 'absent tmrw', 'cancel canteen 2morrow', 'no cantine tommorrow'])('« %s »: tomorrow', (text) => {
    expect(understand(text, { today: TODAY, children: ['Léa', 'Hugo'] }).dates).toEqual(['2026-11-19']);
  });
});
