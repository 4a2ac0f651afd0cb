/**
 * A birthday told with its day beside a day asked: « centre le 16 juin, il aura 6 ans le 20 », « il a eu 8 ans le 2, cantine le 11 »: the
 * birthday is the story, the day asked only is read (the birthday's day left out of the text read for days). A birthday alone keeps its
 * day (« ma fille aura 16 ans le 9 février, quand doit-elle se faire recenser ? »: the day the question is about).
 * Works on prepare()d text, before the date passes.
 */
import { DAY, MONTH, WD } from './dateWords';

const BIRTHDAY = new RegExp(`\\b((?:aura|aurai|auront|a eu|ai eu|ont eu|fete|fetera|fait|fera) (?:ses |son |mes )?(?:\\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze) ans?) (?:le |ce )?${DAY}(?: ${MONTH})?(?: \\d{4})?\\b`, 'g');
/** Another day said: a day of the month, a weekday, tomorrow. */
const ANOTHER_DAY = new RegExp(`\\b(?:${DAY}|${WD}|demain|apres demain)\\b`);

export function birthdayDaysLeft(text: string): string {
  const left = text.replace(BIRTHDAY, '$1');
  return left !== text && ANOTHER_DAY.test(left.replace(/\b\d{1,2} ans?\b/g, ' ')) ? left : text;
}
