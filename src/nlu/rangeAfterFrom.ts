/**
 * « à partir de lundi … du lundi 7 au vendredi 11 »: the days from and to said after a start is that start told in full;
 * the start alone (« à partir de lundi ») is dropped so that the whole range is read, not its first day only. Only a range
 * of days: « de 7h30 jusqu'à 8h » (hours) or « le mercredi au centre » (a place) keeps the start.
 */
const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const DAY = `(?:${WEEKDAY}|demain|aujourd'hui|aujourd hui|\\d{1,2}(?:er)?)(?:\\s+(?:prochain|\\d{1,2}(?:er)?))?`;
/** A day of a range: a weekday, its number, or a number that is no hour (« 7 », not « 7h30 »). */
const RANGE_DAY = `(?:${WEEKDAY}(?:\\s+\\d{1,2}(?:er)?)?|\\d{1,2}(?:er)?)(?!\\s*h|\\d|[:h])`;
/** « à partir de lundi », « a partir du 7 », « à partir de ce lundi », followed by « du … au / jusqu'au … » days. */
const FROM_THEN_RANGE = new RegExp(
  `(?<!\\p{L})(?:à|a)\\s+partir\\s+(?:de|du|d['’])\\s*(?:ce\\s+|le\\s+)?${DAY}[\\s,;.…:-]*(?=(?:du|de|le)\\s+${RANGE_DAY}[^]*?\\b(?:au|jusqu['’]?\\s*(?:au|à|a))\\s+(?:le\\s+)?${RANGE_DAY})`,
  'iu',
);

/** The text with a start dropped when the range it starts is said in full after it. */
export const rangeAfterFrom = (text: string): string => text.replace(FROM_THEN_RANGE, '');
