/**
 * A month said rather than days (prepare()d text): named (« mes réservations de janvier »: the next such month
 * from today), moved from the one on screen (« mois suivant », « previous month »), or taken whole
 * (« annule toute la cantine de janvier », « janvier tout le mois »: every day of it). understand.ts decides
 * for which intents these count.
 */
import { MONTH, monthNumber, WD } from './dateWords';
import { pattern } from './pattern';

/** « tout(e)… de janvier », « janvier tout le mois »: a month taken whole (not « tout février jusqu'aux vacances »: up to them). */
const WHOLE = new RegExp(`\\b(?:tout|toute|toutes)(?: (?!jusqu|sauf|et)[a-z]+){0,8} (?:(?:de |d |en |pour |sur )?(?:le |du )?mois )?(?:de |d |en )?${MONTH}\\b(?![^,.?!]*\\bjusqu)|\\b${MONTH}(?: [a-z]+){0,2} tout le mois\\b`);

/** « annule toute la cantine de janvier »: the month taken whole ('YYYY-MM', the next such from today); undefined when none is. */
export function wholeMonthNamed(prepared: string, today: string): string | undefined {
  const whole = WHOLE.exec(prepared)?.[0];
  return whole ? monthNamed(whole, today) : undefined;
}

/** « tout février jusqu'aux vacances », « tout le mois d'avril jusqu'au 16 »: the month up to that bound, read as « en février … ». */
const WHOLE_UP_TO = new RegExp(`\\b(?:tout|toute) (?:le mois )?(?:de |d )?(${MONTH})\\b(?: (pour|pr) ([a-z]+)(?= jusqu))?(?=[^,.?!]*\\bjusqu)`, 'g');

/** (« tout février pr Elyes jusqu'aux vacs »: the child said first, the month beside its bound.) */
export const monthUpToBound = (prepared: string): string =>
  prepared.replace(WHOLE_UP_TO, (_m: string, month: string, pour?: string, child?: string) => `${pour ? `${pour} ${child as string} ` : ''}en ${month}`);

/** « sauf le 14 », « sauf le 14 et le 15 », « sauf les mercredis »: what is set aside of the month taken whole. */
const EXCEPT = /\bsauf\b ?,? ?(.*)$/;
const EXCEPT_DAYS = new RegExp(`^(?:(?:le |les |la )?(?:\\d{1,2}|${WD})(?: (?:et|,|ni) | |$))+`);
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/**
 * Every day of the month 'YYYY-MM' taken whole, less the days and weekdays set aside after « sauf »; none when what is
 * set aside cannot be read (« sauf quand il est chez son père »): better to ask than to book a day not wanted.
 */
export function wholeMonthLess(prepared: string, month: string): string[] {
  const days = daysOfMonth(month);
  const aside = EXCEPT.exec(prepared)?.[1];
  if (aside === undefined) return days;
  const said = EXCEPT_DAYS.exec(aside)?.[0];
  if (!said) return [];
  const numbers = (said.match(/\b\d{1,2}\b/g) ?? []).map(Number);
  const weekdays = (said.match(new RegExp(`\\b${WD}`, 'g')) ?? []).map((w) => WEEKDAYS.indexOf(w.replace(/s$/, '')));
  return days.filter((day) => !numbers.includes(Number(day.slice(8))) && !weekdays.includes(new Date(`${day}T00:00:00Z`).getUTCDay()));
}

/** Every day of a month 'YYYY-MM'. */
export function daysOfMonth(month: string): string[] {
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return Array.from({ length: last }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** « mois suivant », « next », « mois précédent », « previous month » alone: the month after or before the one on screen. */
const NEXT_MONTH = /^(?:(?:et |le |au |voir le |afficher le )?mois (?:suivant|d apres|d ensuite)|suivant|next|(?:show )?(?:the )?next month|month after)$/;
const PREVIOUS_MONTH = /^(?:(?:et |le |au |voir le |afficher le )?mois (?:precedent|d avant|passe)|precedent|previous|(?:show )?(?:the )?(?:previous|last) month|month before)$/;

/** The month after or before `shown` ('YYYY-MM') when that alone is said; undefined otherwise. */
export function monthMoved(prepared: string, shown: string): string | undefined {
  const said = prepared.replace(/\b(?:svp|stp|s il vous plait|please|merci)\b|[?!.]/g, ' ').replace(/\s+/g, ' ').trim();
  const step = NEXT_MONTH.test(said) ? 1 : PREVIOUS_MONTH.test(said) ? -1 : 0;
  if (step === 0) return undefined;
  const at = new Date(Date.UTC(Number(shown.slice(0, 4)), Number(shown.slice(5, 7)) - 1 + step, 1));
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** « mes réservations de janvier », « le calendrier de mars »: the next such month from today ('YYYY-MM'). */
export function monthNamed(prepared: string, today: string): string | undefined {
  const word = pattern`\\b${MONTH}\\b`.exec(prepared)?.[0];
  const number = word ? monthNumber(word) : undefined;
  if (!number) return undefined;
  const year = Number(today.slice(0, 4)) + (number < Number(today.slice(5, 7)) ? 1 : 0);
  return `${year}-${String(number).padStart(2, '0')}`;
}
