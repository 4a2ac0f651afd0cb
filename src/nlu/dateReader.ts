/**
 * The reader's state: the text being read, with what each pass found blanked out ('#' of the
 * same length, so positions stay stable and nothing is read twice), and the days found so far.
 */
import { addDays, monthDays, monthOf, mondayOf, nextDayMonth, span, yearOf } from './calendarMath';
import { backward, DAY, forward, MONTH, monthNumber, parseSpec } from './dateWords';
import { correctionBetween } from './dayCorrections';

/** A month named alone, no day beside it (« en janvier : cantine le 7 et le 8 », « pour janvier… le 12 »). */
const MONTH_ALONE = new RegExp(`(?<!\\b(?:${DAY}|\\d+) )\\b(?!sept\\b)${MONTH}\\b(?! ?[/.-]?\\d)`, 'g');
/** What may part days from the month said right after them: « le 12 et le 14 en janvier ». */
const BEFORE_MONTH = /^ ?(?:(?:en|de|d|pour|sur|du mois de|du mois d|au mois de|au mois d|in|of) )?$/;

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
  /** The month on screen ('YYYY-MM'), when a calendar is shown: a day without a month (« le 11 ») is of that month. */
  month?: string;
  /**
   * The message is about invoices or a démarche: a month it names is the invoice's (« la facture d'octobre ») or
   * the event's (« il aura 16 ans le mois prochain »), not days.
   */
  monthsNotDays?: boolean;
  /** The message asks what is booked: « cette semaine » is the whole week, Monday to Sunday, the days gone included. */
  wholeWeeks?: boolean;
  /** The message reports an absence: the day the child comes back (« il reprend lundi 24 ») is not a day missed. */
  absence?: boolean;
  /**
   * The latest day the conversation is about (a basket's): « la semaine d'après », « la semaine suivante » is the week after its week,
   * and a weekday said alone (« plutôt le mardi ») is of its week.
   */
  about?: string;
}

export interface DateReading {
  dates: string[];
  /** « tous les mardis » with no month, range or holiday to bound it: ask until when. */
  unboundedRecurrence: boolean;
  /** The words no pass read, numbers that are not days blanked: what a fallback may look at. */
  unread: string;
}


export interface Found {
  at: number;
  days: string[];
  /** A month, a range, a holiday or a week: what a weekday recurrence can be bounded by. */
  bound?: boolean;
  /** The days were given by a recurrence over a bound. */
  used?: boolean;
  /** Days of a weekday recurrence (« les lundis et mardis en février »): a period too, when days inside it are asked apart. */
  recurring?: boolean;
  /** A recurrence over the month it starts in (« le mardi à partir de janvier »): its end is to be asked when nothing else is said. */
  fromMonth?: boolean;
  /** An event's day (« un spectacle le samedi 30 »): kept only when no other day is asked. */
  aside?: boolean;
  /** A weekday said alone (« lundi »): told in the past (« il a été absent lundi »), the last such day. */
  weekday?: boolean;
  /** « cette semaine »: the days to come of today's week, unless it points back to days said before it. */
  thisWeek?: boolean;
  /** « depuis lundi, elle revient jeudi »: days from a past one on, the past ones asked too. */
  sinceThen?: boolean;
  /** A day of the month counted in the month of another day read before it (storyDays.ts reanchored): that day, and the days read from the start instead. */
  anchoredOn?: Found;
  fromStart?: string[];
}

/** How far back a day named with its month is one just past (read as next year's, it would be more than nine months ahead). */
export const RECENT_PAST_DAYS = 92;
/** Each pattern read in passes with the 'g' flag (its own flags dropped), built once per pattern (pattern.ts keeps the patterns). */
const globals = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let global = globals.get(re);
  if (!global) globals.set(re, (global = new RegExp(re.source, 'g')));
  return global;
}

/** What text.matchAll(global) gives, read with the pattern itself from the text's start (matchAll reads a copy). */
function allMatches(text: string, global: RegExp): RegExpExecArray[] {
  const all: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    all.push(m);
    // An empty match: on to the next character, as matchAll does (no 'u' flag here).
    if (m[0] === '') global.lastIndex += 1;
  }
  return all;
}

export class Reader {
  text: string;
  /** The text as given, before any pass blanked it. */
  readonly source: string;
  readonly found: Found[] = [];
  unboundedRecurrence = false;

  constructor(
    text: string,
    readonly ctx: DateContext,
  ) {
    this.text = text;
    this.source = text;
  }

  get today(): string {
    return this.ctx.today;
  }

  /** The first day of a school holiday named with days written out (« pendant les vacances de février, du 8 au 12 »): they are in it. */
  within?: string;

  /** « le lundi après les vacances »: weekdays said alone are looked for after this day (the eve of the day classes resume). */
  weekdaysFrom?: string;
  /** Where the words about the rentrée start (its clause): weekdays said before it are read from today. */
  weekdaysFromAt = 0;

