/**
 * What the school calendar tells a resident: the next holiday (of a name or the next one), when classes start again,
 * whether there is school on a day. On zone C's 2026-2027 year as the reference file holds it.
 */
import type { SchoolCalendar } from '../../src/domain/activityCalendar';
import { lastClassDay, nextClassesStart, nextHoliday, schoolOn } from '../../src/domain/schoolCalendarFacts';

const CALENDAR: SchoolCalendar = {
  years: [
    {
      schoolYear: '2026-2027',
      classesStart: '2026-09-01',
      holidays: [
        { name: 'Toussaint', from: '2026-10-17', resume: '2026-11-02' },
        { name: 'Noël', from: '2026-12-19', resume: '2027-01-04' },
        { name: 'Hiver', from: '2027-02-06', resume: '2027-02-22' },
        { name: 'Printemps', from: '2027-04-03', resume: '2027-04-19' },
        { name: 'Été', from: '2027-07-03', resume: '2027-09-01' },
      ],
    },
    { schoolYear: '2027-2028', classesStart: '2027-09-01', holidays: [{ name: 'Toussaint', from: '2027-10-23', resume: '2027-11-08' }] },
  ],
};

describe('the school calendar as a resident asks it', () => {
  it('gives the holiday of a name, the next one, or the one under way, with its last day', () => {
    expect(nextHoliday(CALENDAR, '2026-12-06', 'hiver')).toMatchObject({ from: '2027-02-06', to: '2027-02-21', resume: '2027-02-22' });
    expect(nextHoliday(CALENDAR, '2026-12-06')).toMatchObject({ name: 'Noël', from: '2026-12-19' });
    expect(nextHoliday(CALENDAR, '2026-12-22')).toMatchObject({ name: 'Noël', resume: '2027-01-04' });
    // The Toussaint of the next school year once this year's is past.
    expect(nextHoliday(CALENDAR, '2026-12-06', 'toussaint')).toMatchObject({ from: '2027-10-23' });
    expect(nextHoliday(CALENDAR, '2028-01-10')).toBeUndefined();
  });

  it('says when classes start again: after the holiday under way or the next one, and the next school year', () => {
    expect(nextClassesStart(CALENDAR, '2026-12-06')).toEqual({ resume: { day: '2027-01-04', after: 'Noël', now: false }, yearStart: '2027-09-01' });
    expect(nextClassesStart(CALENDAR, '2026-12-22')).toEqual({ resume: { day: '2027-01-04', after: 'Noël', now: true }, yearStart: '2027-09-01' });
    // In the summer: the school year's first day only (the summer's end is that day).
    expect(nextClassesStart(CALENDAR, '2027-07-10')).toEqual({ yearStart: '2027-09-01' });
  });

  it('says the last day of class before a holiday (classes end that evening), back over the week-end', () => {
    expect(lastClassDay(CALENDAR, nextHoliday(CALENDAR, '2026-12-06')!)).toBe('2026-12-18');
    expect(lastClassDay(CALENDAR, nextHoliday(CALENDAR, '2026-12-06', 'hiver')!)).toBe('2027-02-05');
  });

  it('says whether there is school on a day, and why not', () => {
    expect(schoolOn(CALENDAR, '2026-12-07')).toEqual({ kind: 'classes' });
    expect(schoolOn(CALENDAR, '2026-12-09')).toEqual({ kind: 'noClassWednesday' });
    expect(schoolOn(CALENDAR, '2026-12-12')).toEqual({ kind: 'weekend' });
    expect(schoolOn(CALENDAR, '2026-11-11')).toEqual({ kind: 'publicHoliday', holiday: 'armistice' });
    expect(schoolOn(CALENDAR, '2026-12-24')).toMatchObject({ kind: 'holiday', period: { name: 'Noël' } });
    expect(schoolOn(CALENDAR, '2028-09-04')).toEqual({ kind: 'unknown' });
  });
});
