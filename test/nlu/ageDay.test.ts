/** A birth date said through an age reached on a day: the year derived from today, or the date still to ask. */
import { birthFromAge } from '../../src/nlu/ageDay';

describe('birthFromAge', () => {
  it.each([
    ['il a eu 16 ans le 3 novembre', '2026-12-04', { birth: '2010-11-03' }],
    ['elle a fêté ses 16 ans le 20 décembre', '2027-01-05', { birth: '2010-12-20' }],
    ['il a eu 16 ans le 3/11/2026', '2026-12-04', { birth: '2010-11-03' }],
    ['il a 16 ans', '2026-12-04', 'noDay'],
    ['il a eu 16 ans en novembre', '2026-12-04', 'noDay'],
    ['15/03/2010', '2026-12-04', undefined],
  ])('« %s » on %s', (text, today, expected) => {
    expect(birthFromAge(text, today)).toEqual(expected);
  });
});
