/**
 * The day and time a practical question is about: « le vendredi 25 décembre », « le 1er janvier »,
 * « demain », « après-demain », « lundi prochain », « ce week-end », « à midi et demi »,
 * « mercredi à 17h », « vers 14h30 »; and the question they make, resolved from today (Paris):
 * the weekly hours, one weekday in general, dated days, or one moment.
 */
import type { DayPart, HoursBound, HoursQuestion } from '../domain/hoursAnswer';
import { publicHolidays, type HolidayCode } from '../domain/publicHolidays';
import type { Weekday } from '../domain/types';
import { addDays, makeDay, nextDayMonth, nextDayOfMonth, nextWeekday, weekdayOf } from './calendarMath';
import { DAY, MONTH, WD, monthNumber, weekdayWord } from './dateWords';
import { prepare } from './frenchText';
import { pattern } from './pattern';

export type InfoWhen = 'now' | 'today' | 'tomorrow' | 'afterTomorrow' | 'weekend';

export interface InfoMoment {
  weekday?: Weekday;
  /** The weekday names one day, not every such weekday: « ce mercredi » (this), « lundi prochain » (next). */
  which?: 'this' | 'next';
  when?: InfoWhen;
  /** A date said with its day of the month (« le 25 décembre », « le 1er », « 25/12 »). */
  date?: { day: number; month?: number; year?: number };
  /** A public holiday named (« le lundi de Pâques », « à Noël »). */
  holiday?: HolidayCode;
  /** 'HH:MM' (« à 17h », « midi et demi », « vers 14h30 »). */
  time?: string;
  /** « le matin », « l'après-midi », « ce soir »: a part of the day, not one time. */
  part?: DayPart;
  /** « le lendemain », « le vendredi d'après »: a day counted from `base`, the day talked about before. */
  relative?: 'dayAfter' | 'dayBefore' | 'weekdayAfter';
  base?: Pick<InfoMoment, 'weekday' | 'which' | 'when' | 'date' | 'holiday' | 'relative' | 'base'>;
  /** « pendant les vacances de Noël », « la semaine prochaine »: a run of days (first and last, 'YYYY-MM-DD'), read with the school calendar. */
  period?: { from: string; to: string };
}

/** The parts of a day (« l'accueil du soir », « la garderie du matin » are services, not moments). */
const PARTS: ReadonlyArray<readonly [DayPart, RegExp]> = [
  ['afternoon', /\b(?:(?:cet|l|en|d|dans l) )?(?:apres midi|aprem|apres midis|aprems)\b/],
  ['morning', /\b(?:(?:ce|le|du|au|dans la|en|la) )?(?:matin|matinee)\b/],
  ['evening', /\b(?:(?:ce|le|du|en|la|cette) )?(?:soir|soiree|fin de journee)\b/],
];
const SERVICE_PART = /\b(?:accueils?|garderies?|etudes?|periscolaires?) (?:du|de|le) (?:matin|soir)\b/g;
const SAYS_THIS_PART = /\b(?:ce matin|cet (?:apres midi|aprem)|ce soir|cette (?:matinee|soiree|apres midi))\b/;

function readPart(prepared: string): { part?: DayPart; rest: string } {
  const said = prepared.replace(SERVICE_PART, ' ');
  for (const [part, re] of PARTS) {
    const m = re.exec(said);
    if (m) return { part, rest: prepared.replace(m[0], SAYS_THIS_PART.test(m[0]) ? ' aujourd hui ' : ' ') };
  }
  return { rest: prepared };
}

