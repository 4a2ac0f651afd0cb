/**
 * Days said again in other words, written out for the date reader (dates.ts): « ce jeudi et le suivant », « ce lundi et celui
 * d'après » (the weekday of the week after, written out: « … et le jeudi suivant »); « le 12 c'est mercredi » (the weekday only tells
 * what the day is, blanked as the reader blanks what it read: no other day, nor a list going on past it). Works on prepare()d text.
 */
import { DAY, WD } from './dateWords';

/** One weekday (not « les mardis »). */
const ONE = '(?:lundi|mardi|mercredi|jeudi|vendredi)';
/**
 * « ce jeudi et le suivant », « ce lundi et celui d'après »: the weekday said as this week's (« ce »), then « le suivant »: the same weekday a
 * week later. (« lundi prochain et le suivant » is left as it is: read so, a held-out set got a day not meant.)
 */
const AND_NEXT_ONE = new RegExp(`(?<=\\bce )(${ONE})((?: ,)? (?:et|puis) (?:aussi )?)(?:le|celui) (?:suivant|d apres|de la semaine (?:d apres|suivante))\\b(?! (?:${WD}|${DAY}|semaine|mois)\\b)`, 'g');

export const nextOneWrittenOut = (text: string): string => text.replace(AND_NEXT_ONE, (_m: string, day: string, between: string) => `${day}${between}le ${day} suivant`);

/** « le 12 c'est mercredi », « le 12 c'est un mercredi »: what the day is, not another day. */
const DAY_IS_WEEKDAY = new RegExp(`(?<=\\b${DAY} )(?:c est|c etait|ce sera|est) (?:un |une )?${WD}\\b(?! (?:${DAY}|prochain))`, 'g');

export const weekdayOfDayBlanked = (text: string): string => text.replace(DAY_IS_WEEKDAY, (said: string) => '#'.repeat(said.length));
