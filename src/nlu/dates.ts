/**
 * The days a French message speaks of, as residents write them: « le 11 », « jeudi »,
 * « les 3, 4 et 5 décembre », « du 4 au 15 janvier », « tous les mardis et jeudis de janvier sauf
 * le 12 », « la semaine du 7 décembre », « pendant les vacances de Noël », « 05/12 », « demain ».
 * Numbers that are not days (phone numbers, amounts, times, ages, invoice numbers, addresses) and
 * the weekday inside an activity's name are set aside first.
 *
 * Works on prepare()d text. Matched spans are blanked with '#' of the same length, so positions
 * stay stable and nothing is read twice. Days are 'YYYY-MM-DD', relative to `today` (Paris).
 */
import { publicHolidayOn, publicHolidays } from '../domain/publicHolidays';
import { WEEKDAYS as WEEKDAY_ORDER, type Weekday } from '../domain/types';
import {
  addDays,
  domOf,
  makeDay,
  mondayOf,
  monthDays,
  monthOf,
  nextDayMonth,
  nextDayOfMonth,
  nextWeekday,
  previousDayMonth,
  previousDayOfMonth,
  span,
  weekdayOf,
  yearOf,
} from './calendarMath';
import { NUMBER_WORDS } from './frenchText';

export interface SchoolHoliday {
  name: string;
  /** First day without class. */
  from: string;
  /** Day classes start again (not part of the holiday). */
  resume: string;
}

export interface DateContext {
  today: string;
  holidays?: readonly SchoolHoliday[];
}

export interface DateReading {
  dates: string[];
  /** « tous les mardis » with no month, range or holiday to bound it: ask until when. */
  unboundedRecurrence: boolean;
  /** The words no pass read, numbers that are not days blanked: what a fallback may look at. */
  unread: string;
}

// ── Vocabulary ─────────────────────────────────────────────────────────────

const MONTH_WORDS: Array<[RegExp, number]> = [
  [/^janv/, 1], [/^fev/, 2], [/^mars$/, 3], [/^avr/, 4], [/^mai$/, 5], [/^juin$/, 6],
  [/^juil/, 7], [/^aout$/, 8], [/^sept/, 9], [/^oct/, 10], [/^nov/, 11], [/^dec/, 12],
];
const MONTH = '(?:janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec)';
const WEEKDAY_WORDS: Record<string, Weekday> = {
  lundi: 'mon', mardi: 'tue', mercredi: 'wed', jeudi: 'thu', vendredi: 'fri', samedi: 'sat', dimanche: 'sun',
};
const WD = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?';
const DAY = '(?:1er|1 er|premier|[12]\\d|3[01]|0?[1-9])';
/** A day with its month and year, a day alone, or dd/mm(/yyyy). */
const SPEC = `(?:(?:${WD} )?(?:le )?(?:\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|${DAY}(?: ${MONTH}(?: 20\\d\\d)?)?)|${WD})`;
const NUMBER = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** What may follow a day written alone (« le 11 ») for it to be a day, not a count (« les 2 enfants »). */
const DAY_END = '(?=$|\\s*[,?!#]|\\s(?:et|ou|au|aux|a|pour|sauf|svp|stp|merci|aussi|inclus|matin|midi|soir|apres|prochain|de ce mois|du mois|car|si|je|j|il|elle|on|nous|mon|ma|mes|son|sa|ses|le|la|les|l|c|de|d|en|svp|ok|egalement|compris)\\b)';

const ORDINALS: Record<string, number> = {
  premier: 1, '1er': 1, '1e': 1, deuxieme: 2, second: 2, '2e': 2, '2eme': 2, troisieme: 3, '3e': 3, '3eme': 3, quatrieme: 4, '4e': 4, '4eme': 4, dernier: -1,
};
const monthNumber = (word: string): number | undefined => MONTH_WORDS.find(([re]) => re.test(word))?.[1];
const weekdayWord = (word: string): Weekday | undefined => WEEKDAY_WORDS[word.replace(/s$/, '')];
const weekdaysIn = (text: string): Weekday[] =>
  [...text.matchAll(new RegExp(`\\b${WD}\\b`, 'g'))].map((m) => weekdayWord(m[0]) as Weekday);

