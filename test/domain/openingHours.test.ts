import { dayStatus, hoursOn, openStatus, statusAt } from '../../src/domain/openingHours';
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

describe('openStatus: more days and moments (Paris time, holidays, daylight saving)', () => {
  const withThursdayOff: CommuneService = { ...regie, hours: { ...regie.hours, thu: [] } };

  it('treats a day given as [] like an absent day: closed, next opening on Monday', () => {
    expect(hoursOn(withThursdayOff, 'thu')).toEqual([]);
    // 2026-11-19 is a Thursday.
    expect(openStatus(withThursdayOff, at('2026-11-19T10:00:00Z'))).toEqual({
      state: 'closed',
      reason: 'dayOff',
      next: { day: '2026-11-23', weekday: 'mon', opensAt: '08:30' },
    });
  });

  it.each([
    ['Monday 11:00', '2026-11-16T10:00:00Z', { state: 'open', closesAt: '12:00' }],
    ['Monday 15:59', '2026-11-16T14:59:00Z', { state: 'open', closesAt: '16:00' }],
    ['Monday 16:00 (closing minute)', '2026-11-16T15:00:00Z', { state: 'closed', reason: 'afterClosing', next: { day: '2026-11-17', weekday: 'tue', opensAt: '08:30' } }],
    ['Tuesday 13:45 (no afternoon on Tuesdays)', '2026-11-17T12:45:00Z', { state: 'closed', reason: 'afterClosing', next: { day: '2026-11-18', weekday: 'wed', opensAt: '08:30' } }],
    ['Wednesday 13:44', '2026-11-18T12:44:00Z', { state: 'closed', reason: 'lunch', next: { day: '2026-11-18', weekday: 'wed', opensAt: '13:45' } }],
    ['Wednesday 13:45 (opening minute)', '2026-11-18T12:45:00Z', { state: 'open', closesAt: '17:30' }],
    ['Wednesday 17:29', '2026-11-18T16:29:00Z', { state: 'open', closesAt: '17:30' }],
    ['Wednesday 17:30 (closing minute)', '2026-11-18T16:30:00Z', { state: 'closed', reason: 'afterClosing', next: { day: '2026-11-23', weekday: 'mon', opensAt: '08:30' } }],
    ['Wednesday 08:29', '2026-11-18T07:29:00Z', { state: 'closed', reason: 'beforeOpening', next: { day: '2026-11-18', weekday: 'wed', opensAt: '08:30' } }],
    ['Sunday', '2026-11-22T10:00:00Z', { state: 'closed', reason: 'dayOff', next: { day: '2026-11-23', weekday: 'mon', opensAt: '08:30' } }],
  ])('%s', (_moment, iso, expected) => {
    expect(openStatus(regie, at(iso))).toEqual(expected);
  });

  it('uses the Paris day, not the UTC day, around midnight', () => {
    // 23:30 UTC on Tuesday the 17th is 00:30 on Wednesday the 18th in Paris.
    expect(openStatus(regie, at('2026-11-17T23:30:00Z'))).toEqual({
      state: 'closed',
      reason: 'beforeOpening',
      next: { day: '2026-11-18', weekday: 'wed', opensAt: '08:30' },
    });
  });

  it('follows the switches to and from summer time', () => {
    // Monday 2026-03-23 (winter, UTC+1) and Monday 2026-03-30 (summer, UTC+2): 08:30 Paris both times.
    expect(openStatus(regie, at('2026-03-23T07:30:00Z')).state).toBe('open');
    expect(openStatus(regie, at('2026-03-30T06:30:00Z')).state).toBe('open');
    expect(openStatus(regie, at('2026-03-30T06:29:00Z'))).toMatchObject({ state: 'closed', reason: 'beforeOpening' });
    // Monday 2026-10-26 is winter again: 07:29 UTC is 08:29 Paris.
    expect(openStatus(regie, at('2026-10-26T07:29:00Z'))).toMatchObject({ state: 'closed', reason: 'beforeOpening' });
    expect(openStatus(regie, at('2026-10-26T07:30:00Z')).state).toBe('open');
  });

  it.each([
    ['Easter Monday', '2026-04-06T08:00:00Z', 'easterMonday', { day: '2026-04-07', weekday: 'tue', opensAt: '08:30' }],
    ['Whit Monday', '2026-05-25T08:00:00Z', 'whitMonday', { day: '2026-05-26', weekday: 'tue', opensAt: '08:30' }],
    ['Christmas, a Friday without hours anyway', '2026-12-25T10:00:00Z', 'christmas', { day: '2026-12-28', weekday: 'mon', opensAt: '08:30' }],
  ])('is closed on %s', (_name, iso, holiday, next) => {
    expect(openStatus(regie, at(iso))).toEqual({ state: 'closed', reason: 'holiday', holiday, next });
  });

  it('closes on public holidays when told so explicitly, as by default', () => {
    expect(openStatus({ ...regie, closedOnPublicHolidays: true }, at('2026-11-11T10:00:00Z'))).toMatchObject({ state: 'closed', reason: 'holiday', holiday: 'armistice' });
  });

  it('opens on a holiday for a service that does, and counts that day for the next opening', () => {
    const always = { ...regie, closedOnPublicHolidays: false };
    // Tuesday 2026-11-10 after closing: the next opening is Wednesday the 11th, Armistice or not.
    expect(openStatus(always, at('2026-11-10T16:00:00Z'))).toEqual({
      state: 'closed',
      reason: 'afterClosing',
      next: { day: '2026-11-11', weekday: 'wed', opensAt: '08:30' },
    });
  });

  it('is unknown without hours at an ordinary moment; closed on a public holiday all the same', () => {
    expect(openStatus({ code: 'sej', name: 'SEJ' }, at('2026-11-12T10:00:00Z'))).toEqual({ state: 'unknown' });
    expect(openStatus({ code: 'sej', name: 'SEJ' }, at('2026-11-11T10:00:00Z'))).toEqual({ state: 'closed', reason: 'holiday', holiday: 'armistice' });
    expect(hoursOn({ code: 'sej', name: 'SEJ' }, 'wed')).toBeUndefined();
  });

  it('is closed with no next opening when every day is empty', () => {
    const never: CommuneService = { code: 'sej', name: 'SEJ', hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(openStatus(never, at('2026-11-18T10:00:00Z'))).toEqual({ state: 'closed', reason: 'dayOff', next: undefined });
    expect(hoursOn(never, 'mon')).toEqual([]);
  });
});

describe('dayStatus and statusAt: a calendar day, a moment of a given day', () => {
  it.each([
    ['a Wednesday', '2026-11-18', { state: 'open', weekday: 'wed', periods: [['08:30', '12:00'], ['13:45', '17:30']] }],
    ['Christmas, a Friday', '2026-12-25', { state: 'closed', reason: 'holiday', holiday: 'christmas', next: { day: '2026-12-28', weekday: 'mon', opensAt: '08:30' } }],
    ['Easter Monday 2027', '2027-03-29', { state: 'closed', reason: 'holiday', holiday: 'easterMonday', next: { day: '2027-03-30', weekday: 'tue', opensAt: '08:30' } }],
    ['a Sunday', '2026-11-22', { state: 'closed', reason: 'dayOff', next: { day: '2026-11-23', weekday: 'mon', opensAt: '08:30' } }],
  ])('%s', (_name, day, expected) => {
    expect(dayStatus(regie, day)).toEqual({ day, weekday: expect.any(String), ...expected });
  });

  it('is unknown for a service without hours', () => {
    expect(dayStatus({ code: 'sej', name: 'SEJ' }, '2026-11-18')).toEqual({ day: '2026-11-18', weekday: 'wed', state: 'unknown' });
  });

  it('says open or closed at a minute of any day, holidays included', () => {
    expect(statusAt(regie, '2026-11-18', 17 * 60)).toEqual({ state: 'open', closesAt: '17:30' });
    expect(statusAt(regie, '2026-11-18', 12 * 60 + 30)).toMatchObject({ state: 'closed', reason: 'lunch', next: { day: '2026-11-18', opensAt: '13:45' } });
    expect(statusAt(regie, '2026-11-11', 10 * 60)).toMatchObject({ state: 'closed', reason: 'holiday', holiday: 'armistice' });
  });
});

describe('exceptional closures', () => {
  const closed: CommuneService = { ...regie, closures: [{ from: '2026-11-23', to: '2026-11-23', label: 'fermeture exceptionnelle' }, { from: '2026-12-01', to: '2026-12-31', label: 'travaux' }] };

  it('closes the service all that day, with its label, and the next opening after it', () => {
    // Monday 23 November 2026, 10:00 in Paris: a Monday it is usually open.
    expect(statusAt(regie, '2026-11-23', 600)).toEqual({ state: 'open', closesAt: '12:00' });
    expect(statusAt(closed, '2026-11-23', 600)).toEqual({ state: 'closed', reason: 'closure', closure: closed.closures?.[0], next: { day: '2026-11-24', weekday: 'tue', opensAt: '08:30' } });
    expect(dayStatus(closed, '2026-11-23')).toMatchObject({ state: 'closed', reason: 'closure', closure: { label: 'fermeture exceptionnelle' } });
    expect(dayStatus(closed, '2026-11-24')).toMatchObject({ state: 'open' });
  });

  it('finds the next opening after a closure longer than the usual look-ahead', () => {
    expect(dayStatus(closed, '2026-12-15')).toMatchObject({ reason: 'closure', closure: { label: 'travaux' }, next: { day: '2027-01-04', opensAt: '08:30' } });
  });

  it('says the closure rather than the public holiday when both fall on one day', () => {
    const both: CommuneService = { ...regie, closures: [{ from: '2026-12-24', to: '2026-12-26', label: 'fêtes de fin d’année' }] };
    expect(dayStatus(both, '2026-12-25')).toMatchObject({ reason: 'closure' });
  });
});
