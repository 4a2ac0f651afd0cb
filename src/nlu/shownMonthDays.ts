/**
 * Days said by their number alone at a calendar (« 3 », « le 3 et le 8 »), the month shown being this one: days of that
 * month even when already past (« 3 » on December's calendar on the 6th is 3 December, said past), never next month's
 * (it was 3 January, set aside as a weekend). The month and year written out for the date reader. Anything else as said.
 */
import { normalize } from '../domain/text';

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
/** Day numbers alone, as bareDays.ts writes them (« le 3 et le 8 ») or typed so. */
const DAYS_ONLY = /^(?:le )?(\d{1,2})(?:(?: ,)? (?:et )?(?:le )?\d{1,2})*$/;

/** `month`: the calendar shown ('YYYY-MM'); `today`: 'YYYY-MM-DD'. */
export function inShownMonth(said: string, month: string | undefined, today: string): string {
  const plain = normalize(said).replace(/[.!]+$/, '').trim();
  if (!month || !today.startsWith(month) || !DAYS_ONLY.test(plain)) return said;
  const days = (plain.match(/\d{1,2}/g) ?? []).map(Number);
  if (days.some((d) => d < 1 || d > 31) || !days.some((d) => d < Number(today.slice(8, 10)))) return said;
  return `${said} ${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
