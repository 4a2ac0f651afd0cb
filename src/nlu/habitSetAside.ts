/**
 * « cantine pour Hugo le lundi sauf le 11 janvier », « le lundi et le jeudi sauf le 7 »: a weekday said with « le », a day
 * of the month set aside after it. Setting a date aside from one coming Monday means nothing: it is every Monday, a
 * recurrence (until when is asked, or the end said is read), written « tous les lundis » before the days are read.
 */
import { DAY, WD } from './dateWords';
import { pattern } from './pattern';

/** « le lundi », « le lundi et le jeudi », not « le lundi 7 », « le lundi prochain », « le lundi de Pâques ». */
const HABIT = new RegExp(`(?<!\\b(?:tous|toutes|chaque|les|ce|cette|un|une)\\s)\\ble ((?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:(?: ?,| et| ou) (?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))*)\\b(?! (?:\\d|${DAY}\\b|prochain|suivant|d apres|qui vient|en huit|en quinze|de paques|de pentecote|matin\\b))`);
/** What sets a day of the month aside after it: « sauf le 11 (janvier) », « à part le 7 », « mais pas le 4 ». */
const DAY_ASIDE = new RegExp(`\\b(?:sauf|excepte|hormis|a part|mais pas|a l exception du|a l exception des) (?:le |les |du |des )?${DAY}\\b`);

/** The text with « le lundi » written « tous les lundis » when a day of the month is set aside after it; else as given. */
export function habitSetAside(text: string): string {
  const habit = HABIT.exec(text);
  if (!habit) return text;
  const after = text.slice(habit.index + habit[0].length);
  const aside = DAY_ASIDE.exec(after);
  // Only the weekday's own clause: no other weekday or date kept before the exception (« le lundi 7 et le 14 sauf le 8 »).
  if (!aside || pattern`\\b${WD}\\b|\\d`.test(after.slice(0, aside.index))) return text;
  const weekdays = (habit[1] as string).split(/ ?,| et | ou /).map((w) => w.replace(/^le /, '').trim()).filter(Boolean);
  return `${text.slice(0, habit.index)}tous les ${weekdays.map((w) => `${w}s`).join(' et ')}${text.slice(habit.index + habit[0].length)}`;
}
