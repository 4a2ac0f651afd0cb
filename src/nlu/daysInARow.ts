/**
 * « absente 5 jours à partir d'aujourd'hui », « pendant 3 jours dès lundi », « à partir du 4, pour deux jours », « absent demain pendant
 * 3 jours », « absent from tomorrow for 3 days »: as many days in a row (calendar days, as the parents count them) from the one day read,
 * when the count is said beside its start. Works on prepare()d text.
 */
import { addDays } from './calendarMath';

const COUNT: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, quinze: 15, two: 2, three: 3, four: 4, five: 5 };
const N = '(\\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|two|three|four|five)';
const START = '(?:a partir (?:de|du|des|d)|a compter (?:de|du|d)|des|depuis|from|starting(?: from)?)';
/** The days counted: « 3 jours », « 3 days ». */
const DAYS = '(?:jours|journees|days)';
/** The one day said right before the count: « absent demain pendant 3 jours », « absente lundi pour trois jours ». */
const DAY_SAID = '(?:apres demain|demain|aujourd hui|tomorrow|today|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|le \\d{1,2}(?:er)?)';
/** The count, then its start (« 5 jours à partir de lundi »), or the start, then the count (« dès demain pour 3 jours »). */
const COUNT_FIRST = new RegExp(`\\b(?:pendant |pour |durant |for )?${N} ${DAYS}(?: (?:de suite|d affilee|consecutifs|in a row))? ?,? ${START}\\b`);
const START_FIRST = new RegExp(`\\b${START}\\b[a-z0-9 ]{1,30}?,? (?:pendant|pour|durant|sur|for) ${N} ${DAYS}\\b`);
const DAY_FIRST = new RegExp(`\\b${DAY_SAID} ,? ?(?:pendant|pour|durant|for) ${N} ${DAYS}\\b`);

/** The days from `start`, as many as the message counts; undefined when it counts none. */
export function daysInARow(prepared: string, start: string): string[] | undefined {
  const word = (COUNT_FIRST.exec(prepared) ?? START_FIRST.exec(prepared) ?? DAY_FIRST.exec(prepared))?.[1];
  if (!word) return undefined;
  const count = COUNT[word] ?? Number(word);
  if (!(count >= 2 && count <= 31)) return undefined;
  return Array.from({ length: count }, (_, i) => addDays(start, i));
}

/** A start said before its day, with no end: « à partir de lundi », « dès demain », « à compter du 4 » (not « depuis »: a past day, up to today; not an hour: « le 10 à partir de 16h30 »). */
const OPEN_START = /\b(?:a partir (?:de|du|d)\b|a compter (?:de|du|d)\b|des (?:le |ce )?(?=demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|\d))(?! ?\d{1,2} ?(?:h|heures?)(?:\d|\b)| ?midi\b)/;

/** The one day read is where days start, their end not said (« absent à partir de lundi »): until when is to be asked. */
export function openStart(prepared: string, days: readonly string[]): boolean {
  return days.length === 1 && OPEN_START.test(prepared) && !daysInARow(prepared, days[0] as string);
}
