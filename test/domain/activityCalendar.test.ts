/**
 * The booking rules, day by day: when each activity runs (zone C calendar, public holidays),
 * the deadlines counted in Paris calendar days, the back-to-school window, late bookings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activityRuns, bookingTiming, cancellationTiming, daysOfMonth, deadlineOf, nearestBookableDays, schoolYearAt, shiftMonth, surchargeCents, type SchoolCalendar } from '../../src/domain/activityCalendar';
import { demoCommunes } from '../../src/communes/demoCommunes';
import { addDays } from '../../src/domain/parisTime';
import type { ActivityRules } from '../../src/domain/types';

const calendar = JSON.parse(readFileSync(join(__dirname, '../../db/reference/school-calendars/zone-c.json'), 'utf8')) as SchoolCalendar;

const canteen = { rules: { runsOn: 'schoolDays', weekdays: ['mon', 'tue', 'thu', 'fri'], deadline: { kind: 'daysBefore', days: 15 }, late: { kind: 'surcharge', percent: 20 }, backToSchoolUntil: '09-30' } as ActivityRules };
const morning = { rules: { runsOn: 'schoolDays', deadline: { kind: 'daysBefore', days: 15 }, late: { kind: 'surcharge', percent: 20 } } as ActivityRules };
const mondaysOnly = { rules: { ...morning.rules, weekdays: ['mon'] } as ActivityRules };
const wednesday = { rules: { runsOn: 'wednesdays', deadline: { kind: 'daysBefore', days: 15 }, late: { kind: 'refuse' } } as ActivityRules };
const holidays = { rules: { runsOn: 'holidays', deadline: { kind: 'weeksBeforeSession', weeks: 4 }, late: { kind: 'refuse' }, capacity: 48 } as ActivityRules };

const runs = (activity: { rules: ActivityRules }, day: string) => {
  const run = activityRuns(activity, calendar, day);
  return run.runs ? 'runs' : run.reason;
};

describe('the days an activity runs', () => {
  it('school-day activities run on Monday, Tuesday, Thursday and Friday in term time', () => {
    expect(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'].map((d) => runs(canteen, d))).toEqual(['runs', 'runs', 'notThatDay', 'runs', 'runs', 'weekend', 'weekend']);
  });

  it('an activity limited to some weekdays runs only on them', () => {
    expect(['2026-12-07', '2026-12-08'].map((d) => runs(mondaysOnly, d))).toEqual(['runs', 'notThatDay']);
  });

  it('the Wednesday activity runs on Wednesdays in term time only', () => {
    expect(['2026-12-09', '2026-12-10', '2026-12-23'].map((d) => runs(wednesday, d))).toEqual(['runs', 'notThatDay', 'schoolHoliday']);
  });

  it('public holidays are closed, movable ones included', () => {
    // 11 novembre (Wednesday), Noël (Friday, in the holidays anyway), lundi de Pâques, Ascension (Thursday).
    expect(runs(wednesday, '2026-11-11')).toBe('publicHoliday');
    expect(runs(canteen, '2027-03-29')).toBe('publicHoliday');
    expect(runs(canteen, '2027-05-06')).toBe('publicHoliday');
    expect(runs(holidays, '2026-12-25')).toBe('publicHoliday');
    expect(runs(holidays, '2027-01-01')).toBe('publicHoliday');
  });

  it('school holidays close term-time activities and open holiday sessions, from the Saturday to the day before classes resume', () => {
    expect(runs(canteen, '2026-12-18')).toBe('runs');
    expect(runs(canteen, '2026-12-21')).toBe('schoolHoliday');
    expect(runs(canteen, '2027-01-04')).toBe('runs');
    expect(runs(holidays, '2026-12-18')).toBe('noSchool');
    expect(runs(holidays, '2026-12-21')).toBe('runs');
    expect(runs(holidays, '2027-01-01')).toBe('publicHoliday');
    expect(runs(holidays, '2027-01-04')).toBe('noSchool');
  });

  it('a holiday day knows its session and the session’s first open day', () => {
    const run = activityRuns(holidays, calendar, '2026-12-30');
    expect(run).toMatchObject({ runs: true, schoolYear: '2026-2027', session: { name: 'Noël', from: '2026-12-19', firstDay: '2026-12-21' } });
    // Printemps 2027 starts on Saturday 3 April; Easter Monday 2027 is 29 March, so Monday 5 April opens the session.
    expect(activityRuns(holidays, calendar, '2027-04-07')).toMatchObject({ session: { name: 'Printemps', firstDay: '2027-04-05' } });
  });

  it('outside the published calendar nothing runs, and the summer after the last published year is unknown', () => {
    expect(runs(canteen, '2025-06-02')).toBe('noCalendar');
    expect(runs(canteen, '2028-09-04')).toBe('noCalendar');
    expect(schoolYearAt(calendar, '2027-09-02')?.schoolYear).toBe('2027-2028');
    expect(schoolYearAt(calendar, '2027-08-31')?.schoolYear).toBe('2026-2027');
    expect(schoolYearAt(calendar, '2026-08-31')?.schoolYear).toBe('2025-2026');
    expect(schoolYearAt(calendar, '2026-09-01')?.schoolYear).toBe('2026-2027');
  });

  it('the days around the daylight-saving changes are ordinary days', () => {
    // 25 October 2026 and 28 March 2027 are Sundays; the days around them keep their weekday.
    expect(['2026-10-24', '2026-10-25', '2026-10-26'].map((d) => runs(canteen, d))).toEqual(['weekend', 'weekend', 'schoolHoliday']);
    expect(['2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30'].map((d) => runs(canteen, d))).toEqual(['weekend', 'weekend', 'publicHoliday', 'runs']);
  });
});

describe('booking deadlines', () => {
  it('15 days ahead: on time until D-15 included, late (with the surcharge) from D-14', () => {
    expect(bookingTiming(canteen, calendar, '2026-12-10', '2026-11-25')).toEqual({ kind: 'onTime', deadline: '2026-11-25' });
    expect(bookingTiming(canteen, calendar, '2026-12-10', '2026-11-26')).toEqual({ kind: 'late', surchargePercent: 20, deadline: '2026-11-25' });
    expect(bookingTiming(canteen, calendar, '2026-12-10', '2026-12-09')).toMatchObject({ kind: 'late' });
  });

  it('the day itself and the days before today are past', () => {
    expect(bookingTiming(canteen, calendar, '2026-12-10', '2026-12-10')).toEqual({ kind: 'closed', reason: 'past', deadline: '2026-11-25' });
    expect(bookingTiming(canteen, calendar, '2026-12-08', '2026-12-10')).toMatchObject({ kind: 'closed', reason: 'past' });
  });

  it('where the commune refuses late bookings, a day after its deadline is closed', () => {
    expect(bookingTiming(wednesday, calendar, '2026-12-09', '2026-11-24')).toEqual({ kind: 'onTime', deadline: '2026-11-24' });
    expect(bookingTiming(wednesday, calendar, '2026-12-09', '2026-11-25')).toEqual({ kind: 'closed', reason: 'lateRefused', deadline: '2026-11-24' });
  });

  it('a day the activity does not run is closed with the reason', () => {
    expect(bookingTiming(canteen, calendar, '2026-12-09', '2026-11-01')).toEqual({ kind: 'closed', reason: 'notThatDay' });
    expect(bookingTiming(canteen, calendar, '2026-12-26', '2026-11-01')).toEqual({ kind: 'closed', reason: 'weekend' });
    // Friday 25 December: the public holiday is named before the school holiday.
    expect(bookingTiming(canteen, calendar, '2026-12-25', '2026-11-01')).toEqual({ kind: 'closed', reason: 'publicHoliday' });
    expect(bookingTiming(canteen, calendar, '2026-12-22', '2026-11-01')).toEqual({ kind: 'closed', reason: 'schoolHoliday' });
    expect(bookingTiming(canteen, calendar, '2026-11-11', '2026-10-01')).toEqual({ kind: 'closed', reason: 'publicHoliday' });
  });

  it('counts calendar days across the daylight-saving changes', () => {
    // Winter time starts on 25 October 2026: D-15 of Monday 9 November is Sunday 25 October.
    expect(deadlineOf(canteen, { runs: true, schoolYear: '2026-2027' }, '2026-11-09')).toBe('2026-10-25');
    expect(bookingTiming(canteen, calendar, '2026-11-09', '2026-10-25')).toMatchObject({ kind: 'onTime' });
    expect(bookingTiming(canteen, calendar, '2026-11-09', '2026-10-26')).toMatchObject({ kind: 'late' });
    // Summer time starts on 28 March 2027: D-15 of 12 April is that Sunday; D-15 of Tuesday 30 March is 15 March.
    expect(deadlineOf(canteen, { runs: true, schoolYear: '2026-2027' }, '2027-04-12')).toBe('2027-03-28');
    expect(deadlineOf(canteen, { runs: true, schoolYear: '2026-2027' }, '2027-03-30')).toBe('2027-03-15');
  });

  it('holiday sessions: 4 weeks before the session’s first day, for every day of the session', () => {
    // Noël 2026: first day Monday 21 December → deadline Monday 23 November.
    expect(bookingTiming(holidays, calendar, '2026-12-21', '2026-11-23')).toEqual({ kind: 'onTime', deadline: '2026-11-23' });
    expect(bookingTiming(holidays, calendar, '2026-12-31', '2026-11-23')).toEqual({ kind: 'onTime', deadline: '2026-11-23' });
    expect(bookingTiming(holidays, calendar, '2026-12-21', '2026-11-24')).toEqual({ kind: 'closed', reason: 'lateRefused', deadline: '2026-11-23' });
    expect(bookingTiming(holidays, calendar, '2027-01-02', '2026-11-24')).toEqual({ kind: 'closed', reason: 'weekend' });
  });

  it('back-to-school bookings stay on time until 30 September, then the deadline applies again', () => {
    expect(bookingTiming(canteen, calendar, '2026-09-03', '2026-09-01')).toEqual({ kind: 'onTime', deadline: '2026-08-19' });
    expect(bookingTiming(canteen, calendar, '2026-10-01', '2026-09-30')).toMatchObject({ kind: 'onTime' });
    expect(bookingTiming(canteen, calendar, '2026-10-08', '2026-09-30')).toMatchObject({ kind: 'onTime' });
    expect(bookingTiming(canteen, calendar, '2026-10-08', '2026-10-01')).toMatchObject({ kind: 'late', surchargePercent: 20 });
    // An activity without the window is late as soon as its deadline has passed.
    expect(bookingTiming(morning, calendar, '2026-09-03', '2026-09-01')).toMatchObject({ kind: 'late' });
  });
});

describe('cancelling', () => {
  it('is free until the deadline, billed after it, impossible on the day', () => {
    expect(cancellationTiming(canteen, calendar, '2026-12-10', '2026-11-25')).toEqual({ kind: 'free', deadline: '2026-11-25' });
    expect(cancellationTiming(canteen, calendar, '2026-12-10', '2026-11-26')).toEqual({ kind: 'billed', deadline: '2026-11-25' });
    expect(cancellationTiming(canteen, calendar, '2026-12-10', '2026-12-10')).toEqual({ kind: 'past' });
  });

  it('is free during the back-to-school window', () => {
    expect(cancellationTiming(canteen, calendar, '2026-10-01', '2026-09-29')).toMatchObject({ kind: 'free' });
  });

  it('of a holiday day counts from the session’s first day', () => {
    expect(cancellationTiming(holidays, calendar, '2026-12-30', '2026-11-23')).toMatchObject({ kind: 'free', deadline: '2026-11-23' });
    expect(cancellationTiming(holidays, calendar, '2026-12-30', '2026-11-24')).toMatchObject({ kind: 'billed' });
  });
});

describe('months and money', () => {
  it('lists the days of a month, leap years included', () => {
    expect(daysOfMonth('2026-02')).toHaveLength(28);
    expect(daysOfMonth('2028-02').at(-1)).toBe('2028-02-29');
    expect(daysOfMonth('2026-10')).toHaveLength(31);
    expect(daysOfMonth('2027-03')[27]).toBe('2027-03-28');
  });

  it('moves months across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-11', 14)).toBe('2028-01');
  });

  it('rounds a surcharge to the cent', () => {
    expect(surchargeCents(310, 20)).toBe(62);
    expect(surchargeCents(452, 15)).toBe(68); // 67.8
    expect(surchargeCents(150, 25)).toBe(38); // 37.5 rounds up
    expect(surchargeCents(0, 20)).toBe(0);
  });
});

describe('the nearest days an activity can be booked (a day asked that is not one of its days)', () => {
  it.each<[string, { rules: ActivityRules }, string, string, string[]]>([
    // « centre de loisirs demain » on Thursday 3 December: the Wednesdays after that Friday.
    ['the Wednesday activity, asked on a Friday', wednesday, '2026-12-04', '2026-11-18', ['2026-12-09', '2026-12-16']],
    // « cantine mercredi »: the Tuesday and the Thursday around it.
    ['the canteen, asked on a Wednesday', canteen, '2026-12-09', '2026-12-03', ['2026-12-08', '2026-12-10']],
    ['a Mondays-only activity, asked on a Tuesday', mondaysOnly, '2026-12-08', '2026-11-18', ['2026-12-07', '2026-12-14']],
    // The holiday sessions, asked on a school day: the first days of the Christmas holidays.
    ['the holiday activity, asked on a school day', holidays, '2026-12-10', '2026-11-10', ['2026-12-21', '2026-12-22']],
    // Never a past day: asked for tomorrow's Wednesday activity on a Tuesday in the holidays, the first Wednesday back.
    ['the Wednesday activity, asked in the holidays', wednesday, '2026-12-23', '2026-12-22', ['2027-01-06', '2027-01-13']],
  ])('%s', (_name, activity, asked, today, expected) => {
    expect(nearestBookableDays(activity, calendar, asked, today)).toEqual(expected);
  });

  it('for every activity of the demo communes, every day it does not run gets days it runs and can be booked, never past', () => {
    const today = '2026-11-18';
    const activities = demoCommunes(join(__dirname, '../../db/demo/communes'), ['A', 'B', 'C']).flatMap((c) => c.activities);
    expect(activities.length).toBeGreaterThan(5);
    let checked = 0;
    for (const activity of activities) {
      const cal = JSON.parse(readFileSync(join(__dirname, `../../db/reference/school-calendars/zone-${(activity.schoolZone ?? 'c').toLowerCase()}.json`), 'utf8')) as SchoolCalendar;
      for (let day = addDays(today, 1); day < '2027-02-01'; day = addDays(day, 1)) {
        const run = activityRuns(activity, cal, day);
        if (run.runs || !['notThatDay', 'noSchool', 'schoolHoliday'].includes(run.reason)) continue;
        const nearest = nearestBookableDays(activity, cal, day, today);
        expect([activity.code, day, nearest.length > 0]).toEqual([activity.code, day, true]);
        for (const d of nearest) expect([activity.code, day, d, d > today, bookingTiming(activity, cal, d, today).kind !== 'closed']).toEqual([activity.code, day, d, true, true]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
