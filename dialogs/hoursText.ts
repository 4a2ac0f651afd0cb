/**
 * Opening hours in words: the week, a weekday, a dated day (« le vendredi 25 décembre »), now, or
 * one moment (« mercredi à 17 h »), from the structured answer of src/domain/hoursAnswer.ts.
 */
import type { HoursAnswer } from '../src/domain/hoursAnswer';
import { hoursOn, openStatus, type DayStatus, type NextOpening, type OpenStatus } from '../src/domain/openingHours';
import { addDays, parisMoment, weekdayOf } from '../src/domain/parisTime';
import type { CommuneService, DayHours, Weekday } from '../src/domain/types';
import { WEEKDAYS } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { dayAndMonth } from './dateWords';

export function formatTime(t: Translate, hhmm: string): string {
  const h = String(Number(hhmm.slice(0, 2)));
  const m = hhmm.slice(3, 5);
  return m === '00' ? t('time.h', { h }) : t('time.hm', { h, m });
}

function formatPeriods(t: Translate, hours: DayHours): string {
  return hours.map(([from, to]) => t('info.period', { from: formatTime(t, from), to: formatTime(t, to) })).join(t('info.periodsJoin'));
}

/** « vendredi 25 décembre », « vendredi 1er janvier ». */
export function namedDay(t: Translate, locale: string, day: string): string {
  return `${t(`weekday.${weekdayOf(day)}`)} ${dayAndMonth(locale, day)}`;
}

/**
 * The week's hours, one line per run of days that follow each other with the same hours (« lundi au vendredi : … »,
 * « mardi et jeudi » never grouped: only days in a row). A weekend day closed is not listed.
 */
export function weekHours(t: Translate, service: CommuneService): string {
  const lines = [t('info.hoursWeek', { service: service.name })];
  const days = WEEKDAYS.map((day) => ({ day, hours: hoursOn(service, day) ?? [] })).filter(({ day, hours }) => hours.length > 0 || (day !== 'sat' && day !== 'sun'));
  for (let i = 0; i < days.length; ) {
    const first = days[i] as (typeof days)[number];
    const key = JSON.stringify(first.hours);
    let j = i + 1;
    while (j < days.length && JSON.stringify(days[j]?.hours) === key && WEEKDAYS.indexOf(days[j]?.day as Weekday) === WEEKDAYS.indexOf(days[j - 1]?.day as Weekday) + 1) j += 1;
    const last = days[j - 1] as (typeof days)[number];
    const span = j - i;
    const from = t(`weekday.${first.day}`);
    const to = t(`weekday.${last.day}`);
    const weekday = span === 1 ? from : t(span === 2 ? 'info.daysPair' : 'info.daysRange', { from, to });
    lines.push(first.hours.length === 0 ? t('info.hoursDayClosed', { weekday }) : t('info.hoursDay', { weekday, periods: formatPeriods(t, first.hours) }));
    i = j;
  }
  return lines.join('\n');
}

export function dayHours(t: Translate, service: CommuneService, day: Weekday): string {
  const hours = hoursOn(service, day);
  if (!hours) return t('info.noHours', { service: service.name });
  if (hours.length === 0) return t('info.closedOn', { service: service.name, weekday: t(`weekday.${day}`) });
  return t('info.hoursOn', { service: service.name, weekday: t(`weekday.${day}`), periods: formatPeriods(t, hours) });
}

function nextLine(t: Translate, locale: string, next: NextOpening, sameDay: string): string {
  return next.day === sameDay
    ? t('info.nextSameDay', { time: formatTime(t, next.opensAt) })
    : t('info.nextOn', { weekday: t(`weekday.${next.weekday}`), date: dayAndMonth(locale, next.day), time: formatTime(t, next.opensAt) });
}

/** The state now, told without a question asked (« parler à quelqu'un », the family key's service): no « oui » nor « non ». */
export function openNow(t: Translate, locale: string, service: CommuneService, at: Date): string {
  return nowText(t, locale, service, openStatus(service, at), parisMoment(at).day, 'stated');
}

/**
 * `asked`: « est-ce ouvert ? », answered « oui » or « non »; `reopens`: « il rouvre quand ? », the state then the next opening;
 * `stated`: no question asked, the state and why it is closed, without « oui » or « non ».
 */
