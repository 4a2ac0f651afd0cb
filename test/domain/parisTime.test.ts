/** Paris days and times of day, worked out once per minute and kept: the same answers across daylight-saving changes, however often asked. */
import { parisDay, parisMoment } from '../../src/domain/parisTime';

describe('Paris time', () => {
  it('follows the daylight-saving changes, minute by minute, asked again or not', () => {
    for (let round = 0; round < 2; round++) {
      // Summer time starts on Sunday 29 March 2026 at 01:00 UTC (02:00 → 03:00 in Paris), ends on 25 October at 01:00 UTC.
      expect(parisMoment(new Date('2026-03-29T00:59:30Z'))).toEqual({ day: '2026-03-29', weekday: 'sun', time: '01:59', minutes: 119 });
      expect(parisMoment(new Date('2026-03-29T01:00:00Z'))).toMatchObject({ time: '03:00', minutes: 180 });
      expect(parisMoment(new Date('2026-10-25T00:59:59Z'))).toMatchObject({ time: '02:59' });
      expect(parisMoment(new Date('2026-10-25T01:00:00Z'))).toMatchObject({ time: '02:00' });
      expect(parisDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
      expect(parisDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    }
  });

  it('gives the right moment after many others were asked (what it keeps is bounded)', () => {
    const first = parisMoment(new Date('2026-11-18T14:00:10Z'));
    for (let m = 0; m < 1000; m++) parisMoment(new Date(Date.UTC(2026, 10, 19, 0, m)));
    expect(parisMoment(new Date('2026-11-18T14:00:50Z'))).toEqual(first);
    expect(first).toEqual({ day: '2026-11-18', weekday: 'wed', time: '15:00', minutes: 900 });
    expect(parisMoment(new Date(Date.UTC(2026, 10, 19, 0, 999)))).toMatchObject({ day: '2026-11-19', time: '17:39' });
  });
});
