/**
 * « jusqu'à fin janvier » said at a basket of a recurrence (« tous les lundis jusqu'au 14 décembre », « le lundi »): the
 * end of that recurrence, its weekdays from the basket's first day up to the end, its exceptions kept; not every school
 * day from today up to the end.
 */
import { weekdayOf } from '../src/domain/parisTime';
import type { Wish } from '../src/domain/reservationTypes';
import type { Weekday } from '../src/domain/communeTypes';
import { withEnd } from '../src/nlu/dates';
import { prepare } from '../src/nlu/frenchText';
import { recurrenceEnd } from '../src/nlu/recurrenceEnd';

const FRENCH: Record<Weekday, string> = { mon: 'lundi', tue: 'mardi', wed: 'mercredi', thu: 'jeudi', fri: 'vendredi', sat: 'samedi', sun: 'dimanche' };
const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** An end alone: « jusqu'à fin janvier », « et jusqu'aux vacances », « non, jusqu'au 29 janvier svp ». */
const END_ONLY = /^(?:(?:oui|ouais|ok|non|et|alors|plutot|finalement|en fait|euh|bah|ben)\b[ ,.!]*)*(?:jusqu|d ici)\b/;
const OTHER_WORDS = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|sauf|pas|annul\w*|enlev\w*|retir\w*|aussi)\b/;
/** The end a text already says (« tous les lundis jusqu'au 14 décembre »), up to what it sets aside. */
const END_SAID = /\b(?:jusqu|d ici)\b.*?(?=\b(?:sauf|excepte|hormis|a part|mais pas)\b|$)/;

interface Read {
  dates: string[];
}

/** The basket's wishes with the recurrence it books carried up to the end said, or undefined when it is not such an answer. */
export function recurrenceEnded(said: string, current: readonly Wish[], source: string | undefined, read: (text: string) => Read): Wish[] | undefined {
  const text = prepare(said).trim();
  if (!END_ONLY.test(text) || OTHER_WORDS.test(text)) return undefined;
  const adds = current.filter((w) => w.action === 'add');
  if (adds.length === 0) return undefined;
  const days = [...new Set(adds.map((w) => w.day))].sort();
  const weekdays = [...new Set(days.map(weekdayOf))];
  const first = days[0] as string;
  const last = days.at(-1) as string;
  // A recurrence: its weekdays said in the message that started the booking, or one weekday over more than a week.
  const named = source !== undefined && weekdays.every((w) => new RegExp(`\\b${FRENCH[w]}s?\\b`).test(prepare(source)));
  if (!named && !(weekdays.length === 1 && days.length > 1)) return undefined;
  const end = recurrenceEnd(said).replace(/^.*?\b(jusqu|d ici)\b/, '$1');
  const start = `a partir du ${Number(first.slice(8, 10))} ${MONTHS[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}`;
  const onWeekdays = read(`tous les ${weekdays.map((w) => `${FRENCH[w]}s`).join(' et ')} ${start} ${end}`).dates.filter((d) => d >= first && weekdays.includes(weekdayOf(d)));
  if (onWeekdays.length === 0) return undefined;
  // What the recurrence set aside (« sauf le 11 janvier »): read again with the new end; and the basket's own gaps.
  const again = named ? read(withEnd(prepare(source as string).replace(END_SAID, ' ').replace(/\s+/g, ' ').trim(), end)).dates : [];
  const fromSource = again.length > 0 && again.every((d) => weekdays.includes(weekdayOf(d))) ? new Set(again) : undefined;
  const kept = onWeekdays.filter((d) => (d <= last ? days.includes(d) : !fromSource || fromSource.has(d)));
  const children = [...new Set(adds.map((w) => w.childId))];
  return [...current.filter((w) => w.action !== 'add'), ...children.flatMap((childId) => kept.map((day): Wish => ({ childId, day, action: 'add' })))];
}
