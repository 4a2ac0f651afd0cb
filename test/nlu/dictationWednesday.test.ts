/**
 * « mer credi » dictated for « mercredi »: a weekday only when what is beside it looks like a day (a day of the month,
 * « prochain », a moment, an activity, « le »); never the sea (« la mer ») nor a bank (« crédit mutuel », « crédit agricole »).
 */
import { understand } from '../../src/nlu/understand';

const read = (text: string) => understand(text, { today: '2026-12-07', fallback: false });

describe('« mer credi », a weekday', () => {
  it.each([
    ['cantine mer credi', ['2026-12-09']],
    ['cantine mer credi 16', ['2026-12-16']],
    ['garderie le mer credi', ['2026-12-09']],
    ['mer credi matin', ['2026-12-09']],
    ['la can tine mer credi pour Lou', ['2026-12-09']],
  ])('« %s » → %j', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('« mer credi » beside no day: no weekday', () => {
  it.each([['la mer credit mutuel'], ['je suis au credit mutuel de la mer credi matin'], ['la mer credi matin c est calme'], ['mer credit agricole de poissy']])('« %s »: no day', (text) => {
    expect(read(text).dates).toEqual([]);
  });
});
