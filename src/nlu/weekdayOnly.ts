/**
 * A story with dated days, then the one asked named by its weekday alone: « convoquée le jeudi 10 juin, le résultat sera donné le
 * lundi 14. Elle sera absente le jeudi seulement »: that weekday's dated day is the one meant, the other dated days are only told.
 * Written as the dated day itself, the others blanked. Works on prepare()d text.
 */
import { DAY, MONTH, WD } from './dateWords';

/** « le jeudi seulement », « uniquement le jeudi », « que le jeudi » (no day of the month after the weekday). */
const ONLY = new RegExp(`\\b(?:(?:le |la )?(${WD}) (?:seulement|uniquement)\\b|(?:seulement|uniquement|que) (?:le |la )?(${WD})\\b(?! ?${DAY}\\b))`);
/** A dated day said before: « le jeudi 10 juin », « lundi 14 ». */
const DATED = new RegExp(`\\b(?:le |la )?(${WD}) (${DAY})(?: (${MONTH}))?\\b`, 'g');

export function weekdayOnlyOfDate(text: string): string {
  const only = ONLY.exec(text);
  if (!only || /\b(?:pas|non|not)\b/.test(text.slice(0, only.index))) return text; // (« non, pas vendredi, seulement jeudi »: dayCorrections.ts)
  const weekday = (only[1] ?? only[2] ?? '').replace(/s$/, '');
  const before = text.slice(0, only.index);
  const dated = [...before.matchAll(DATED)];
  const meant = dated.filter((m) => m[1] === weekday);
  const [one] = meant;
  if (!one || meant.length !== 1 || dated.length < 2) return text;
  const day = `${weekday} ${one[2] ?? ''}${one[3] ? ` ${one[3]}` : ''}`;
  const told = before.replace(DATED, (m: string, wd: string) => (wd === weekday ? m : ' '));
  return `${told}${text.slice(only.index).replace(only[0], only[1] ? `le ${day} seulement` : `${only[0].replace(/ (?:le |la )?\S+$/, '')} le ${day}`)}`;
}
