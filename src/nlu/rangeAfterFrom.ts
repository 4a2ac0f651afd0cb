/**
 * « à partir de lundi … du lundi 7 au vendredi 11 »: the days from and to said after a start is that start told in full;
 * the start alone (« à partir de lundi ») is dropped so that the whole range is read, not its first day only.
 */
const DAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|aujourd hui|\\d{1,2}(?:er)?)(?:\\s+(?:prochain|\\d{1,2}(?:er)?))?";
/** « à partir de lundi », « a partir du 7 », « à partir de ce lundi », followed by « du … au / jusqu'au … ». */
const FROM_THEN_RANGE = new RegExp(
  `(?<!\\p{L})(?:à|a)\\s+partir\\s+(?:de|du|d')\\s*(?:ce\\s+|le\\s+)?${DAY}[\\s,;.…:-]*(?=(?:du|de|le)\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\\d)[^]*?\\b(?:au|jusqu))`,
  'iu',
);

/** The text with a start dropped when the range it starts is said in full after it. */
export const rangeAfterFrom = (text: string): string => text.replace(FROM_THEN_RANGE, '');
