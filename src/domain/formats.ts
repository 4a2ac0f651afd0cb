/**
 * Intl formatters, built once per locale and options and kept: building one costs far more than
 * using it (a calendar card says some forty dates), and a process needs only a handful of them.
 * Also days in lists, as the chat and the mails say them.
 */
const kept = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

/** The same, by the options object itself when it is a constant: found without writing the options out. */
const byOptions = new WeakMap<object, Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>>();

function keep<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(kind: string, locale: string, options: object, build: () => F): F {
  const constant = byOptions.get(options);
  const same = constant?.get(`${kind}|${locale}`);
  if (same) return same as F;
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = kept.get(key) as F | undefined;
  if (!format) kept.set(key, (format = build()));
  constant?.set(`${kind}|${locale}`, format);
  return format;
}

/** Options to build formatters with that never change: their formatters are found by the object (keep). */
export function constantOptions<O extends object>(options: O): Readonly<O> {
  byOptions.set(options, new Map());
  return Object.freeze(options);
}

/**
 * French says the first day of a month « 1er » before the month's name (« mercredi 1er septembre »); Intl says « 1 ».
 * Only the day 1 with a month in words: « 11 », « 21 », « 01/09/2027 » and years stay as they are.
 */
class FirstOfMonth extends Intl.DateTimeFormat {
  override formatToParts(date?: Date | number): Intl.DateTimeFormatPart[] {
    const parts = super.formatToParts(date);
    const month = parts.find((p) => p.type === 'month');
    if (!month || !/\p{L}/u.test(month.value)) return parts;
    return parts.map((p) => (p.type === 'day' && p.value === '1' ? { ...p, value: '1er' } : p));
  }

  override format(date?: Date | number): string {
    return this.formatToParts(date).map((p) => p.value).join('');
  }
}

/** Whether a locale writes the first of a month « 1er » (French and its regions). */
const saysFirst = (locale: string): boolean => /^fr(?:-|$)/i.test(locale);

/** A formatter for `locale` with `options`, kept; a French one says « 1er » (FirstOfMonth). */
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  keep('date', locale, options, () => (saysFirst(locale) ? new FirstOfMonth(locale, options) : new Intl.DateTimeFormat(locale, options)));

/** The number of a day of a month as `locale` says it before the month's name: « 1er » in French, else « 1 ». */
export const dayNumber = (locale: string, day: number): string => (day === 1 && saysFirst(locale) ? '1er' : String(day));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => keep('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat => keep('list', locale, options, () => new Intl.ListFormat(locale, options));

const atNoon = (day: string) => new Date(`${day}T12:00:00Z`);

const daysSaid = new WeakMap<Intl.DateTimeFormat, Map<string, string>>();
const DAYS_KEPT = 1000;

/** A day ('YYYY-MM-DD') as `format` says it at noon UTC, kept per formatter: a calendar says the same forty days at every turn, each some microseconds of ICU. */
export function sayDay(format: Intl.DateTimeFormat, day: string): string {
  let said = daysSaid.get(format);
  if (!said) daysSaid.set(format, (said = new Map()));
  let text = said.get(day);
  if (text === undefined) {
    text = format.format(atNoon(day));
    if (said.size >= DAYS_KEPT) said.clear();
    said.set(day, text);
  }
  return text;
}

/**
 * A day a resident reads without doubt: « 18/11/2026 » in French; with the month in words in another language
 * (« 12/04/2026 » is April or December in English: « December 4, 2026 »).
 */
export const dayFormat = (locale: string, timeZone: string): Intl.DateTimeFormat =>
  dateFormat(locale, locale === 'fr' ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone } : { day: 'numeric', month: 'long', year: 'numeric', timeZone });

const MONTH_ONLY = constantOptions<Intl.DateTimeFormatOptions>({ month: 'long', timeZone: 'UTC' });
const CONJUNCTION = constantOptions<Intl.ListFormatOptions>({ type: 'conjunction' });

/** « 1er, 3 et 4 décembre, 5 janvier »: days grouped by month, in words. */
export function listDays(locale: string, days: readonly string[]): string {
  const byMonth = new Map<string, string[]>();
  for (const day of [...days].sort()) byMonth.set(day.slice(0, 7), [...(byMonth.get(day.slice(0, 7)) ?? []), day]);
  const and = listFormat(locale, CONJUNCTION);
  const monthOnly = dateFormat(locale, MONTH_ONLY);
  return [...byMonth.values()].map((ds) => `${and.format(ds.map((d) => dayNumber(locale, Number(d.slice(8)))))} ${sayDay(monthOnly, ds[0] as string)}`).join(', ');
}

/** The words a locale says days with: its months and weekdays, and the « et » of its lists. */
function dayWords(locale: string): string[] {
  const month = dateFormat(locale, { month: 'long', timeZone: 'UTC' });
  const weekday = dateFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const and = listFormat(locale, { type: 'conjunction' }).formatToParts(['a', 'b']).find((p) => p.type === 'literal')?.value.trim() ?? '';
  // 5 January 2026 is a Monday.
  return [...Array.from({ length: 12 }, (_, i) => month.format(new Date(Date.UTC(2026, i, 15, 12)))), ...Array.from({ length: 7 }, (_, i) => weekday.format(new Date(Date.UTC(2026, 0, 5 + i, 12)))), and];
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Days already said in another of `locales` (« 7 janvier » kept in a text said again in English): in `locale`'s words (« 7 January »). */
export function dayWordsIn(text: string, locale: string, locales: readonly string[]): string {
  const to = dayWords(locale);
  let out = text;
  for (const other of locales.filter((l) => l !== locale)) {
    // « 1er janvier » said again in English is « 1 January »; the other way, « 1 janvier » is « 1er janvier ».
    const months = dayWords(other).slice(0, 12).map(escaped).join('|');
    if (saysFirst(other) && !saysFirst(locale)) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])1er(?=\\s+(?:${months})(?![\\p{L}\\p{N}]))`, 'gu'), '1');
    if (saysFirst(locale) && !saysFirst(other)) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}/.,:])1(?=\\s+(?:${months})(?![\\p{L}\\p{N}]))`, 'gu'), '1er');
    dayWords(other).forEach((word, i) => {
      if (word && to[i] && word !== to[i]) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped(word)}(?![\\p{L}\\p{N}])`, 'gu'), to[i]);
    });
  }
  return out;
}
