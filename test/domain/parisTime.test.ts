/** Paris days and times of day, worked out once per minute and kept: the same answers across daylight-saving changes, however often asked. */
import { addDays, parisDay, parisMoment, weekdayOf } from '../../src/domain/parisTime';
import { WEEKDAYS } from '../../src/domain/types';

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

describe('days worked out without the date parser', () => {
  // What the parser gives: the reference the shortcut must match, whatever the text.
  const parsedAdd = (day: string, n: number) => {
    const d = new Date(`${day}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };
  const parsedWeekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
  const outcome = (f: () => string | undefined) => {
    try {
      return f();
    } catch (e) {
      return (e as Error).name;
    }
  };

  it('adds days and tells weekdays as the parser does, over years, month ends and odd texts', () => {
    const days: string[] = [];
    for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2029, 11, 31); t += 86_400_000 * 3) days.push(new Date(t).toISOString().slice(0, 10));
    days.push('2026-02-29', '2026-02-30', '2026-02-31', '2026-04-31', '2024-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32');
    days.push('2026-1-01', '0050-01-01', '0100-03-01', '0999-12-31', '9999-12-31', 'abc', '', '2026-01-1x', '20260101', '2026/01/01', ' 2026-01-01');
    const differ: unknown[] = [];
    for (const day of days) {
      if (weekdayOf(day) !== WEEKDAYS[(parsedWeekday(day) + 6) % 7]) differ.push([day, weekdayOf(day)]);
      for (const n of [0, 1, -1, 7, -7, 14, 27, 28, 31, -31, 366, -400, 1.5, -1.5]) if (outcome(() => addDays(day, n)) !== outcome(() => parsedAdd(day, n))) differ.push([day, n, outcome(() => addDays(day, n))]);
    }
    expect(differ).toEqual([]);
    expect([addDays('2026-02-27', 1), addDays('2026-02-28', 1), addDays('2026-12-31', 1), addDays('2026-03-01', -1), weekdayOf('2026-12-05')]).toEqual(['2026-02-28', '2026-03-01', '2027-01-01', '2026-02-28', 'sat']);
  });
});
