/**
 * Weekday recurrences, a pass of the date reader (datePasses.ts): « tous les mardis et jeudis de janvier (et février) »,
 * « les lundis du 1er au 5 février », « chaque jeudi jusqu'aux vacances »; and « le jeudi » said as a habit.
 */
import { domOf, nextWeekday, weekdayOf } from './calendarMath';
import { monthBound, type Found, type Reader } from './dateReader';
import { COMING, COMING_LIST, DAY, MONTH, monthNumber, parseSpec, WD, weekdaysIn } from './dateWords';
import { toldInThePast } from './pastClauses';
import { globalPattern, pattern } from './pattern';

/**
 * « elle a piano le jeudi, … l'étude le mardi 24 novembre »: beside a date written out, « le jeudi »
 * alone (at `at`, after « le ») is a habit, not a day.
 */
export function habit(r: Reader, at: number): boolean {
  const before = r.text.slice(0, at);
  // « le jeudi et le 3 décembre » is a list of days.
  const listed = /(?:\bet|\bou|,) le $/.test(before) || pattern`^\\w+(?: ?,| et| ou) (?:le )?(?:\\d|${WD})`.test(r.text.slice(at));
  // Beside a date written out, or a recurrence (« en télétravail le vendredi …, les vendredis de mars »);
  // not beside a bound it runs over (« à partir du 4 janvier, cantine le lundi jusqu'aux vacances »).
  const bounded = r.found.some((f) => f.bound && !f.used);
  return !listed && !bounded && /(?:^|\s)le $/.test(before) && pattern`\\b${DAY} ${MONTH}\\b|\\b\\d{1,2}[/.]\\d{1,2}\\b|\\b(?:tous les|les|chaque) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\\b(?! (?:\\d|prochain))`.test(r.source);
}

/**
 * The bound a recurrence at `at` runs over: the nearest one not yet used (« je commence une formation la semaine
 * prochaine… tous les jeudis jusqu'aux vacances de la Toussaint » runs to the holidays, not over next week).
 */
function nearestBound(r: Reader, at: number): Found | undefined {
  const free = r.found.filter((f) => f.bound && !f.used);
  return free.sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0];
}

