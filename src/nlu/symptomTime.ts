/**
 * When a fever was taken or a symptom seen, told beside the days an absence is for (prepare()d text): « Noémie absente demain, 38,7
 * ce matin », « absente demain et vendredi, fièvre ce matin ». This morning is the story, like an event's day: a day missed only
 * when no other day is said (« Jade absente, fièvre ce matin » is today's absence).
 */
import { clauseAt } from './pastClauses';

/** A temperature (« 38,7 », « 39 de fièvre ») or a symptom. */
const SYMPTOM = /\b(?:3[7-9]|4[01])(?:\.\d)?\b|\b(?:fievre|temperature|vomi\w*|diarrhee|nausees?|toux|tousse|boutons|mal (?:au|a la|aux|de) [a-z]+)\b/;
/** The clause tells the absence itself. */
const ABSENCE = /\b(?:absente?s?|reste\w*|garde\w*|viendra\w*|ira|iront|ecole|classe|cantine|garderie)\b/;
/** The moment of the symptom: this morning, last night. */
const MOMENT = /^(?:ce matin|cette nuit|ce midi)\b/;

/** The moment at `at` is when a symptom was seen, in a clause that tells no absence. */
export function toldAsSymptomTime(source: string, at: number): boolean {
  if (!MOMENT.test(source.slice(at))) return false;
  const clause = clauseAt(source, at);
  return SYMPTOM.test(clause) && !ABSENCE.test(clause);
}
