/**
 * Days said again in other words, written out for the date reader (dates.ts): « ce jeudi et le suivant », « ce lundi et celui
 * d'après » (the weekday of the week after, written out: « … et le jeudi suivant »); « le 12 c'est mercredi » (the weekday only tells
 * what the day is, blanked as the reader blanks what it read: no other day, nor a list going on past it). Works on prepare()d text.
 */
import { weekdayOf } from './calendarMath';
import { DAY, MONTH, monthNumber, WD, weekdaysIn } from './dateWords';

/** One weekday (not « les mardis »). */
const ONE = '(?:lundi|mardi|mercredi|jeudi|vendredi)';
/**
 * « ce jeudi et le suivant », « ce lundi et celui d'après »: the weekday said as this week's (« ce »), then « le suivant »: the same weekday a
 * week later.
 */
const AND_NEXT_ONE = new RegExp(`(?<=\\bce )(${ONE})((?: ,)? (?:et|puis) (?:aussi )?)(?:le|celui) (?:suivant|d apres|de la semaine (?:d apres|suivante))\\b(?! (?:${WD}|${DAY}|semaine|mois)\\b)`, 'g');

/**
 * « mercredi prochain ni le suivant » (a list said negated: both weeks), « mercredi prochain et celui d'après », « lundi prochain et le
 * suivant », « jeudi qui vient puis le suivant »: the same weekday a week after the next one, written out (« … et le mercredi suivant »).
 * (The day set 10 once got more came from a habit weekday said before, « je finis à 17h45 le lundi », now no day: HABIT_THEN_WHICH.)
 */
const NEXT_AND_ONE_AFTER = new RegExp(`\\b(${ONE}) (prochain|qui vient)((?: ,)? (?:ni |(?:et|puis|ainsi que) (?:aussi )?))(?:le|celui) (?:suivant|d apres|de la semaine (?:d apres|suivante))\\b(?! (?:${WD}|${DAY}|semaine|mois)\\b)`, 'g');

export const nextOneWrittenOut = (text: string): string =>
  weekdaySaidAgain(text)
    .replace(AND_NEXT_ONE, (_m: string, day: string, between: string) => `${day}${between}le ${day} suivant`)
    .replace(NEXT_AND_ONE_AFTER, (_m: string, day: string, which: string, between: string) => `${day} ${which}${between.replace(/\bni\b/, 'et')}le ${day} suivant`);

/**
 * « centre mercredi pr Yasmine, mercredi qui vient », « cantine jeudi, ce jeudi-là »: a weekday said alone, then said again with which one it is
 * (after a comma, a few words between): the same day, the first said blanked (the one said again tells which).
 */
const SAID_AGAIN_WHICH = new RegExp(`\\b(${ONE})\\b(?=((?: (?!et\\b|ou\\b|puis\\b|${ONE}\\b)[a-z]+){0,4}) , (?:(?:le|ce) )?\\1 (?:qui vient|de cette semaine|de la semaine prochaine|prochain|la)\\b(?! (?:aussi|egalement|en plus|et|ou|puis)\\b))`, 'g');

/**
 * « je finis à 17h45 le lundi. … l'étude lundi prochain », « le lundi je finis tard, garderie lundi prochain »: a weekday said as a
 * habit (« le lundi », no day's number), then the one asked said with which one it is: the habit is no day (it made « lundi
 * prochain » the Monday after, or a day more). Not weekdays listed (« le lundi et le jeudi à partir de lundi prochain »).
 */
const HABIT_THEN_WHICH = new RegExp(`(?<=\\ble )(${ONE})\\b(?! (?:\\d|${ONE}|prochain|suivant|qui vient|de cette semaine|de la semaine|(?:et|ou) (?:le )?${ONE}))(?=.*\\b(?<!(?:partir de|partir du|des|compter de) )\\1 (?:prochain|qui vient|de la semaine prochaine)\\b)`, 'g');

export const weekdaySaidAgain = (text: string): string =>
  text.replace(SAID_AGAIN_WHICH, (day: string) => ' '.repeat(day.length)).replace(HABIT_THEN_WHICH, (day: string) => ' '.repeat(day.length));

/** « le 12 c'est mercredi », « le 12 c'est un mercredi »: what the day is, not another day. */
const DAY_IS_WEEKDAY = new RegExp(`(?<=\\b${DAY} )(?:c est|c etait|ce sera|est) (?:un |une )?${WD}\\b(?! (?:${DAY}|prochain))`, 'g');

export const weekdayOfDayBlanked = (text: string): string => text.replace(DAY_IS_WEEKDAY, (said: string) => '#'.repeat(said.length));

/**
 * « cantine le 1er avril pr Hana (jeudi) », « étude le 12 mars pour Léo, un vendredi »: the weekday of the dated day said just before (a
 * few words between, no other day nor list word) tells what that day is: blanked (« jeudi … d'avril » read every Thursday of April).
 * Not a week's first day (« la semaine du 18 janv lundi mardi jeudi »: the weekdays of that week).
 */
const DATE_THEN_ITS_WEEKDAY = new RegExp(`(?<!\\bsemaine (?:du |de )?)\\b(${DAY}) (${MONTH})((?: (?!(?:et|ou|au|puis|sauf|pas|non|plutot|tous|les|chaque)\\b)[a-z0-9]+){0,3}? (?:, )?(?:(?:un|une|le|c est|soit) )?)(${ONE})\\b(?! (?:, )?(?:${DAY}|${WD}|prochain|suivant|d apres|qui vient|matin|soir|midi|et|ou|puis)\\b)`, 'g');

export const weekdayOfDateBlanked = (text: string, today: string): string =>
  text.replace(DATE_THEN_ITS_WEEKDAY, (said: string, day: string, month: string, between: string, weekday: string) => {
    const number = monthNumber(month);
    const dom = /^(?:1 ?er|premier)$/.test(day) ? 1 : Number(day);
    if (!number) return said;
    const year = Number(today.slice(0, 4));
    const date = (y: number) => `${y}-${String(number).padStart(2, '0')}-${String(dom).padStart(2, '0')}`;
    const dated = date(year) >= today ? date(year) : date(year + 1);
    return weekdaysIn(weekday)[0] === weekdayOf(dated) ? `${day} ${month}${between}${'#'.repeat(weekday.length)}` : said;
  });
