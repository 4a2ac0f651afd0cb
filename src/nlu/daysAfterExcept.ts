/**
 * Days asked again after what is set aside: « du lundi 12 au vendredi 16 juillet, sauf le mercredi 14 qui est férié, et du lundi 19 au
 * mardi 20 », « tous les jours sauf mercredi, et aussi le samedi 20 »: the days after « , et » (once the exception named its day) are
 * asked, not set aside with it. Works on the prepared text after « sauf » (dates.ts).
 */
import { DAY, MONTH, WD } from './dateWords';

const DAY_SAID = new RegExp(`\\b(?:${DAY}|${WD}|${MONTH}|week end|vacances|feries?)\\b`);
/** « , et du 19 au 20 », « , et aussi le 23 », « , puis du lundi 19… »: a new list of days asked. */
const ASKED_AGAIN = new RegExp(`\\s,\\s(?:et|puis|ainsi que)(?: (?:aussi|egalement|en plus))? (?=(?:du|de|le|les) (?:${WD} )?${DAY}\\b)`);

/** The clause set aside, and the days asked after it (empty when none are). */
export function daysAfterExcept(clause: string): { aside: string; asked: string } {
  const again = ASKED_AGAIN.exec(clause);
  if (!again || !DAY_SAID.test(clause.slice(0, again.index))) return { aside: clause, asked: '' };
  return { aside: clause.slice(0, again.index), asked: clause.slice(again.index + again[0].length) };
}