type NowMode = 'asked' | 'reopens' | 'stated';
const CLOSED_KEYS: Record<Exclude<NowMode, 'reopens'>, { holiday: string; closure: string; lunch: string; closed: string }> = {
  asked: { holiday: 'info.closedHoliday', closure: 'info.closedClosure', lunch: 'info.closedNowLunch', closed: 'info.closedNow' },
  stated: { holiday: 'info.stated.closedHoliday', closure: 'info.stated.closedClosure', lunch: 'info.stated.closedNowLunch', closed: 'info.reopens.closed' },
};

function nowText(t: Translate, locale: string, service: CommuneService, status: OpenStatus, today: string, mode: NowMode): string {
  if (status.state === 'unknown') return t('info.noHours', { service: service.name });
  if (status.state === 'open') return t(mode === 'asked' ? 'info.openNow' : 'info.reopens.open', { service: service.name, closesAt: formatTime(t, status.closesAt) });
  const keys = mode === 'reopens' ? undefined : CLOSED_KEYS[mode];
  const lines = [
    !keys
      ? t('info.reopens.closed', { service: service.name })
      : status.reason === 'holiday'
      ? t(keys.holiday, { service: service.name, holiday: t(`holiday.${status.holiday ?? 'unknown'}`) })
      : status.reason === 'closure'
        ? t(keys.closure, { service: service.name, label: status.closure?.label ?? '' })
        : status.reason === 'lunch'
        ? t(keys.lunch, { service: service.name })
        : t(keys.closed, { service: service.name }),
  ];
  if (status.next) lines.push(status.next.day === today ? t('info.nextToday', { time: formatTime(t, status.next.opensAt) }) : nextLine(t, locale, status.next, today));
  return lines.join(' ');
}

/** The hours of one calendar day, the day said. */
function dayLine(t: Translate, locale: string, service: CommuneService, status: DayStatus): string {
  const date = namedDay(t, locale, status.day);
  if (status.state === 'unknown') return t('info.noHours', { service: service.name });
  if (status.state === 'open') return t('info.dayOpen', { service: service.name, date, periods: formatPeriods(t, status.periods) });
  if (status.reason === 'holiday') return t('info.dayHoliday', { service: service.name, date, holiday: t(`holiday.${status.holiday ?? 'unknown'}`) });
  if (status.reason === 'closure') return t('info.dayClosure', { service: service.name, date, label: status.closure?.label ?? '' });
  return t('info.dayClosed', { service: service.name, date });
}

/** A day closed as it always is (no hours that weekday), not for a holiday or a closure: nothing to add to « fermé ». */
const closedAsUsual = (d: DayStatus): boolean => d.state === 'closed' && d.reason === 'dayOff';

function momentText(t: Translate, locale: string, service: CommuneService, a: Extract<HoursAnswer, { kind: 'moment' }>): string {
  const params = { service: service.name, date: namedDay(t, locale, a.day), time: formatTime(t, a.time) };
  if (a.status.state === 'open') return t('info.openAt', { ...params, closesAt: formatTime(t, a.status.closesAt) });
  // (« à midi ? »: reopening the same day says enough, the day's hours are not said again: by SMS, one segment less.)
  const sameDay = a.status.state === 'closed' && a.status.next?.day === a.day && a.hours.state === 'open';
  const lines = [t('info.closedAt', params), ...(closedAsUsual(a.hours) || sameDay ? [] : [dayLine(t, locale, service, a.hours)])];
  if (a.status.state === 'closed' && a.status.next) lines.push(nextLine(t, locale, a.status.next, a.day));
  return lines.join('\n');
}

/** « jeudi après-midi »: open then (with the openings in that part), or closed then, the day's hours and the next opening. */
function partText(t: Translate, locale: string, service: CommuneService, a: Extract<HoursAnswer, { kind: 'part' }>): string {
  if (a.hours.state === 'unknown') return t('info.noHours', { service: service.name });
  const params = { service: service.name, date: namedDay(t, locale, a.day), part: t(`info.part.${a.part}`) };
  if (a.periods.length > 0) return t('info.openPart', { ...params, periods: formatPeriods(t, a.periods) });
  // The whole day closed as every such weekday (« samedi après-midi »): said once; a holiday, a closure or the day's other hours: said too.
  const lines = [t('info.closedPart', params), ...(closedAsUsual(a.hours) ? [] : [dayLine(t, locale, service, a.hours)])];
  if (a.next) lines.push(nextLine(t, locale, a.next, a.day));
  return lines.join('\n');
}

