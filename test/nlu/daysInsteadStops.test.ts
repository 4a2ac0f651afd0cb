/** « non en fait on arrête la cantine le jeudi » at a calendar or a basket stops days: it stays a cancellation. */
import { readAsDaysInstead } from '../../src/nlu/daysInstead';
import type { Understanding } from '../../src/nlu/understand';

const cancel = { intent: 'cancel_booking', dates: ['2026-12-10'], activity: 'canteen' } as unknown as Understanding;

describe('days said instead, or days stopped', () => {
  it.each(['non en fait on arrête la cantine le jeudi', 'non finalement on stoppe la garderie mardi', 'non finalement on abandonne le jeudi', 'non en fait aucun jeudi'])(
    '« %s » stays a cancellation',
    (text) => {
      expect(readAsDaysInstead(text, cancel).intent).toBe('cancel_booking');
    },
  );

  it('« non finalement les jeudis » is days instead', () => {
    expect(readAsDaysInstead('non finalement les jeudis', cancel).intent).toBe('unknown');
  });
});