/** Holidays named by their name; those named by their date (« 1er mai ») are dates. */
const HOLIDAY_WORDS: ReadonlyArray<readonly [HolidayCode, RegExp]> = [
  ['easterMonday', /\blundi de paques\b/],
  ['whitMonday', /\blundi de (?:la )?pentecote\b/],
  ['ascension', /\b(?:jeudi de l )?ascension\b/],
  ['newYear', /\b(?:jour de l an|nouvel an)\b/],
  ['allSaints', /\btoussaint\b/],
  ['christmas', /\bnoel\b/],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** « 17h », « 17 h 30 », « 9 heures », « 14:30 », « 17h et demie », « midi et quart », « minuit ». */
const CLOCK = /\b([01]?\d|2[0-3]) ?(?:h|heures?|:) ?([0-5]\d)?(?: (et demie?|et quart))?(?=\s|$|\?|,)/;
const NOON = /\b(midi|minuit)(?: (et demie?|et quart|30|15))?\b/;

function readTime(prepared: string): { time?: string; rest: string } {
  const clock = CLOCK.exec(prepared);
  if (clock) {
    const extra = clock[3] ? (clock[3].includes('quart') ? 15 : 30) : 0;
    const time = `${pad(Number(clock[1]))}:${pad(Number(clock[2] ?? 0) + extra)}`;
    return { time, rest: prepared.replace(clock[0], ' ') };
  }
  const noon = NOON.exec(prepared);
  if (noon) {
    const extra = noon[2] ? (/quart|15/.test(noon[2]) ? 15 : 30) : 0;
    return { time: `${noon[1] === 'midi' ? '12' : '00'}:${pad(extra)}`, rest: prepared.replace(noon[0], ' ') };
  }
  return { rest: prepared };
}

function readDate(text: string): InfoMoment['date'] {
  const numeric = /(?:^|\s)(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?=\s|$|\?)/.exec(text);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), ...(numeric[3] ? { year: Number(numeric[3]) } : {}) };
  const named = pattern`(?:^|\\s)(${DAY}) (${MONTH})(?: (20\\d\\d))?\\b`.exec(text);
  // « le 25 », « lundi 25 », « samedi 12 ? » (the weekday checked against the date: dayOfDate).
  const alone = named ? undefined : pattern`\\b(?:le|du|ce|${WD}) (${DAY})(?=\\s|$|\\?)`.exec(text);
  const m = named ?? alone;
  if (!m?.[1]) return undefined;
  const day = /^(1 ?er|premier)$/.test(m[1]) ? 1 : Number(m[1]);
  const month = named?.[2] ? monthNumber(named[2]) : undefined;
  return { day, ...(month ? { month } : {}), ...(named?.[3] ? { year: Number(named[3]) } : {}) };
}

/** The day and time words of a message. */
export function readInfoMoment(text: string): InfoMoment {
  const { part, rest: withoutPart } = readPart(prepare(text));
  const { time, rest } = readTime(withoutPart);
  const moment: InfoMoment = {};
  if (part && !time) moment.part = part;
  if (/\b(?:le )?lendemain\b|\ble jour (?:d )?apres\b/.test(rest)) moment.relative = 'dayAfter';
  else if (/\bla veille\b/.test(rest)) moment.relative = 'dayBefore';
  else if (pattern`\\b${WD} (?:d apres|suivant|qui suit|d ensuite|juste apres)\\b`.test(rest)) moment.relative = 'weekdayAfter';
  const weekday = pattern`\\b${WD}\\b`.exec(rest);
  if (weekday) moment.weekday = weekdayWord(weekday[0]);
  if (weekday && moment.relative) {
    // the day counted from another (followUp sets base); alone, the next such weekday
  } else if (weekday && pattern`\\b${WD} (?:prochain|qui vient)\\b`.test(rest)) moment.which = 'next';
  else if (weekday && pattern`\\bce ${WD}\\b`.test(rest)) moment.which = 'this';
  const when: InfoWhen | undefined = /\b(?:maintenant|en ce moment|actuellement|tout de suite|a cette heure ci)\b/.test(rest)
    ? 'now'
    : /\b(?:aujourd hui|ce jour)\b/.test(rest)
      ? 'today'
      : /\bapres demain\b/.test(rest)
        ? 'afterTomorrow'
        : /(?:^|\s)demain\b/.test(rest)
          ? 'tomorrow'
          : /\b(?:ce|le|du) (?:week end|weekend|we)\b/.test(rest)
            ? 'weekend'
            : undefined;
  if (when) moment.when = when;
  const holiday = HOLIDAY_WORDS.find(([, re]) => re.test(rest))?.[0];
  if (holiday) moment.holiday = holiday;
  const date = holiday ? undefined : readDate(rest);
  if (date) moment.date = date;
  if (holiday && moment.weekday && /\blundi de/.test(rest)) delete moment.weekday;
  // « le lendemain de Noël », « la veille du 14 juillet »: counted from the day said with it, not from the question before.
  if ((moment.relative === 'dayAfter' || moment.relative === 'dayBefore') && (moment.holiday || moment.date)) {
    moment.base = { ...(moment.holiday ? { holiday: moment.holiday } : {}), ...(moment.date ? { date: moment.date } : {}) };
    delete moment.holiday;
    delete moment.date;
  }
  if (time) moment.time = time;
  return moment;
}