// ── Reading ────────────────────────────────────────────────────────────────

interface Found {
  at: number;
  days: string[];
  /** A month, a range, a holiday or a week: what a weekday recurrence can be bounded by. */
  bound?: boolean;
  /** The days were given by a recurrence over a bound. */
  used?: boolean;
}

class Reader {
  text: string;
  readonly found: Found[] = [];
  unboundedRecurrence = false;

  constructor(
    text: string,
    readonly ctx: DateContext,
  ) {
    this.text = text;
  }

  get today(): string {
    return this.ctx.today;
  }

  /** Runs `re` over the text; each match is blanked, and what `read` returns is kept. */
  pass(re: RegExp, read: (m: RegExpExecArray) => Omit<Found, 'at'> | string[] | undefined | null): void {
    const global = new RegExp(re.source, 'g');
    for (const m of [...this.text.matchAll(global)] as RegExpExecArray[]) {
      const result = read(m);
      if (result === null) continue; // not ours: leave the words for another pass
      this.blank(m.index, m[0].length);
      if (!result) continue;
      const found = Array.isArray(result) ? { days: result } : result;
      this.found.push({ at: m.index, ...found });
    }
  }

  /** Sets words aside so that no pass reads them. */
  mask(re: RegExp): void {
    this.pass(re, () => undefined);
  }

  blank(at: number, length: number): void {
    this.text = this.text.slice(0, at) + '#'.repeat(length) + this.text.slice(at + length);
  }

  /** The latest day found before position `at`: a day written alone follows it (« le 3 décembre et le 5 »). */
  anchorBefore(at: number): string {
    const before = this.found.filter((f) => f.at < at && f.days.length > 0 && !f.bound);
    const last = before.sort((a, b) => b.at - a.at)[0];
    const day = last ? [...last.days].sort().at(-1) : undefined;
    return day && day > this.today ? day : this.today;
  }
}

interface Spec {
  day?: number;
  month?: number;
  year?: number;
  weekday?: Weekday;
}

function parseSpec(text: string): Spec {
  const numeric = /(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?/.exec(text);
  if (numeric) {
    const y = numeric[3] ? Number(numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3]) : undefined;
    return { day: Number(numeric[1]), month: Number(numeric[2]), year: y };
  }
  const spec: Spec = {};
  const wd = new RegExp(`\\b${WD}\\b`).exec(text);
  if (wd) spec.weekday = weekdayWord(wd[0]);
  const day = new RegExp(`(?:^|\\s)(${DAY})(?=\\s|$)`).exec(text);
  if (day?.[1]) spec.day = /^(1 ?er|premier)$/.test(day[1]) ? 1 : Number(day[1]);
  const month = new RegExp(`\\b(${MONTH})\\b`).exec(text);
  if (month?.[1]) spec.month = monthNumber(month[1]);
  const year = /\b(20\d\d)\b/.exec(text);
  if (year?.[1] && spec.month) spec.year = Number(year[1]);
  return spec;
}

/** The first day on or after `from` that the spec describes. */
function forward(spec: Spec, from: string, strictWeekday = true): string | undefined {
  if (spec.day && spec.month && spec.year) return makeDay(spec.year, spec.month, spec.day);
  if (spec.day && spec.month) return nextDayMonth(from, spec.month, spec.day);
  if (spec.day) return nextDayOfMonth(from, spec.day, spec.weekday);
  if (spec.weekday) return strictWeekday ? nextWeekday(from, spec.weekday) : nextWeekday(addDays(from, -1), spec.weekday);
  return undefined;
}

/** The last day on or before `until` that the spec describes. */
function backward(spec: Spec, until: string): string | undefined {
  if (spec.day && spec.month && spec.year) return makeDay(spec.year, spec.month, spec.day);
  if (spec.day && spec.month) return previousDayMonth(until, spec.month, spec.day);
  if (spec.day) return previousDayOfMonth(until, spec.day);
  if (spec.weekday) return addDays(nextWeekday(addDays(until, -7), spec.weekday), 0);
  return undefined;
}

/**
 * « du 4 au 15 janvier »: when the start has no month, the end is found first and the start is the
 * last such day before it; otherwise the start is found first and the end follows it.
 */
