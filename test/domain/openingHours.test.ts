import { hoursOn, openStatus } from '../../src/domain/openingHours';
import type { CommuneService } from '../../src/domain/types';

const regie: CommuneService = {
  code: 'regie',
  name: 'Régie',
  hours: { mon: [['08:30', '12:00'], ['13:45', '16:00']], tue: [['08:30', '12:00']], wed: [['08:30', '12:00'], ['13:45', '17:30']] },
};
const at = (iso: string) => new Date(iso);

describe('hoursOn', () => {
  it('gives the periods of a day, [] for a closed day, undefined when hours are not known', () => {
    expect(hoursOn(regie, 'wed')).toEqual([['08:30', '12:00'], ['13:45', '17:30']]);
    expect(hoursOn(regie, 'fri')).toEqual([]);
    expect(hoursOn({ code: 'sej', name: 'SEJ' }, 'mon')).toBeUndefined();
  });
});

describe('openStatus (Paris time)', () => {
  // 2026-11-18 is a Wednesday; Paris is UTC+1 in November.
  it('is open during a period, until its end', () => {
    expect(openStatus(regie, at('2026-11-18T10:00:00Z'))).toEqual({ state: 'open', closesAt: '12:00' });
  });

  it('is closed for lunch between two periods, reopening the same day', () => {
    expect(openStatus(regie, at('2026-11-18T11:30:00Z'))).toEqual({
      state: 'closed',
      reason: 'lunch',
      next: { day: '2026-11-18', weekday: 'wed', opensAt: '13:45' },
    });
  });

  it('is closed before opening, opening the same morning', () => {
    expect(openStatus(regie, at('2026-11-18T06:00:00Z'))).toMatchObject({ state: 'closed', reason: 'beforeOpening', next: { day: '2026-11-18', opensAt: '08:30' } });
  });

  it('after closing, gives the next day with hours (skipping days without)', () => {
    expect(openStatus(regie, at('2026-11-18T16:30:00Z'))).toEqual({
      state: 'closed',
      reason: 'afterClosing',
      next: { day: '2026-11-23', weekday: 'mon', opensAt: '08:30' },
    });
  });

  it('on a day without hours', () => {
    expect(openStatus(regie, at('2026-11-20T10:00:00Z'))).toMatchObject({ state: 'closed', reason: 'dayOff', next: { day: '2026-11-23' } });
  });

  it('opens at the exact opening minute and closes at the exact closing minute', () => {
    expect(openStatus(regie, at('2026-11-18T07:30:00Z')).state).toBe('open'); // 08:30 Paris
    expect(openStatus(regie, at('2026-11-18T11:00:00Z'))).toMatchObject({ state: 'closed', reason: 'lunch' }); // 12:00 Paris
  });

  it('is closed on a public holiday, and the next opening skips it', () => {
    // 2026-11-11 (Wednesday) is the Armistice.
    expect(openStatus(regie, at('2026-11-11T10:00:00Z'))).toEqual({
      state: 'closed',
      reason: 'holiday',
      holiday: 'armistice',
      next: { day: '2026-11-16', weekday: 'mon', opensAt: '08:30' },
    });
    // The day before, after closing: Wednesday the 11th is skipped too.
    expect(openStatus(regie, at('2026-11-10T16:00:00Z'))).toMatchObject({ next: { day: '2026-11-16' } });
  });

  it('ignores public holidays for a service that opens on them', () => {
    expect(openStatus({ ...regie, closedOnPublicHolidays: false }, at('2026-11-11T10:00:00Z'))).toEqual({ state: 'open', closesAt: '12:00' });
  });

  it('follows summer time (UTC+2)', () => {
    // 2026-07-01 is a Wednesday; 06:45 UTC is 08:45 in Paris.
    expect(openStatus(regie, at('2026-07-01T06:45:00Z')).state).toBe('open');
    expect(openStatus(regie, at('2026-07-01T06:15:00Z'))).toMatchObject({ state: 'closed', reason: 'beforeOpening' });
  });

  it('is unknown without hours, and closed with no next opening when no day has hours', () => {
    expect(openStatus({ code: 'sej', name: 'SEJ' }, at('2026-11-18T10:00:00Z'))).toEqual({ state: 'unknown' });
    expect(openStatus({ code: 'sej', name: 'SEJ', hours: {} }, at('2026-11-18T10:00:00Z'))).toEqual({ state: 'closed', reason: 'dayOff', next: undefined });
  });
});
