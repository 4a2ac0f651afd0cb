/**
 * The answer to « Jusqu'à quand ? » after a recurrence (« tous les lundis sauf le 11 »), said without « jusqu'à »:
 * « fin janvier », « ouais fin janv », « le 31 janvier », « jusqu'en février », « fin du mois de janvier », « les vacances
 * de février ». Written as the end it is (« jusqu a fin janvier »), so that the recurrence read with it keeps its start and
 * exceptions: alone, « fin janvier » was January's calendar and « le 31 janvier » a Sunday asked.
 */
import { MONTH } from './dateWords';
import { prepare } from './frenchText';

/** Words around the end that say nothing of it: « ouais », « euh », « svp », « merci ». */
const LEAD = /^(?:(?:oui|ouais|ouai|ok|okay|d accord|bah|ben|euh+|alors|disons|bon|ah|eh bien|hmm+)\b[ ,.!]*)+/;
const TAIL = /(?:[ ,.!]+(?:svp|stp|s il vous plait|merci|please))+[ .!]*$/;

/** « (jusqu'à) (la) fin (du mois) (de) janvier », « jusqu'en janvier » (not « janvier » alone: its Mondays, as before): to the month's end. */
const MONTH_END = new RegExp(`^(?:jusqu ?(?:a|au|en)? (?:(?:la )?fin (?:du mois )?(?:de |d )?)?|(?:(?:a )?la )?fin (?:du mois )?(?:de |d )?)(${MONTH})( \\d{4})?$`);
/** « le 31 janvier », « 29/01 », « vendredi 29 janvier »: to that day. */
const DAY_END = new RegExp(`^(?:le )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:\\d{1,2}(?:er)? ${MONTH}(?: \\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)$`);
/** « les vacances (de février) », « aux vacances »: to the holidays. */
const HOLIDAYS = /^(?:(?:les|aux|a|au) )?(vacances(?: .*)?)$/;

const FULL = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** The end as « jusqu a … », or the answer as said when it already says so, or is none of these. */
export function recurrenceEnd(answer: string): string {
  const said = prepare(answer).replace(/\s+/g, ' ').trim().replace(LEAD, '').replace(TAIL, '').trim();
  const month = MONTH_END.exec(said);
  if (month) return `jusqu a fin ${FULL.find((m) => m.startsWith((month[1] as string).slice(0, 4))) ?? ''}${month[2] ?? ''}`;
  if (DAY_END.test(said)) return `jusqu au ${said.replace(/^le /, '')}`;
  const holidays = HOLIDAYS.exec(said);
  if (holidays) return `jusqu aux ${holidays[1] as string}`;
  return answer;
}