function range(r: Reader, startText: string, endText: string): string[] | undefined {
  const start = parseSpec(startText);
  const end = parseSpec(endText);
  let a: string | undefined;
  let b: string | undefined;
  if (start.month !== undefined || (start.day === undefined && start.weekday)) {
    a = forward(start, r.today, true);
    b = a ? forward(end, a, false) : undefined;
  } else {
    b = forward(end, r.today, false);
    a = b ? backward(start, b) : undefined;
  }
  if (!a || !b || a > b) return undefined;
  return span(a, b);
}

/** Words a resident uses → the start of the holiday's name in the calendar, folded. */
const HOLIDAY_NAMES: Array<[RegExp, string]> = [
  [/noel/, 'noel'],
  [/toussaint/, 'toussaint'],
  [/hiver|fevrier/, 'hiver'],
  [/printemps|paques|avril/, 'printemps'],
  [/\bete\b|grandes vacances|juillet|aout/, 'ete'],
  [/ascension/, 'pont de l ascension'],
];
const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, ' ');

/** The days of the next school holiday (the one under way counts), by name when one is said. */
function holidayDays(r: Reader, words: string): string[] | undefined {
  const named = HOLIDAY_NAMES.find(([said]) => said.test(words))?.[1];
  const next = (r.ctx.holidays ?? [])
    .filter((h) => h.resume > r.today && (!named || fold(h.name).startsWith(named)))
    .sort((x, y) => x.from.localeCompare(y.from))[0];
  return next ? span(next.from, addDays(next.resume, -1)) : undefined;
}

function monthBound(r: Reader, month: number, wholeMonth: boolean): string[] {
  const y = yearOf(r.today);
  const current = monthOf(r.today);
  if (month === current && !wholeMonth) return monthDays(y, month).filter((d) => d >= r.today);
  const year = month > current ? y : y + 1;
  return monthDays(year, month);
}

