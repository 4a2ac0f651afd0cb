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
  const noon = noonOf(day);
  const d = Number.isNaN(noon) ? new Date(`${day}T12:00:00Z`) : new Date(noon);
  return WEEKDAYS[(d.getUTCDay() + 6) % 7] as Weekday;
}

/** The same day `n` years later ('YYYY-MM-DD'); 29 February becomes 1 March in a year without one. */
export function addYears(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const noon = Number.isInteger(n) ? noonOf(day) : NaN;
  if (Number.isNaN(noon)) {
    const d = new Date(`${day}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  // Within the month's first 28 days (every month has them): only the day's digits change.
  const date = digits(day, 8, 10) + n;
  if (date >= 1 && date <= 28) return `${day.slice(0, 8)}${date < 10 ? '0' : ''}${date}`;
  const d = new Date(noon);
  d.setUTCDate(d.getUTCDate() + n);
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${dd < 10 ? '0' : ''}${dd}`;
}

/** The number written at [from, to) of a text, digits only; -1 when another character is there. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Noon UTC of a day 'YYYY-MM-DD', in milliseconds, as the date parser reads `${day}T12:00:00Z` (a day past its
 * month's end, up to 31, runs into the next month, as there) without the date parser (a turn reads hundreds of days).
 * NaN for any other text, and for years before 100 (Date.UTC reads 0–99 as 1900–1999): left to the parser.
 */
function noonOf(day: string): number {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return NaN;
  const y = digits(day, 0, 4);
  const m = digits(day, 5, 7);
  const d = digits(day, 8, 10);
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > 31) return NaN;
  return Date.UTC(y, m - 1, d, 12);
}

/** 'HH:MM' → minutes since midnight. */
export const toMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
