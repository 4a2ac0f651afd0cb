/**
 * Weekdays said of the week classes start again: « le lundi après les vacances », « mardi et jeudi de la semaine de la
 * rentrée », « à la rentrée de janvier, cantine lundi et mardi ». Read from today they would be this week's; they are
 * the first such days from the day classes resume (a pass of dateBounds.ts, on prepare()d text).
 */
import { addDays, mondayOf, span } from './calendarMath';
import type { Reader, SchoolHoliday } from './dateReader';
import { DAY, MONTH, monthNumber, WD } from './dateWords';

const HOLIDAY = '(?:noel|toussaint|hiver|fevrier|printemps|paques|ete)';
/** « (le jour de) la reprise (des cours / après les vacances) »: the rentrée, said of school (not « la reprise du travail »). */
const REPRISE = '(?:(?<=\\bjour de la )reprise(?! (?:du|de mon|de son|de ma|de sa) (?!cours\\b|l ecole\\b|la classe\\b))|reprise(?= (?:des cours|de l ecole|des classes|de la classe|(?:des|de|du|apres les|apres) vacances)\\b))';
/**
 * « la rentrée (de janvier / des vacances de Noël / après les vacances d'été) », « la semaine de la rentrée », « après les vacances (de Noël) »
 * (not « sa rentrée », a child's first day).
 */
const RENTREE = new RegExp(
  `\\b(?:(?:de |pour |a |des |dans )?la (semaine de la )?(?:rentree|${REPRISE})(?: (?:de|du mois de|d) (${MONTH})| (?:des|de|du|apres les|apres) vacances(?: (?:de la |de |d |du )?(${HOLIDAY}))?)?|(?:juste )?apres (?:les |la fin des )?vacances(?: (?:de la |de |d |du )?(${HOLIDAY}))?)\\b`,
);
/** A weekday said alone (not « lundi 4 », « lundi prochain », not every Monday). */
const WEEKDAY_ALONE = new RegExp(`(?<!\\b(?:tous les|toutes les|chaque|les) )\\b${WD}\\b(?! ?(?:${DAY}\\b|prochaine?s?|dernier|en huit|en quinze))`);
/**
 * A day written with its month or in figures, or every such weekday: the days are said, the rentrée is only their story
 * (« tous les jours de la semaine de la rentrée » is that whole week).
 */
const DATED = new RegExp(`\\b${DAY} ${MONTH}\\b|\\b\\d{1,2}[/.-]\\d{1,2}\\b|\\b(?:le|du|au) ${DAY}\\b|\\b(?:tous|toutes|chaque)\\b(?! les jours\\b(?! (?:ou|sauf)\\b))`);

const NAMES: Array<[RegExp, string]> = [
  [/noel/, 'noel'],
  [/toussaint/, 'toussaint'],
  [/hiver|fevrier/, 'hiver'],
  [/printemps|paques/, 'printemps'],
  [/ete/, 'ete'],
];
const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The day classes start again after the next holidays (the one under way counts), by name or by the month they resume in. */
export function resumeDay(holidays: readonly SchoolHoliday[], today: string, name?: string, month?: string): string | undefined {
  const named = name ? NAMES.find(([said]) => said.test(name))?.[1] : undefined;
  const resumeMonth = month ? monthNumber(month) : undefined;
  return holidays
    .filter((h) => h.resume > today && !fold(h.name).startsWith('pont'))
    .filter((h) => (!named || fold(h.name).startsWith(named)) && (!resumeMonth || Number(h.resume.slice(5, 7)) === resumeMonth))
    .sort((x, y) => x.from.localeCompare(y.from))[0]?.resume;
}

/** « le premier jour de la rentrée », « le 1er lundi de la rentrée »: the day itself, or the first such weekday (its ordinal is no day of the month). */
const FIRST_OF_IT = new RegExp(`\\b(?:le )?(?:(1 ?er|premier|premiere) )?(?:(jour|journee)|${WD}) $`);

export function readRentreeWeek(r: Reader): void {
  const m = RENTREE.exec(r.text);
  if (!m) return;
  const first = FIRST_OF_IT.exec(r.text.slice(0, m.index));
  if (first?.[1]) r.blank(first.index, first[0].indexOf(first[1]) + first[1].length);
  const resume = resumeDay(r.ctx.holidays ?? [], r.today, m[3] ?? m[4], m[2]);
  if (resume && first?.[2] && !m[1]) {
    r.blank(first.index, m.index + m[0].length - first.index);
    r.found.push({ at: first.index, days: [resume] });
    return;
  }
  if (!resume || DATED.test(r.text)) return;
  // « depuis la rentrée »: the rentrée gone by, not the next one.
  if (/\bdepuis $/.test(r.text.slice(0, m.index))) return;
  // The weekdays said after it, or before it in its own clause (« absente lundi, on rentre après les vacances »: this Monday).
  const before = r.text.slice(0, m.index);
  // « lundi et après les vacances le mercredi »: a new clause starts at « et / puis / mais » just before it.
  const joined = /\b(?:et|puis|mais|ensuite)(?: puis| ensuite)? $/.test(before) ? m.index : 0;
  const clauseStart = Math.max(joined, ...[',', '.', ';', '!', '?', ':'].map((c) => before.lastIndexOf(c) + 1));
  const rest = `${before.slice(clauseStart)} ${r.text.slice(m.index + m[0].length)}`;
  if (WEEKDAY_ALONE.test(rest)) {
    // The weekdays are looked for from the day classes resume.
    r.weekdaysFrom = addDays(resume, -1);
    r.weekdaysFromAt = clauseStart;
    r.blank(m.index, m[0].length);
  } else if (m[1]) {
    // « cantine la semaine de la rentrée »: that whole week.
    const monday = mondayOf(resume);
    r.blank(m.index, m[0].length);
    r.found.push({ at: m.index, days: span(monday, addDays(monday, 6)), bound: true });
  }
}