/** Non-dates first, then what bounds a recurrence, then everything else. */
function read(r: Reader): void {
  // Numbers that are not days.
  r.mask(/(?:\+33 ?|\b0)[1-9](?:[ .]?\d{2}){4}\b/);
  r.mask(/\b\d+(?:\.\d+)? ?(?:€|euros?|eur|cts?|centimes?)(?=\s|$)|€ ?\d+(?:\.\d+)?/);
  r.mask(/\b\d{1,2} ?h(?: ?[0-5]\d)?\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} heures?\b/);
  r.mask(/\b\d{1,2} ?(?:ans?|mois)\b(?! (?:prochain|de))/);
  r.mask(/\b(?:facture|numero|num|ref|reference|dossier|commande|avis)\s?:?\s?(?:numero\s)?[a-z]{0,5}-?\d[\d/.-]{2,}\w*/);
  r.mask(/\b[a-z]{1,6}-?\d{3,}\w*\b|\b\d{5,}\b|\b\d+[a-z]{2,}\d+\w*\b/);
  r.mask(/\b\d{1,4} (?:bis |ter )?(?:rue|avenue|av|bd|boulevard|place|chemin|allee|impasse|route|quai|square|cours|residence)\b/);
  r.mask(/\b(?:19|20)\d\d[/.-]\d{2,4}\b/);
  // The weekday inside an activity's name: « centre de loisirs du mercredi ».
  r.mask(new RegExp(`\\b(?:loisirs?|accueil|centre|activites?|ateliers?|garderie|alsh|clsh) (?:du|des) mercredis?\\b(?! (?:\\d|prochain|en huit|${MONTH}))`));

  // Relative days.
  r.pass(/\bapres demain\b/, () => [addDays(r.today, 2)]);
  r.pass(/\bavant hier\b/, () => [addDays(r.today, -2)]);
  r.pass(/\b(?:aujourd hui|aujourdhui|auj|ce jour|ce matin|ce midi|ce soir|cet apres midi|cet aprem|ce aprem)\b/, () => [r.today]);
  r.pass(/\bdemain\b/, () => [addDays(r.today, 1)]);
  r.pass(/\bhier\b/, () => [addDays(r.today, -1)]);
  r.pass(new RegExp(`\\bdans (${NUMBER}) (jours?|semaines?)\\b`), (m) => {
    const n = NUMBER_WORDS[m[1] as string] ?? Number(m[1]);
    return n > 0 && n < 400 ? [addDays(r.today, (m[2] as string).startsWith('semaine') ? 7 * n : n)] : undefined;
  });
  // Counts are not days: « 3 jours », « les 2 enfants ».
  r.mask(/\b\d{1,3} (?:enfants?|repas|fois|jours?|semaines?|personnes?|factures?|places?|seances?|minutes?|min|nuits?|freres?|soeurs?|filles?|fils|garcons?)\b/);

  // Bounds: « jusqu'au … » first (it may name a holiday), then holidays, weeks, months, ranges.
  r.pass(new RegExp(`\\bjusqu (?:au|a|a la|aux) (?:fin (?:du mois|de (?:la|cette) semaine)|(?:vacances|${SPEC}))(?: (?:de |d )?(noel|toussaint|hiver|fevrier|printemps|paques|ete))?`), (m) => {
    const words = m[0];
    let end: string | undefined;
    if (/fin du mois/.test(words)) end = addDays(nextDayOfMonth(addDays(r.today, 1), 1) ?? r.today, -1);
    else if (/fin de (?:la|cette) semaine/.test(words)) end = addDays(mondayOf(r.today), 6);
    else if (/vacances/.test(words)) {
      const h = holidayDays(r, words);
      end = h?.[0] ? addDays(h[0], -1) : undefined;
    } else end = forward(parseSpec(words.replace(/^jusqu (?:au|a|a la|aux) /, '')), r.today, false);
    return end && end >= r.today ? { days: span(r.today, end), bound: true } : undefined;
  });
  r.pass(/\b(?:(?:pendant|durant|pour|aux|des|les|la|a la) )?(?:(?:les|aux) )?(?:prochaines )?vacances(?: scolaires)?(?: (?:de la |de |d |du )?(noel|toussaint|hiver|fevrier|printemps|paques|ete))?|\bgrandes vacances\b|\bpont de l ascension\b/, (m) => {
    const words = m[0];
    const named = /noel|toussaint|hiver|fevrier|printemps|paques|ete|grandes|ascension/.test(words);
    const announced = /pendant|durant|prochaines|pour les|aux vacances|des vacances|les vacances/.test(words);
    if (!named && !announced) return null;
    const days = holidayDays(r, words);
    return days ? { days, bound: true } : undefined;
  });
  r.pass(/\b(?:la |cette )?semaine (?:prochaine|d apres|suivante)\b/, () => {
    const monday = addDays(mondayOf(r.today), 7);
    return { days: span(monday, addDays(monday, 6)), bound: true };
  });
  r.pass(/\bcette semaine\b/, () => ({ days: span(r.today, addDays(mondayOf(r.today), 6)), bound: true }));
  r.pass(new RegExp(`\\b(?:la )?semaine du (${SPEC})`), (m) => {
    const day = forward(parseSpec(m[1] as string), r.today, false);
    if (!day) return undefined;
    const monday = mondayOf(day);
    return { days: span(monday, addDays(monday, 6)), bound: true };
  });
  r.pass(new RegExp(`\\bentre (?:le )?(${SPEC}) et (?:le )?(${SPEC})`), (m) => {
    const days = range(r, m[1] as string, m[2] as string);
    return days ? { days, bound: true } : undefined;
  });
  r.pass(new RegExp(`\\b(?:du |depuis le |a partir du |a compter du |de )(${SPEC}) (?:au|jusqu au|jusqu a|a) (?:le )?(${SPEC})`), (m) => {
    const start = parseSpec(m[1] as string);
    const end = parseSpec(m[2] as string);
    const bound = r.found.find((f) => f.bound && !f.used);
    if (start.weekday && end.weekday && start.day === undefined && end.day === undefined && bound) {
      // « du lundi au vendredi de la semaine prochaine »: those weekdays of the bound.
      bound.used = true;
      const from = WEEKDAY_ORDER.indexOf(start.weekday);
      const to = WEEKDAY_ORDER.indexOf(end.weekday);
      return bound.days.filter((d) => WEEKDAY_ORDER.indexOf(weekdayOf(d)) >= from && WEEKDAY_ORDER.indexOf(weekdayOf(d)) <= to);
    }
    const days = range(r, m[1] as string, m[2] as string);
    return days ? { days, bound: true } : undefined;
  });
  r.pass(new RegExp(`\\b(?:(?:pendant |durant )?tout (?:le mois (?:de |d )?)?|(?:pendant |durant |sur )?(?:tout )?le mois (?:de |d ))(${MONTH})\\b(?: (20\\d\\d))?`), (m) => {
    const month = monthNumber(m[1] as string) as number;
    const year = m[2] ? Number(m[2]) : undefined;
    return { days: year ? monthDays(year, month) : monthBound(r, month, true), bound: true };
  });
  r.pass(/\b(?:tout )?le mois prochain\b/, () => {
    const first = nextDayOfMonth(addDays(r.today, 1), 1) as string;
    return { days: monthDays(yearOf(first), monthOf(first)), bound: true };
  });

  // Named days: « Noël », « le jour de l'An », « le 14 juillet » is read with the numbers.
  r.pass(/\b(?:la )?veille de noel\b/, () => [nextDayMonth(r.today, 12, 24) as string]);
  r.pass(/\b(?:le )?lendemain de noel\b/, () => [nextDayMonth(r.today, 12, 26) as string]);
  r.pass(/\b(?:le )?(?:jour de noel|noel)\b/, () => [nextDayMonth(r.today, 12, 25) as string]);
  r.pass(/\b(?:le )?(?:jour de l an|nouvel an|premier de l an)\b/, () => [nextDayMonth(r.today, 1, 1) as string]);
  r.pass(/\b(?:le )?(?:lundi de paques|lundi de pentecote|(?:jeudi de l )?ascension)\b/, (m) => {
    const code = m[0].includes('paques') ? 'easterMonday' : m[0].includes('pentecote') ? 'whitMonday' : 'ascension';
    for (let y = yearOf(r.today); y <= yearOf(r.today) + 1; y++) {
      const day = [...publicHolidays(y)].find(([d, c]) => c === code && d >= r.today)?.[0];
      if (day) return [day];
    }
    return undefined;
  });
  // « le premier lundi de janvier », « le dernier vendredi de novembre ».
  r.pass(new RegExp(`\\b(premier|1er|1e|deuxieme|second|2e|2eme|troisieme|3e|3eme|quatrieme|4e|4eme|dernier) (${WD}) (?:de |d |du mois de |du mois d )(${MONTH})\\b`), (m) => {
    const month = monthNumber(m[3] as string) as number;
    const weekday = weekdayWord(m[2] as string) as Weekday;
    const nth = ORDINALS[m[1] as string] ?? 1;
    for (const year of [yearOf(r.today), yearOf(r.today) + 1]) {
      const matching = monthDays(year, month).filter((d) => weekdayOf(d) === weekday);
      const day = nth === -1 ? matching.at(-1) : matching[nth - 1];
      if (day && day >= r.today) return [day];
    }
    return undefined;
  });
  // « ce week-end », « le week-end prochain »: the coming Saturday and Sunday.
  r.pass(/\b(?:ce|le|cette|du|pour le) (?:week end|fin de semaine)(?: prochain)?\b/, () => {
    const saturday = weekdayOf(r.today) === 'sun' ? addDays(r.today, -1) : nextWeekday(addDays(r.today, -1), 'sat');
    return [saturday, addDays(saturday, 1)].filter((d) => d >= r.today);
  });
  // Weekday recurrences: « tous les mardis et jeudis de janvier ».
  const recurrence = new RegExp(
    `\\b(tous les |toutes les |chaque |les |le )?(${WD})((?:(?: ?,| et| ou| puis)? (?:les? |chaque )?${WD})*)(?: (?:matins?|soirs?|midis?|apres midi))?(?: (?:de |d |du mois de |en |pour |pendant )(${MONTH})(?! ?\\d)\\b)?`,
  );
  r.pass(recurrence, (m) => {
    const prefix = m[1] ?? '';
    const words = `${m[2]}${m[3] ?? ''}`;
    const weekdays = weekdaysIn(words);
    const plural = /s\b/.test(m[2] as string) || /tous|toutes|chaque/.test(prefix);
    const monthWord = m[4];
    const following = r.text.slice((m.index ?? 0) + m[0].length);
    if (!monthWord && !plural) {
      // « mardi 12 » is read with the day; « le mardi et le jeudi » gives the next of each.
      if (/^ (?:le )?\d/.test(following) || /^ (?:prochain|en huit|d apres)/.test(following)) return null;
      const bound = r.found.find((f) => f.bound && !f.used);
      if (!bound) return weekdays.map((w) => nextWeekday(r.today, w));
    }
    let bound: Found | undefined;
    let days: string[];
    // The month may stand further on: « les mercredis au centre de loisirs en janvier ».
    const further = monthWord ? undefined : new RegExp(`\\b(?:en|de|d|du mois de|pour|pendant le mois de) (${MONTH})\\b(?! ?\\d)`).exec(r.text);
    if (further) r.blank(further.index, further[0].length);
    const month = monthWord ?? further?.[1];
    if (month) days = monthBound(r, monthNumber(month) as number, false);
    else {
      bound = r.found.find((f) => f.bound && !f.used);
      if (!bound) {
        r.unboundedRecurrence = true;
        return undefined;
      }
      days = bound.days;
    }
    if (bound) bound.used = true;
    return days.filter((d) => weekdays.includes(weekdayOf(d)));
  });
  // A bound that a recurrence filtered gives nothing more by itself.
  for (const f of r.found) if (f.used) f.days = [];

  // Lists with a month: « les 3, 4 et 5 décembre », « mercredi 3 et vendredi 5 décembre ».
  r.pass(
    new RegExp(`\\b(?:(?:${WD}) )?(?:les? )?(${DAY})((?:(?: ?,| et| ou) (?:(?:${WD}) )?(?:le )?${DAY})*) (${MONTH})\\b(?: (20\\d\\d))?`),
    (m) => {
      const month = monthNumber(m[3] as string) as number;
      const year = m[4] ? Number(m[4]) : undefined;
      const numbers = `${m[1]} ${m[2] ?? ''}`.match(/\b(?:1 ?er|premier|\d{1,2})\b/g) ?? [];
      return numbers
        .map((n) => (/^(1 ?er|premier)$/.test(n) ? 1 : Number(n)))
        .map((d) => (year ? makeDay(year, month, d) : nextDayMonth(r.today, month, d)))
        .filter((d): d is string => !!d);
    },
  );
  // « les 12 et 13/01 »: days sharing the month of the last one.
  r.pass(new RegExp(`(?<![/.\\d-])\\b(?:les? )?(${DAY})((?:(?: ?,| et| ou) (?:le )?${DAY})*)(?: ?,| et| ou) (?:le )?(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?\\b`), (m) => {
    const month = Number(m[4]);
    const year = m[5] ? Number(m[5].length === 2 ? `20${m[5]}` : m[5]) : undefined;
    const numbers = [...(`${m[1]} ${m[2] ?? ''}`.match(/\b(?:1 ?er|\d{1,2})\b/g) ?? []), m[3] as string].map((n) => (/^1 ?er$/.test(n) ? 1 : Number(n)));
    const days = numbers.map((d) => (year ? makeDay(year, month, d) : nextDayMonth(r.today, month, d))).filter((d): d is string => !!d);
    return days.length === numbers.length ? days : null;
  });
  // dd/mm, dd/mm/yyyy, dd-mm-yyyy.
  r.pass(new RegExp(`\\b(?:(?:${WD}) )?(?:le )?(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?\\b`), (m) => {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (m[3]) {
      const d = makeDay(Number(m[3].length === 2 ? `20${m[3]}` : m[3]), month, day);
      return d ? [d] : undefined;
    }
    const d = month <= 12 ? nextDayMonth(r.today, month, day) : undefined;
    return d ? [d] : undefined;
  });
  // A weekday and a day: « mardi 12 ».
  // After a date (« mercredi 3 décembre et vendredi 5 ») the month goes on; otherwise the weekday
  // picks the month (« mardi 12 » is the next 12th that is a Tuesday, if one comes soon).
  r.pass(new RegExp(`\\b(${WD}) (?:le )?(${DAY})${DAY_END}`), (m) => {
    const anchor = r.anchorBefore(m.index ?? 0);
    const day = Number(String(m[2]).replace(/\D/g, '')) || 1;
    const d = nextDayOfMonth(anchor, day, anchor === r.today ? weekdayWord(m[1] as string) : undefined);
    return d ? [d] : undefined;
  });
  // A weekday alone: « jeudi », « ce jeudi », « lundi prochain », « lundi en huit ».
  r.pass(new RegExp(`\\b(${WD})(?: (prochain|en huit|d apres))?\\b`), (m) => {
    const weekday = weekdayWord(m[1] as string) as Weekday;
    const next = nextWeekday(r.today, weekday);
    return [m[2] === 'en huit' ? addDays(next, 7) : next];
  });
  // A day alone: « le 11 », « les 8 et 9 », « pour le 1er ».
  r.pass(new RegExp(`\\b(?:le|les|du|au|pour le|ce|des) (${DAY})((?:(?: ?,| et| ou) (?:le )?${DAY})*)${DAY_END}`), (m) => {
    const anchor = r.anchorBefore(m.index ?? 0);
    const numbers = `${m[1]} ${m[2] ?? ''}`.match(/\b(?:1 ?er|\d{1,2})\b/g) ?? [];
    return numbers.map((n) => nextDayOfMonth(anchor, n.startsWith('1 ') || n === '1er' ? 1 : Number(n))).filter((d): d is string => !!d);
  });
}

