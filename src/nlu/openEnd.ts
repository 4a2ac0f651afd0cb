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

/** Whatever a reading gives: its days. */
interface Read {
  dates: string[];
}

/**
 * The days from the start to the end answered, or undefined. A bare number (« 2 », a menu's choice typed by habit) is an
 * end only within the start's month: « 18 » after « à partir du 7 décembre » is the 18th, « 2 » is not the 2nd of January.
 */
export function readUntil<U extends Read>(start: string, answer: string, read: (text: string) => U): U | undefined {
  const ended = startAndEnd(start, answer).map(read).find((u) => u.dates.length > 1);
  if (!ended || !/^\s*\d{1,2}\s*$/.test(answer)) return ended;
  return (ended.dates[0] as string).slice(0, 7) === (ended.dates.at(-1) as string).slice(0, 7) ? ended : undefined;
}

const FRENCH_MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
/** « jusqu'à la fin du mois », « tout le mois », « pour ce mois-ci »: the end of the month in view, no day said. */
const MONTH_END = /^(?:jusqu ?(?:a|au)? )?(?:(?:a )?la fin du mois|fin du mois|tout le mois|(?:pour )?(?:tout )?ce mois(?: ci)?|le mois entier|du mois)$/;

/**
 * « les mardis » + « jusqu'à la fin du mois » answered at January's calendar (`month`, YYYY-MM): the Tuesdays of January
 * (« les mardis de janvier »), not those up to the end of this month. Undefined when the answer is not the month's end.
 */
export function recurrenceOfMonth(recurrence: string, answer: string, month: string | undefined): string | undefined {
  if (!month || !MONTH_END.test(prepare(answer))) return undefined;
  return `${recurrence} de ${FRENCH_MONTHS[Number(month.slice(5, 7)) - 1]}`;
}
