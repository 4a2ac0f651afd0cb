/**
 * A fever and when it was taken, told beside the days an absence is for (prepare()d text): « Noémie absente demain, 38,7 ce matin »,
 * « 39 de fièvre cette nuit », « absente demain et vendredi, fièvre ce matin ». The one place for them: the temperature is no day,
 * and this morning is the story, like an event's day: a day missed only when no other day is said (« Jade absente, fièvre ce matin »
 * is today's absence).
 */
import type { Reader } from './dateReader';
import { DAY, MONTH, WD } from './dateWords';
import { clauseAt } from './pastClauses';
import { pattern } from './pattern';

/** The moments a symptom is seen: this morning, last night. */
const MOMENTS = 'ce matin|cette nuit|ce midi';
/** A temperature with its decimal or its unit (« 38,9 », « 39 de fièvre », « 38°C »). */
const TEMPERATURE = String.raw`\b(?:3[5-9]|4[01])(?:\.\d\b| ?(?:°c?|degres|de fievre|de temperature)(?=\s|$))(?: de fievre)?`;
/** A temperature and the moment it was taken, this evening and last evening too (« 38,9 ce matin », « 39 de fièvre hier soir »). */
const TAKEN = new RegExp(`${TEMPERATURE}(?: (?:${MOMENTS}|ce soir|hier soir)\\b)?`);
/** A temperature (« 38,7 », « 39 de fièvre ») or a symptom. */
const SYMPTOM = /\b(?:3[7-9]|4[01])(?:\.\d)?\b|\b(?:fievre|temperature|vomi\w*|diarrhee|nausees?|toux|tousse|boutons|mal (?:au|a la|aux|de) [a-z]+)\b/;
/** The clause tells the absence itself. */
const ABSENCE = /\b(?:absente?s?|reste\w*|garde\w*|viendra\w*|ira|iront|ecole|classe|cantine|garderie)\b/;
/** The moment of the symptom, where the text is read. */
const MOMENT = new RegExp(`^(?:${MOMENTS})\\b`);

/**
 * A temperature is no day, nor is the moment it was taken one asked beside another day (« absent demain, 38,9 ce matin »);
 * alone (« elle a 38,5 ce matin, elle reste à la maison »), only the decimal is masked and this morning is today.
 */
export function maskTemperatures(r: Reader): void {
  const otherDay = pattern`\\b(?:demain|${WD}|${DAY} ${MONTH})\\b`.test(r.source);
  r.mask(otherDay ? TAKEN : /\b(?:3[5-9]|4[01])\.\d\b/);
}

/** The moment at `at` is when a symptom was seen, in a clause that tells no absence. */
export function toldAsSymptomTime(source: string, at: number): boolean {
  if (!MOMENT.test(source.slice(at))) return false;
  const clause = clauseAt(source, at);
  return SYMPTOM.test(clause) && !ABSENCE.test(clause);
}