  /** Where a day without a month is looked for: the holiday named with it, the month on screen when it is still to come, otherwise today. */
  get start(): string {
    if (this.within && this.within > this.today) return this.within;
    const first = this.ctx.month && /^\d{4}-\d{2}$/.test(this.ctx.month) ? `${this.ctx.month}-01` : undefined;
    return first && first > this.today ? first : this.today;
  }

  /**
   * The day after which a weekday said alone (« plutôt le mardi ») is looked for: in the week of the day the
   * conversation is about (a basket's, of the month on screen), else in the month on screen when it is still
   * to come, else from today.
   */
  weekdayStart(at = this.weekdaysFromAt): string {
    if (this.weekdaysFrom && at >= this.weekdaysFromAt) return this.weekdaysFrom;
    const { about, month } = this.ctx;
    if (about && about > this.today && (!month || about.startsWith(month))) {
      const before = addDays(mondayOf(about), -1);
      return before > this.today ? before : this.today;
    }
    return this.start > this.today ? addDays(this.start, -1) : this.today;
  }

  /** The same for the weekday said at `at`; « ce jeudi » is this week's, from today. */
  weekdayFrom(at: number): string {
    return /\bce $/.test(this.source.slice(0, at)) ? this.today : this.weekdayStart(at);
  }

  /** Runs `re` over the text; each match is blanked, and what `read` returns is kept. */
  pass(re: RegExp, read: (m: RegExpExecArray) => Omit<Found, 'at'> | string[] | undefined | null): void {
    for (const m of allMatches(this.text, globalOf(re))) {
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

  /**
   * The latest day found before position `at`: a day written alone follows it (« le 3 décembre et le 5 »); else the month on screen.
   * After an event's day (« un tournoi le samedi 5 décembre, la garderie le vendredi 4 ») or a day taken back (« le 15, je voulais dire
   * le 14 »), the days of its month.
   */
  anchorBefore(at: number, end = at): string {
    const before = this.found.filter((f) => f.at < at && f.days.length > 0 && !f.bound);
    const last = before.sort((a, b) => b.at - a.at)[0];
    // A month named alone after the last day read (or right after these days) is theirs: « le 3 décembre, puis en janvier le 5 ».
    const lone = this.lonelyMonths();
    const month = lone.filter((m) => m.at < at && (!last || m.at > last.at)).at(-1) ?? lone.find((m) => m.at >= end && BEFORE_MONTH.test(this.text.slice(end, m.at)));
    if (month) return month.first > this.today ? month.first : this.today;
    const latest = last ? [...last.days].sort().at(-1) : undefined;
    // « le 15, je voulais dire le 14 »: the day meant instead is read in the month of the one taken back, not after it.
    const day = latest && (last?.aside || (last && correctionBetween(this.source, last.at, at, end))) ? `${latest.slice(0, 7)}-01` : latest;
    // « suite à mon appel du 2 décembre … le mardi 8 »: a day of the last weeks read as next year's is the story, not where the next days are.
    return day && day > this.today && day <= addDays(this.today, 365 - RECENT_PAST_DAYS) ? day : this.start;
  }

  private lone?: Array<{ at: number; first: string }>;

  /** The months named alone in what is left to read, once the days with their months are read: each with its first day to come. */
  lonelyMonths(): Array<{ at: number; first: string }> {
    this.lone ??= [...this.text.matchAll(MONTH_ALONE)].map((m) => ({ at: m.index, first: nextDayMonth(this.today.slice(0, 7) + '-01', monthNumber(m[0]) as number, 1) as string }));
    return this.lone;
  }
}

/**
 * « du 4 au 15 janvier »: when the start has no month, the end is found first and the start is the
 * last such day before it; otherwise the start is found first and the end follows it.
 * Without any month, a range whose first day is already gone is next month's (« du 4 au 8 » said on the 5th
 * is the 4th to the 8th of next month), unless it is told of days gone (`told`: past tense, an absence under way).
 */
export function range(r: Reader, startText: string, endText: string, told = false): string[] | undefined {
  const start = parseSpec(startText);
  const end = parseSpec(endText);
  let a: string | undefined;
  let b: string | undefined;
  if (start.month !== undefined || (start.day === undefined && start.weekday)) {
    a = forward(start, r.today, true);
    b = a ? forward(end, a, false) : undefined;
  } else {
    b = forward(end, end.month === undefined ? r.start : r.today, false);
    a = b ? backward(start, b) : undefined;
    if (a && b && a < r.today && !told && end.month === undefined && start.weekday === undefined && end.weekday === undefined) {
      b = forward(end, addDays(b, 1), false);
      a = b ? backward(start, b) : undefined;
    }
  }
  if (!a || !b || a > b) return undefined;
  return span(a, b);
}

export function monthBound(r: Reader, month: number, wholeMonth: boolean): string[] {
  const y = yearOf(r.today);
  const current = monthOf(r.today);
  if (month === current && !wholeMonth) return monthDays(y, month).filter((d) => d >= r.today);
  const year = month > current ? y : y + 1;
  return monthDays(year, month);
}
