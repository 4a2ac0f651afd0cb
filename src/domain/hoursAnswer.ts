/**
 * What an opening-hours question answers, as data: the weekly hours, the hours of one weekday in
 * general, now, dated days (public holidays applied, the day said), or one moment of a day (open or
 * not then, with that day's hours). The words are the dialogs' business.
 */
import { closureOn, dayStatus, hoursOn, openStatus, statusAt, type DayStatus, type OpenStatus } from './openingHours';
import { addDays, parisDay, toMinutes, weekdayOf } from './parisTime';
import { publicHolidayOn, type HolidayCode } from './publicHolidays';
import type { Closure, CommuneService, DayHours, Weekday } from './types';

export type HoursQuestion =
  | { kind: 'week' }
  | { kind: 'now' }
  /** « le mercredi »: every Wednesday. */
  | { kind: 'weekday'; weekday: Weekday }
  /** « demain », « le 25 décembre », « ce week-end ». */
  | { kind: 'days'; days: string[] }
  /** « mercredi à 17h »: 'YYYY-MM-DD' and 'HH:MM'. */
  | { kind: 'moment'; day: string; time: string };

export type HoursAnswer =
  | { kind: 'unknown' }
  | { kind: 'week' }
  | { kind: 'now'; status: OpenStatus }
  /** `holiday`, `closure`: the next such weekday, within a week, is a public holiday the service closes on, or an exceptional closure. */
  | { kind: 'weekday'; weekday: Weekday; periods: DayHours; holiday?: { day: string; code: HolidayCode }; closure?: { day: string; closure: Closure } }
  | { kind: 'days'; days: DayStatus[] }
  | { kind: 'moment'; day: string; time: string; status: OpenStatus; hours: DayStatus };

export function answerHours(service: CommuneService, question: HoursQuestion, at: Date): HoursAnswer {
  if (!service.hours) return { kind: 'unknown' };
  switch (question.kind) {
    case 'week':
      return { kind: 'week' };
    case 'now':
      return { kind: 'now', status: openStatus(service, at) };
    case 'weekday': {
      const periods = hoursOn(service, question.weekday) ?? [];
      const answer: HoursAnswer = { kind: 'weekday', weekday: question.weekday, periods };
      const next = [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(parisDay(at), n)).find((d) => weekdayOf(d) === question.weekday) as string;
      const code = publicHolidayOn(next);
      const closure = closureOn(service, next);
      if (closure && periods.length > 0) answer.closure = { day: next, closure };
      else if (code && periods.length > 0 && service.closedOnPublicHolidays !== false) answer.holiday = { day: next, code };
      return answer;
    }
    case 'days':
      return { kind: 'days', days: question.days.map((d) => dayStatus(service, d)) };
    case 'moment':
      return { kind: 'moment', day: question.day, time: question.time, status: statusAt(service, question.day, toMinutes(question.time)), hours: dayStatus(service, question.day) };
  }
}