/** The day a date describes, from today: the next one (with the weekday said, when it is said). */
function dayOfDate(date: NonNullable<InfoMoment['date']>, weekday: Weekday | undefined, today: string): string | undefined {
  if (date.month && date.year) return makeDay(date.year, date.month, date.day);
  if (!date.month) return nextDayOfMonth(today, date.day, weekday);
  const first = nextDayMonth(today, date.month, date.day);
  if (!first || !weekday || weekdayOf(first) === weekday) return first;
  // « le vendredi 25 décembre »: the next year when the 25th of December is a Friday.
  for (let year = Number(first.slice(0, 4)) + 1; year <= Number(first.slice(0, 4)) + 7; year++) {
    const d = makeDay(year, date.month, date.day);
    if (d && weekdayOf(d) === weekday) return d;
  }
  return first;
}

/** The next `weekday`, today included. */
const upcoming = (today: string, weekday: Weekday) => (weekdayOf(today) === weekday ? today : nextWeekday(today, weekday));

/** The days a moment names, from today; [] when it names none. */
function daysOf(m: InfoMoment, today: string): string[] {
  if (m.relative) {
    // From the day talked about (a weekday named alone then was the coming one), else from today.
    const base = m.base ? daysOf({ ...m.base, ...(m.base.weekday && !m.base.which ? { which: 'this' as const } : {}) }, today)[0] : undefined;
    if (m.relative === 'dayAfter') return [addDays(base ?? today, 1)];
    if (m.relative === 'dayBefore') return base ? [addDays(base, -1)] : [];
    if (m.weekday) return [nextWeekday(base ?? today, m.weekday)];
  }
  if (m.holiday) {
    const year = Number(today.slice(0, 4));
    const next = [year, year + 1].flatMap((y) => [...publicHolidays(y)].filter(([d, code]) => code === m.holiday && d >= today).map(([d]) => d))[0];
    return next ? [next] : [];
  }
  if (m.date) {
    const day = dayOfDate(m.date, m.weekday, today);
    return day ? [day] : [];
  }
  switch (m.when) {
    case 'today':
    case 'now':
      return [today];
    case 'tomorrow':
      return [addDays(today, 1)];
    case 'afterTomorrow':
      return [addDays(today, 2)];
    case 'weekend': {
      if (weekdayOf(today) === 'sun') return [today];
      const saturday = upcoming(today, 'sat');
      return [saturday, addDays(saturday, 1)];
    }
  }
  if (m.weekday && m.which === 'next') return [nextWeekday(today, m.weekday)];
  if (m.weekday && (m.which === 'this' || m.time || m.part)) return [upcoming(today, m.weekday)];
  return [];
}

/**
 * The question a moment makes about opening hours, from the moment it is asked (Paris day and time); `reopens`: the next opening asked;
 * `bound`: the opening or closing time of the day asked (« ferme à quelle heure ce soir ? » is today's closing, whatever the part).
 */
export function hoursQuestion(m: InfoMoment, now: { day: string; time: string }, asksIfOpen: boolean, reopens = false, bound?: HoursBound): HoursQuestion {
  const days = daysOf(m, now.day);
  // « il ferme à quelle heure le mercredi ? »: a weekday named alone is the coming one.
  if (bound) return { kind: 'bound', day: days[0] ?? (m.weekday ? upcoming(now.day, m.weekday) : now.day), bound };
  // « ouvert pendant les vacances de Noël ? »: the days closed in it, the usual hours otherwise.
  if (m.period && !m.time && !m.part) return { kind: 'period', from: m.period.from, to: m.period.to };
  if (m.when === 'now' && !m.time) return { kind: 'now' };
  if (m.time) return { kind: 'moment', day: days[0] ?? now.day, time: m.time };
  if (m.part) return { kind: 'part', day: days[0] ?? now.day, part: m.part };
  if (days.length > 0) return { kind: 'days', days };
  // « il rouvre quand ? » after « ouvert le samedi ? »: from the coming Saturday (its holiday or closure, then the next opening).
  if (m.weekday && reopens) return { kind: 'days', days: [upcoming(now.day, m.weekday)] };
  if (m.weekday) return { kind: 'weekday', weekday: m.weekday };
  return asksIfOpen ? { kind: 'now' } : { kind: 'week' };
}
