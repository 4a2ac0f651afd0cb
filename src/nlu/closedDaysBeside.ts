/**
 * A day said closed beside the days asked, a part of the date reader (dates.ts; prepare()d text): « cantine mardi 4 et mercredi 5 mai,
 * jeudi férié et vendredi pont », « …, lundi 29 c'est férié », « cantine mardi 30 mars. Lundi non, fermé », « comme le jeudi 6 mai est
 * férié et que l'école fait le pont le vendredi 7, … les lundi 3, mardi 4 et mercredi 5 »: the day closed tells why, it is not asked.
 * Blanked only when another day is said (« annulez jeudi, c'est férié »: the day alone is the one asked).
 */
import { DAY, MONTH, WD } from './dateWords';

/** One day: « jeudi », « le lundi 29 », « le 6 mai », « jeudi 6 mai ». */
const ONE = `(?:le |la )?(?:${WD}(?: ${DAY})?(?: ${MONTH})?|${DAY}(?: ${MONTH})?)`;
/** What says it closed: « férié », « c'est férié », « pont », « non, fermé », « pas d'école ». */
const CLOSED = `(?:(?:c est|est|sera|etant|c|il y a|y a) )?(?:(?:un |le |jour )?(?:feriee?|fermee?|pont|pas d ecole|pas ecole)|non ,? ?(?:c est |est )?(?:fermee?|feriee?|pont))\\b`;
/** Said after the days, at the start of a clause: « , jeudi férié et vendredi pont », « comme le jeudi 6 mai est férié ». */
const DAY_CLOSED = new RegExp(`(?<=(?:^|, |[a-z] )(?:comme |car |puisque |vu que |parce que |parce qu )?)${ONE} ${CLOSED}(?: et (?:que )?${ONE} ${CLOSED})*`, 'g');
/** « l'école fait le pont le vendredi 7 »: the closing said first (not « ah non c'est férié, le 12 », the day meant instead). */
const CLOSED_DAY = new RegExp(`\\b(?:fait|font|faisant|fera|feront) le pont (?:le |la )(?:${WD}(?: ${DAY})?(?: ${MONTH})?|${DAY}(?: ${MONTH})?)\\b`, 'g');
/** A day said, to tell whether one is left once the closed ones are blanked. */
const A_DAY = new RegExp(`\\b(?:${WD}|demain|aujourd hui|${DAY} ${MONTH})\\b|\\b(?:le|les|du|au) ${DAY}\\b`);
/** What sets days aside before: the day closed is then set aside by it (« sauf jeudi férié »). */
const ASIDE_BEFORE = /\b(?:sauf|hors|excepte|pas|a part|mis a part)(?: (?:le|la|les))? ?$/;

const blank = (s: string): string => s.replace(/[^ ]/g, ' ');

export function closedDaysBeside(text: string): string {
  let said = text.replace(DAY_CLOSED, (m: string, at: number) => (ASIDE_BEFORE.test(text.slice(Math.max(0, at - 20), at)) ? m : blank(m)));
  said = said.replace(CLOSED_DAY, (m: string) => blank(m));
  return A_DAY.test(said) ? said : text;
}
