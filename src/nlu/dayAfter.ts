/**
 * « absente après-demain et le jour d'après », « demain et le lendemain », « le 8 et la veille »: a day counted from
 * the one said just before it in the same list (run once the other passes have read the days).
 */
import { addDays } from './calendarMath';
import type { Found, Reader } from './dateReader';

const COUNTED = /(?:\bet|\bpuis|,) (?:aussi )?(?:le |la |au )?(jour (?:d apres|suivant|qui suit|d ensuite|d avant|precedent)|lendemain|surlendemain|veille)\b(?! (?:de|du|d)\b)/;

/**
 * « l'opération est le lundi 26 et il restera à la maison le lendemain »: further on in the sentence of the day said, the day after it
 * (not « le lendemain de Noël », nor the day the child is back: « elle rentre de voyage le lendemain »).
 */
const LATER = /\b(?<!\bque )le (lendemain|surlendemain)\b(?! (?:de|du|d)\b)/;
/** « elle rentre de voyage le lendemain », « nous ne rentrons que le lendemain »: the day after is when the child is back, not a day asked. */
export const BACK = /\b(?:rentr\w*|revien\w*|reviendr\w*|revient|retour\w*|repren\w*|reprendr\w*|reprise)\b/;

const SHIFT: Record<string, number> = { lendemain: 1, surlendemain: 2, veille: -1 };

const lastSaid = (r: Reader, at: number): Found | undefined =>
  r.found.filter((f) => f.at < at && f.days.length === 1 && !f.aside && !f.bound).sort((a, b) => b.at - a.at)[0];

/** « le lendemain du 11 novembre », « la veille du 8 mai », « le surlendemain du 14 juillet »: the date right after it, moved. */
const OF_DATE = /\b(?:le |la )?(lendemain|surlendemain|veille) (?:du|de|d)(?= #)/;

export function readDayAfter(r: Reader): void {
  r.pass(OF_DATE, (m) => {
    const end = m.index + m[0].length;
    const date = r.found.find((f) => f.at > end && f.at <= end + 1 && f.days.length === 1 && !f.aside);
    if (!date) return null;
    date.days = [addDays(date.days[0] as string, SHIFT[m[1] as string] as number)];
    return undefined;
  });
  r.pass(COUNTED, (m) => {
    const said = lastSaid(r, m.index);
    if (!said) return null;
    const word = m[1] as string;
    const shift = SHIFT[word] ?? (/avant|precedent/.test(word) ? -1 : 1);
    return [addDays(said.days[0] as string, shift)];
  });
  r.pass(LATER, (m) => {
    const said = lastSaid(r, m.index);
    if (!said || /[.!?;]/.test(r.source.slice(said.at, m.index)) || BACK.test(r.source.slice(said.at, m.index))) return null;
    return [addDays(said.days[0] as string, SHIFT[m[1] as string] as number)];
  });
}
