/**
 * Calendar days and times of day in Europe/Paris, whatever the server's time zone,
 * across daylight-saving changes. Days are 'YYYY-MM-DD' strings.
 */
import { WEEKDAYS, type Weekday } from './types';

export const TIME_ZONE = 'Europe/Paris';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface ParisMoment {
  day: string;
  weekday: Weekday;
  /** 'HH:MM' */
  time: string;
  /** Minutes since midnight, Paris time. */
  minutes: number;
}

/**
 * The moments already worked out, by minute (the time zone's offsets change on the hour): a turn asks for
 * « now » many times, and the formatter's parts cost far more than this lookup.
 */
const MOMENTS = new Map<number, Readonly<ParisMoment>>();
const KEPT_MOMENTS = 256;

export function parisMoment(at: Date): ParisMoment {
  const minute = Math.floor(at.getTime() / 60_000);
  let moment = MOMENTS.get(minute);
  if (!moment) {
    moment = Object.freeze(momentOf(at));
    if (MOMENTS.size >= KEPT_MOMENTS) MOMENTS.delete(MOMENTS.keys().next().value as number);
    if (Number.isFinite(minute)) MOMENTS.set(minute, moment);
  }
  return moment;
}

function momentOf(at: Date): ParisMoment {
  const p = Object.fromEntries(partsFormat.formatToParts(at).map((x) => [x.type, x.value]));
  const day = `${p.year}-${p.month}-${p.day}`;
  const hour = Number(p.hour) % 24;
  const minute = Number(p.minute);
  return {
    day,
    weekday: weekdayOf(day),
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    minutes: hour * 60 + minute,
  };
}

export const parisDay = (at: Date): string => parisMoment(at).day;

/** The weekday of a calendar day (the day itself, no time zone involved). */
export function weekdayOf(day: string): Weekday {
  const d = new Date(`${day}T12:00:00Z`);
  return WEEKDAYS[(d.getUTCDay() + 6) % 7] as Weekday;
}

/** The same day `n` years later ('YYYY-MM-DD'); 29 February becomes 1 March in a year without one. */
export function addYears(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 'HH:MM' → minutes since midnight. */
export const toMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