const EXCEPT = /\b(?:sauf|excepte|hormis|a l exception d[eu]?|a l exception des|mis a part|a part|mais pas)\b|\bsans (?=le |les |la )/;

/** What « sauf … » takes away: weekdays, days of the month, dates, the week-end, holidays. */
function exclusions(clause: string, ctx: DateContext, kept: string[]): (day: string) => boolean {
  // A weekday with a day (« le mercredi 24 ») names a date, not every such weekday.
  const weekdays = new Set(weekdaysIn(clause.replace(new RegExp(`\\b${WD} (?:le )?\\d`, 'g'), '#')));
  if (/\bweek ?end|\bwe\b/.test(clause)) {
    weekdays.add('sat');
    weekdays.add('sun');
  }
  const first = kept[0] ?? ctx.today;
  // Weekdays are taken above; without them « le vendredi 11 » reads as « le 11 ».
  const r = new Reader(clause.replace(new RegExp(`\\b${WD} `, 'g'), '').replace(new RegExp(`\\b${WD}\\b`, 'g'), (w) => '#'.repeat(w.length)), { ...ctx, today: first });
  read(r);
  const dates = new Set(r.found.flatMap((f) => f.days));
  // « sauf le 12 »: the 12th of whichever month the kept days are in.
  const withMonth = new RegExp(`\\b${MONTH}\\b|\\d[/.-]\\d`).test(clause);
  const plain = clause.replace(new RegExp(`\\b${WD} `, 'g'), '');
  const daysOfMonth = new Set(
    withMonth ? [] : [...plain.matchAll(new RegExp(`(?:^|\\s)(?:le|les|et|,) (${DAY})(?=\\s|$)`, 'g'))].map((m) => (/^(1 ?er|premier)$/.test(m[1] as string) ? 1 : Number(m[1]))),
  );
  const holidays = /vacances/.test(clause) ? new Set((ctx.holidays ?? []).flatMap((h) => span(h.from, addDays(h.resume, -1)))) : new Set<string>();
  const publicHolidays = /feries?\b/.test(clause);
  return (day) =>
    weekdays.has(weekdayOf(day)) ||
    dates.has(day) ||
    daysOfMonth.has(domOf(day)) ||
    holidays.has(day) ||
    (publicHolidays && publicHolidayOn(day) !== undefined);
}

export function readDates(prepared: string, ctx: DateContext): DateReading {
  const cut = EXCEPT.exec(prepared);
  const main = cut ? prepared.slice(0, cut.index) : prepared;
  const r = new Reader(main, ctx);
  read(r);
  let days = [...new Set(r.found.flatMap((f) => f.days))].sort();
  if (cut && days.length > 0) {
    const excluded = exclusions(prepared.slice(cut.index + cut[0].length), ctx, days);
    days = days.filter((d) => !excluded(d));
  }
  return { dates: days, unboundedRecurrence: r.unboundedRecurrence && days.length === 0, unread: r.text.replace(/#+/g, ' ').replace(/\s+/g, ' ').trim() };
}