/** « ça ferme à quelle heure ? »: that time of the day; the day's hours too when it has a break; closed: the next opening. */
function boundText(t: Translate, locale: string, service: CommuneService, a: Extract<HoursAnswer, { kind: 'bound' }>, today: string): string {
  if (a.hours.state === 'unknown') return t('info.noHours', { service: service.name });
  if (a.openNow && a.bound === 'opens' && a.time) return t('info.reopens.open', { service: service.name, closesAt: formatTime(t, a.time) });
  if (a.time) {
    const params = { service: service.name, date: namedDay(t, locale, a.day), time: formatTime(t, a.time) };
    const line = t(`info.${a.bound}${a.day === today ? 'Today' : 'On'}`, params);
    return a.hours.state === 'open' && a.hours.periods.length > 1 ? `${line}\n${dayLine(t, locale, service, a.hours)}` : line;
  }
  const lines = [a.closedNow ? t('info.closedForToday', { service: service.name }) : dayLine(t, locale, service, a.hours)];
  if (a.next) lines.push(nextLine(t, locale, a.next, a.day));
  return lines.join('\n');
}

/** « pendant les vacances de Noël »: the days closed in the period (why), then the usual hours, in one short answer. */
function periodText(t: Translate, locale: string, service: CommuneService, a: Extract<HoursAnswer, { kind: 'period' }>): string {
  if (!service.hours && a.closed.length === 0) return t('info.noHours', { service: service.name });
  const date = (day: string) => dayAndMonth(locale, day);
  const params = { service: service.name, from: date(a.from), to: date(a.to) };
  const why = (d: DayStatus) => (d.state === 'closed' && d.reason === 'holiday' ? t(`holiday.${d.holiday ?? 'unknown'}`) : d.state === 'closed' ? (d.closure?.label ?? '') : '');
  // Days in a row closed for the same reason (« du lundi 9 au vendredi 13 août ») said once, not one by one (a weekend between them counts as in a row).
  const runs: DayStatus[][] = [];
  for (const d of a.closed) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const next = last && (d.day === addDays(last.day, 1) || (weekdayOf(last.day) === 'fri' && d.day === addDays(last.day, 3)));
    if (run && next && why(d) === why(last)) run.push(d);
    else runs.push([d]);
  }
  const days = runs
    .map((run) => {
      const [first, end] = [run[0] as DayStatus, run[run.length - 1] as DayStatus];
      return run.length > 1 ? t('info.periodRange', { from: namedDay(t, locale, first.day), to: namedDay(t, locale, end.day), why: why(first) }) : t('info.periodDay', { date: namedDay(t, locale, first.day), why: why(first) });
    })
    .join(', ');
  const head = a.closed.length > 0 ? t('info.periodClosed', { ...params, days }) : t('info.periodOpen', params);
  // The closed days known without the week's hours (the SEJ's summer closure): said, then that the hours are not known.
  if (!service.hours) return [head, t('info.noHours', { service: service.name })].join('\n');
  return [head, t(a.closed.length > 0 ? 'info.periodUsual' : 'info.periodUsualAll'), ...weekHours(t, service).split('\n').slice(1)].join('\n');
}

/** The answer in words. */
export function hoursText(t: Translate, locale: string, service: CommuneService, answer: HoursAnswer, at: Date, reopens = false): string {
  switch (answer.kind) {
    case 'unknown':
      return t('info.noHours', { service: service.name });
    case 'week':
      return weekHours(t, service);
    case 'now':
      return nowText(t, locale, service, answer.status, parisMoment(at).day, reopens ? 'reopens' : 'asked');
    case 'weekday': {
      const line = dayHours(t, service, answer.weekday);
      if (answer.closure) return `${line}\n${t('info.weekdayClosure', { date: namedDay(t, locale, answer.closure.day), label: answer.closure.closure.label })}`;
      if (!answer.holiday) return line;
      return `${line}\n${t('info.weekdayHoliday', { date: namedDay(t, locale, answer.holiday.day), holiday: t(`holiday.${answer.holiday.code}`) })}`;
    }
    case 'days': {
      const lines = answer.days.map((d) => dayLine(t, locale, service, d));
      const last = answer.days[answer.days.length - 1];
      if (last?.state === 'closed' && last.next) lines.push(nextLine(t, locale, last.next, last.day));
      return lines.join('\n');
    }
    case 'moment':
      return momentText(t, locale, service, answer);
    case 'part':
      return partText(t, locale, service, answer);
    case 'bound':
      return boundText(t, locale, service, answer, parisMoment(at).day);
    case 'period':
      return periodText(t, locale, service, answer);
  }
}
