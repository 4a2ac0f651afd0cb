/**
 * A recurrence whose start is said apart from it, a part of the date reader (dates.ts): « je commence le lundi 11 janvier.
 * À partir de là, l'accueil du soir tous les lundis, mardis et jeudis jusqu'à la fin du mois », « à partir du 11 janvier,
 * j'aurai besoin de la cantine tous les lundis jusqu'aux vacances ». Works on prepare()d text.
 */
import { addDays, mondayOf } from './calendarMath';
import type { Found } from './dateReader';
import { DAY, MONTH, WD } from './dateWords';

/** « à partir de là », « dès lors », « à compter de ce jour », « à partir de cette date »: back to the day said before (not « à partir de la rentrée »). */
const THAT_DAY = /\b(?:a partir de la|(?:a partir|a compter) de (?:ce jour|cette date)(?: la)?|des (?:ce jour|cette date)(?: la)?|des lors)(?= ,| (?:j|je|il|elle|on|nous|ma|mon|mes|la|le|l)\b|\s*$)/;
/** A day as said (not a birth's, « née le 4 avril 2018 »): « lundi 11 janvier », « 11/01 », « lundi », « demain ». */
const DAY_SAID = new RegExp(`(?<!\\b(?:nee?s?|decedee?s?) (?:le )?)\\b(?:(?:${WD} )?(?:${DAY} ${MONTH}(?: \\d{4})?|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)|${WD}|apres demain|demain)\\b`, 'g');

/** « … le lundi 11 janvier. À partir de là, … »: « à partir du lundi 11 janvier », the day written out again where its start is said. */
export function thatDayWrittenOut(text: string): string {
  const m = THAT_DAY.exec(text);
  const day = m ? [...text.slice(0, m.index).matchAll(DAY_SAID)].at(-1)?.[0] : undefined;
  return m && day ? `${text.slice(0, m.index)}a partir ${/^(?:apres demain|demain)$/.test(day) ? 'de' : 'du'} ${day}${text.slice(m.index + m[0].length)}` : text;
}

/** A week said as a recurrence's start: « à partir de cette semaine », « dès la semaine prochaine ». */
const WEEK_START = /\b(?:a partir|a compter) de (cette semaine|la semaine (?:prochaine|pro|d apres|suivante))\b|\bdes (cette semaine|la semaine (?:prochaine|pro|d apres|suivante))\b/;
const RECURRENCE = new RegExp(`\\b(?:tous les|toutes les|ts les|tt les|chaque|les) (?:${WD}|jours)\\b`);

/**
 * « tous les jeudis jusqu'à la fin du mois, à partir de cette semaine », « les lundis dès la semaine prochaine »: the week is where the
 * recurrence starts (today, or the next week's Monday), written out as that day (« à partir du 11/01 »), not a week of days asked.
 */
export function weekStartWrittenOut(text: string, today: string): string {
  const m = WEEK_START.exec(text);
  if (!m || !RECURRENCE.test(text)) return text;
  const day = (m[1] ?? m[2]) === 'cette semaine' ? today : addDays(mondayOf(today), 7);
  return `${text.slice(0, m.index)}a partir du ${day.slice(8)}/${day.slice(5, 7)}${text.slice(m.index + m[0].length)}`;
}

/** Just before a day: it is where something starts. */
const START_BEFORE = new RegExp(`\\b(?:a partir du|a compter du|des le|depuis le)(?: ${WD})? $`);

/**
 * A day said as a start (« à partir du 11 janvier ») before a recurrence (« tous les lundis … jusqu'à la fin du mois »): the
 * recurrence's days from that day on, the start itself no day asked (unless one of them).
 */
export function recurrencesFromStart(found: readonly Found[], source: string): Found[] {
  const starts = found.filter((d) => d.days.length === 1 && !d.bound && START_BEFORE.test(source.slice(0, d.at)));
  const dropped = new Set<Found>();
  const kept = found.map((f) => {
    if (!f.recurring) return f;
    const start = starts.filter((d) => d.at < f.at).at(-1);
    if (!start) return f;
    dropped.add(start);
    return { ...f, days: f.days.filter((day) => day >= (start.days[0] as string)) };
  });
  return kept.filter((f) => !dropped.has(f));
}
