/**
 * A day whose news is promised for later: « nous vous tiendrons au courant pour lundi », « je vous redirai pour jeudi »,
 * « on verra pour la semaine prochaine », « à voir pour demain », « je vous confirmerai pour le 12 ». Nothing is asked
 * of that day yet (the parent will write again): it is set aside before any day is read. Not « je vous confirme pour
 * lundi » (said now, the day is asked). Works on prepare()d text.
 */
import { DAY, MONTH, WD } from './dateWords';

/** The promise of news to come: who tells, the verb in the future (or « on verra », « à voir »). */
const LATER_NEWS =
  '(?:(?:je|j|nous|on) (?:vous |te )?(?:tiendrai|tiendrons|tiendra|tiens|tenons|tient)(?: informee?s?| au courant)|(?:je|j|nous|on) (?:vous |te )?(?:informerai|informerons|informera|redirai|redirons|redira|dirai|dirons|dira|confirmerai|confirmerons|confirmera|recontacterai|recontacterons|recontactera|reecrirai|reecrirons|ecrirai|ecrirons|rappellerai|rappellerons|rappellera|preciserai|preciserons|precisera)|(?:je|nous|on) (?:verrai|verrons|verra|aviserai|aviserons|avisera)|(?:c est |ce sera )?a voir|(?:je|nous) (?:ne )?(?:sais|savons) pas encore)';

/** The day it is about: a weekday, a date, tomorrow, a week to come. */
const ABOUT = `(?:(?:le |ce )?(?:${WD}(?: ${DAY}(?: ${MONTH})?)?(?: prochain)?|${DAY}(?: ${MONTH})?)|demain|apres demain|la semaine prochaine|la suite|la reprise(?: de ${WD}| du ${DAY}(?: ${MONTH})?)?)`;

/** The promise and its day: the words to set aside when reading days. */
export const NEWS_LATER = new RegExp(`\\b${LATER_NEWS} (?:pour|concernant|quant a|au sujet de|s agissant de) ${ABOUT}\\b`);