/** « les lundis et mardis du 1er au 5 février et du 22 au 26 février »: the bounds said one after another right after the weekdays. */
function boundsRightAfter(r: Reader, end: number): Found[] {
  const run = /^(?:(?: ?,| et)? #+)+/.exec(r.text.slice(end))?.[0] ?? '';
  return r.found.filter((f) => f.bound && !f.used && f.at >= end && f.at < end + run.length);
}

/** Words between a weekday and a range that part them: a comma, or four words or more. */
const saidApart = (between: string): boolean => /,/.test(between) || between.trim().split(/\s+/).length >= 4;

/** « [tous les lundis de janvier] à partir du 11 (pour Rose) »: where the month's days start. */
const START_IN_MONTH = new RegExp(`^(?: [a-z]+){0,3}? (?:, )?(?:a partir du|a compter du|des le) (${DAY})\\b(?! ?(?:${MONTH}\\b|[/.-]\\d))`);

/** « tous les mardis et jeudis de janvier »: weekdays over a bound. */
export function readRecurrences(r: Reader): void {
  // Weekday recurrences: « tous les mardis et jeudis de janvier ».
  const recurrence = new RegExp(
    // (« tous mercredi janvier », as typed in a hurry: no article, no « de ».)
    `\\b(tous les |toutes les |tous |toutes |chaque |les |le )?(${WD})((?:(?: ?,| et| ou| puis)? (?:les? |chaque )?${WD}(?! (?:prochain|suivant|d apres|en huit|en quinze)\\b))*)(?: (?:matins?|soirs?|midis?|apres midi))?(?: (?:de |d |du mois de |en |pour |pendant )?(${MONTH})(?! ?\\d)\\b((?:(?: ?,| et) (?:de |d |en )?${MONTH}(?! ?\\d)\\b)*))?`,
  );
  r.pass(recurrence, (m) => {
    const prefix = m[1] ?? '';
    const words = `${m[2]}${m[3] ?? ''}`;
    const weekdays = weekdaysIn(words);
    const plural = /s\b/.test(m[2] as string) || /tous|toutes|chaque/.test(prefix);
    const monthWord = m[4];
    const following = r.text.slice((m.index ?? 0) + m[0].length);
    // The month may stand further on: « les mercredis au centre de loisirs en janvier ».
    const further = monthWord ? undefined : pattern`\\b(?:en|de|d|du mois de|pour|pendant le mois de) (${MONTH})\\b(?! ?\\d)`.exec(r.text);
    // « le mercredi pour Léa en février », no other weekday said after it: every Wednesday of February, a habit.
    const habitOfMonth = further !== undefined && further !== null && further.index > m.index && !pattern`\\b${WD}`.test(following);
    // « des mardis 5 et 12 janvier », « les jeudis 7, 14 »: days of the month listed after their weekday, not every such weekday.
    if (plural && !monthWord && !m[3] && !/tous|toutes|chaque/.test(prefix) && pattern`^ ${DAY}(?: ?,| et| ${MONTH}\\b)`.test(following)) return null;
    if (!monthWord && !plural) {
      // « mardi 12 » is read with the day; « le mardi et le jeudi » gives the next of each.
      // « lundi et mardi prochains », « lundi qui vient »: from today, read with the weekdays alone.
      if (/^ (?:le )?\d/.test(following) || /^ (?:prochain|en huit|en quinze|d apres|suivant)/.test(following) || COMING_LIST.test(following) || pattern`^ ${COMING}\\b`.test(following)) return null;
      if (prefix === 'le ' && !m[3] && habit(r, m.index + 3)) return undefined;
      // « il s'est cassé le poignet mardi… qu'il reste à la maison jusqu'à vendredi »: a weekday told in the past is the story, not a recurrence.
      if (!prefix && toldInThePast(r.source, m.index)) return { days: weekdays.map((w) => nextWeekday(r.weekdayFrom(m.index), w)), weekday: true };
      const bound = nearestBound(r, m.index);
      const next = weekdays.map((w) => nextWeekday(r.weekdayFrom(m.index), w));
      // « plutôt le mardi » at a basket, « jeudi » with a month on screen: that week's, that month's (Reader.weekdayStart).
      if (!bound && !habitOfMonth) return { days: next, weekday: true };
      // « je reprends lundi, garderie du 7 au 11 décembre »: one weekday said apart from a range that starts that very day is its
      // first day told again, not every such weekday of it (« centre mercredi du 4 au 25 novembre » is every Wednesday).
      if (bound && !monthWord && next.length === 1 && next[0] === bound.days[0] && saidApart(r.text.slice(m.index + m[0].length, bound.at))) return { days: next, weekday: true };
    }
    const listed = boundsRightAfter(r, m.index + m[0].length);
    if (listed.length > 1) {
      for (const b of listed) b.used = true;
      return { days: listed.flatMap((b) => b.days).filter((d) => weekdays.includes(weekdayOf(d))), recurring: true };
    }
    let bound: Found | undefined;
    let days: string[];
    if (further) r.blank(further.index, further[0].length);
    const month = monthWord ?? further?.[1];
    // « les mercredis de janvier et février »: over each month said.
    const more = (m[5] ?? '').match(globalPattern`\\b${MONTH}\\b`) ?? [];
    if (month) {
      days = [month, ...more].flatMap((w) => monthBound(r, monthNumber(w) as number, false));
      // « tous les lundis de janvier à partir du 11 »: a start without its month is in that month.
      const at = m.index + m[0].length;
      const start = more.length === 0 ? START_IN_MONTH.exec(r.text.slice(at)) : null;
      if (start) {
        r.blank(at + start.index, start[0].length);
        const first = parseSpec(start[1] as string).day ?? 1;
        days = days.filter((d) => domOf(d) >= first);
      }
    } else {
      bound = nearestBound(r, m.index);
      if (!bound) {
        r.unboundedRecurrence = true;
        return undefined;
      }
      days = bound.days;
    }
    if (bound) bound.used = true;
    // « l'étude le mardi et le jeudi à partir de janvier »: the month is where the habit starts (dates.ts asks until when).
    const fromMonth = !monthWord && further !== undefined && further !== null && /\b(?:a partir|a compter)\s*$/.test(r.text.slice(0, further.index));
    return { days: days.filter((d) => weekdays.includes(weekdayOf(d))), recurring: true, ...(fromMonth ? { fromMonth } : {}) };
  });
  // A bound that a recurrence filtered gives nothing more by itself.
  for (const f of r.found) if (f.used) f.days = [];
}

