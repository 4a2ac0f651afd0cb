/**
 * « absente après-demain et le jour d'après », « demain et le lendemain », « le 8 et la veille »: a day counted from
 * the one said just before it in the same list (run once the other passes have read the days).
 */
import { addDays } from './calendarMath';
import type { Reader } from './dateReader';

const COUNTED = /(?:\bet|\bpuis|,) (?:aussi )?(?:le |la |au )?(jour (?:d apres|suivant|qui suit|d ensuite|d avant|precedent)|lendemain|surlendemain|veille)\b(?! (?:de|du|d)\b)/;

const SHIFT: Record<string, number> = { lendemain: 1, surlendemain: 2, veille: -1 };

export function readDayAfter(r: Reader): void {
  r.pass(COUNTED, (m) => {
    const said = r.found.filter((f) => f.at < m.index && f.days.length === 1 && !f.aside && !f.bound).sort((a, b) => b.at - a.at)[0];
    if (!said) return null;
    const word = m[1] as string;
    const shift = SHIFT[word] ?? (/avant|precedent/.test(word) ? -1 : 1);
    return [addDays(said.days[0] as string, shift)];
  });
}
