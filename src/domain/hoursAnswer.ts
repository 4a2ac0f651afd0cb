/**
 * What an opening-hours question answers, as data: the weekly hours, the hours of one weekday in
 * general, now, dated days (public holidays applied, the day said), or one moment of a day (open or
 * not then, with that day's hours). The words are the dialogs' business.
 */
import { closureOn, dayStatus, hoursOn, openStatus, statusAt, type DayStatus, type NextOpening, type OpenStatus } from './openingHours';
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
  | { kind: 'moment'; day: string; time: string }
  /** « jeudi après-midi », « ce soir »: a part of one day. */
  | { kind: 'part'; day: string; part: DayPart }
  /** « ça ferme à quelle heure ? », « ça ouvre à quelle heure demain ? »: the closing or opening time of one day. */
  | { kind: 'bound'; day: string; bound: HoursBound }
  /** « pendant les vacances de Noël »: from one day to another, both included. */
  | { kind: 'period'; from: string; to: string };

export type HoursBound = 'opens' | 'closes';

/** « le matin », « l'après-midi », « le soir »: open then when any opening of the day falls in it. */
export type DayPart = 'morning' | 'afternoon' | 'evening';
const PART_SPAN: Record<DayPart, readonly [string, string]> = { morning: ['00:00', '12:00'], afternoon: ['12:00', '18:00'], evening: ['18:00', '24:00'] };

/** The openings of a day that fall in a part of it. */
export function periodsIn(hours: DayStatus, part: DayPart): DayHours {
  if (hours.state !== 'open') return [];
  const [from, to] = PART_SPAN[part];
  return hours.periods.filter(([open, close]) => open < to && close > from);
}

export type HoursAnswer =
  | { kind: 'unknown' }
  | { kind: 'week' }
  | { kind: 'now'; status: OpenStatus }
  /** `holiday`, `closure`: the next such weekday, within a week, is a public holiday the service closes on, or an exceptional closure. */
  | { kind: 'weekday'; weekday: Weekday; periods: DayHours; holiday?: { day: string; code: HolidayCode }; closure?: { day: string; closure: Closure } }
  | { kind: 'days'; days: DayStatus[] }
  | { kind: 'moment'; day: string; time: string; status: OpenStatus; hours: DayStatus }
  /** `periods`: the openings of the day in that part ([] when closed then). */
  | { kind: 'part'; day: string; part: DayPart; periods: DayHours; hours: DayStatus; next?: NextOpening }
  /**
   * `time`: the day's last closing, or its (coming) opening; asked to open when already open (`openNow`), until when;
   * `closedNow`: asked today once the day's last opening is over; `next`: the next opening when the day has none left.
   */
  | { kind: 'bound'; day: string; bound: HoursBound; hours: DayStatus; time?: string; openNow?: boolean; closedNow?: boolean; next?: NextOpening }
  /** `closed`: the days of the period closed that are usually open (a public holiday, an exceptional closure); the usual hours otherwise. */
  | { kind: 'period'; from: string; to: string; closed: DayStatus[] };

/** The longest period read day by day (the summer holidays). */
const MAX_PERIOD_DAYS = 70;

export function answerHours(service: CommuneService, question: HoursQuestion, at: Date): HoursAnswer {
  if (service.hours) return answerKnownWeek(service, question, at);
  // Without the week's hours, only a dated day closed all day is known: a public holiday, an exceptional closure (the SEJ in August).
  if (question.kind === 'week' || question.kind === 'weekday') return { kind: 'unknown' };
  const answer = answerKnownWeek(service, question, at);
  const closedDay = (d: DayStatus) => d.state === 'closed';
  const known = answer.kind === 'period' ? answer.closed.length > 0 : answer.kind === 'days' ? answer.days.some(closedDay) : answer.kind === 'now' ? answer.status.state === 'closed' : 'hours' in answer && closedDay(answer.hours);
  return known ? answer : { kind: 'unknown' };
}

function answerKnownWeek(service: CommuneService, question: HoursQuestion, at: Date): HoursAnswer {
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
    case 'period': {
      const days: string[] = [];
      for (let d = question.from; d <= question.to && days.length < MAX_PERIOD_DAYS; d = addDays(d, 1)) days.push(d);
      // A holiday on a day the service is closed anyway (the 15th of August a Sunday) closes nothing more.
      // Without the week's hours, a weekday (Monday to Friday) closed all day: a public holiday, an exceptional closure.
      const usuallyOpen = (weekday: Weekday) => (service.hours ? (hoursOn(service, weekday)?.length ?? 0) > 0 : weekday !== 'sat' && weekday !== 'sun');
      const closed = days.map((d) => dayStatus(service, d)).filter((s) => s.state === 'closed' && s.reason !== 'dayOff' && usuallyOpen(s.weekday));
      return { kind: 'period', from: question.from, to: question.to, closed };
    }
    case 'moment':
      return { kind: 'moment', day: question.day, time: question.time, status: statusAt(service, question.day, toMinutes(question.time)), hours: dayStatus(service, question.day) };
    case 'part': {
      const hours = dayStatus(service, question.day);
      const periods = periodsIn(hours, question.part);
      if (periods.length > 0 || hours.state === 'unknown') return { kind: 'part', day: question.day, part: question.part, periods, hours };
      // Closed then: the next opening after that part of the day.
      const after = statusAt(service, question.day, Math.min(toMinutes(PART_SPAN[question.part][1]), 24 * 60 - 1));
      return { kind: 'part', day: question.day, part: question.part, periods, hours, ...(after.state === 'closed' && after.next ? { next: after.next } : {}) };
    }
    case 'bound':
      return boundAnswer(service, question.day, question.bound, at);
  }
}

/** When a service opens or closes on a day; today, from the time asked (already closed: said so, with the next opening). */
function boundAnswer(service: CommuneService, day: string, bound: HoursBound, at: Date): HoursAnswer {
  const hours = dayStatus(service, day);
  const answer = { kind: 'bound' as const, day, bound, hours };
  if (hours.state === 'unknown') return answer;
  if (hours.state === 'closed') return { ...answer, ...(hours.next ? { next: hours.next } : {}) };
  const now = parisDay(at) === day ? openStatus(service, at) : undefined;
  const last = hours.periods[hours.periods.length - 1]?.[1];
  if (!now) return { ...answer, time: bound === 'closes' ? last : hours.periods[0]?.[0] };
  if (now.state === 'open') return { ...answer, openNow: true, time: bound === 'closes' ? last : now.closesAt };
  if (now.state === 'closed' && now.next?.day === day) return { ...answer, time: bound === 'closes' ? last : now.next.opensAt };
  return { ...answer, closedNow: true, ...(now.state === 'closed' && now.next ? { next: now.next } : {}) };
}
