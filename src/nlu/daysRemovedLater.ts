/**
 * Days booked, then one of them taken out in a later sentence: « cantine lundi mardi jeudi. Enlevez le jeudi », « le 5, le 6 et
 * le 7. Retirez le 6 », « le 20 et le 21. Oups pas le 21 », « toute la semaine pro. enlevez le mercredi »: written « sauf le jeudi », so
 * that it is set aside from the days said before (dates.ts). Only when the days before are asked, not cancelled (« annulez lundi,
 * enlevez aussi le jeudi » takes both away). And « jeudi… en fait non, vendredi »: « plutôt ». Works on prepare()d text.
 */
import { DAY, MONTH, WD } from './dateWords';
import { pattern } from './pattern';

/** A day said: « le jeudi », « le 6 », « le 6 mars », « mercredi 10 ». */
const ONE = `(?:le |la )?(?:${WD} )?(?:${DAY}(?: ${MONTH})?|${WD})`;
/** The taking out, then the days taken out (and none said instead after them). */
const REMOVED = pattern`\\b(?:(?:(?:oups|oops|ah|oh|euh|mince|zut) ,? ?)?(?:enlevez|enlever|enleve|retirez|retirer|retire|supprimez|supprimer|supprime|otez|oter|ote|oubliez|laissez tomber)|(?:oups|oops|mince|zut) ,? ?pas) (${ONE}(?: (?:et|,) ${ONE})*)(?= ?(?:svp|stp|merci|s il vous plait|finalement|du coup)?\\s*$)`;
/** Days said before: a weekday, a day of the month, a week. */
const DAYS_BEFORE = pattern`\\b(?:${WD}|${DAY}|demain|semaine)\\b`;
/** What cancels or says absent before: then what is taken out is cancelled too. */
const CANCELLED = /\b(?:annul\w*|absente?s?|malade|supprim\w*|retir\w*|enlev\w*|desinscri\w*|pas|plus|sauf|cancel\w*)\b/;

/** « jeudi en fait non vendredi », « le 14 finalement non le 15 »: the first day taken back, as « plutôt ». */
const NOT_AFTER_ALL = new RegExp(`(?<=\\b(?:${WD}|${DAY}(?: ${MONTH})?)) ,? ?(?:en fait|finalement) ,? ?non ,? ?(?=(?:le |la )?(?:${WD}|${DAY})\\b)`, 'g');

export function daysRemovedLater(text: string): string {
  const said = text.replace(NOT_AFTER_ALL, ' , plutot ');
  const m = REMOVED.exec(said);
  if (!m) return said;
  const before = said.slice(0, m.index);
  if (!DAYS_BEFORE.test(before) || CANCELLED.test(before)) return said;
  return `${before}sauf ${m[1]}${said.slice(m.index + m[0].length)}`;
}
