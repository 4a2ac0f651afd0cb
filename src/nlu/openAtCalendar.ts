/**
 * « à partir de lundi », « dès le 11 » at a booking's calendar: the intent is the step's (no « réserver » said), yet the day
 * read is where the days start, their end not said: until when is to be asked (as « réserver la cantine à partir de lundi »).
 * A weekday so said is the next one, as anywhere else (not the Monday of the month on screen): its month is then shown.
 */
import { openStart } from './daysInARow';
import { prepare } from './frenchText';
import type { Understanding } from './understand';

const STEP_INTENTS = new Set(['unknown', 'book', 'cancel_booking']);

export function withOpenStart(text: string, understood: Understanding): Understanding {
  if (understood.openStart || !STEP_INTENTS.has(understood.intent) || !openStart(prepare(text), understood.dates)) return understood;
  return { ...understood, openStart: true };
}

/** « à partir de lundi », « dès mardi prochain », « à compter de demain »: a start named by its weekday, no day number. */
const WEEKDAY_START = /\b(?:a partir (?:de|du|d)|a compter (?:de|du|d)|des)\s+(?:(?:le|ce)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|demain)\b(?!\s+\d)/;

export const startsOnWeekday = (text: string): boolean => WEEKDAY_START.test(prepare(text));
