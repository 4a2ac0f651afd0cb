/**
 * The end said at « Jusqu'à quand ? » after days said from a start only (« absent à partir de lundi »): « jusqu'à vendredi »,
 * but also « vendredi », « le 18 » or « 3 jours » alone, read as the end (or the count) of the days started.
 */
import { withEnd } from './dates';
import { prepare } from './frenchText';

/** Words that already say an end or a length: « jusqu'au 18 », « pour 3 jours », « toute la semaine ». */
const END_SAID = /\b(?:jusqu|pendant|pour|durant|toute?s?|fin)\b/;

/** The start said and its end, as texts to read in turn: the answer as said when it says an end, else as an end (« jusqu'au 18 »), then as a count. */
export function startAndEnd(start: string, answer: string): string[] {
  const said = prepare(answer);
  if (END_SAID.test(said)) return [withEnd(start, answer)];
  const bare = said.replace(/^(?:le|la|au|a) /, '');
  return [withEnd(start, `jusqu au ${bare}`), withEnd(start, `pendant ${bare}`), withEnd(start, answer)];
}
