/**
 * Days just given taken back, with nothing else said: « en fait pas le 8 », « non finalement pas le 8 », « pas le 8
 * mais le 9 », « j'ai dit le 9 pas le 8 », « le 9 au lieu du 8 »; or replaced as a whole: « non, plutôt le 9 »,
 * « en fait c'est le 9 », « je voulais dire le 9 », « en fait c'est le 4 qu'il sera absent ». Said right after an absence is recorded, the days taken out
 * leave it and those said instead are the absence's (dialogs/absenceTakenBack.ts).
 */
import { readDates } from './dates';
import { prepare } from './frenchText';
import { absenceTakenBack } from './absenceWithdrawn';
import { positionOf } from './choice';

export interface DaysTakenBack {
  /** The days taken out; undefined: all those just given (« non, plutôt le 9 »). */
  out?: string[];
  /** The days said instead (none: only taken out). */
  into: string[];
}

/** The words that take back, opening the message. */
const CUE =
  /^(?:(?:non|nan|no|en fait|enfait|finalement|pardon|oups|oops|erreur|attends?|attendez|ah|oh|euh+|bon|ben|bah|mais|desolee?|excusez moi|je me suis trompee?|je me suis plantee?|j ai dit|j avais dit|je voulais dire|je veux dire|c est|c etait|c|ce sera|plutot|sorry|i meant)\b[ ,.!:]*)+/;
/** A yes opening the words that take back. */
const YES_FIRST = /^(?:ouais|ouai|oui|ok)\b[ ,.!]*(?=(?:non|en fait|finalement|pardon|plutot|c est|c|je voulais dire|je me suis trompee?)\b)/;
/** « pas le 8 », « et pas le 8 », « au lieu du 8 »: the days after it are taken out. */
const NOT_THESE = /(?:^|[ ,]+)(?:(?:et|mais) )?(?:non pas|pas|pa|au lieu d(?:u|e|es)|a la place d(?:u|e|es))\b[ ,]*/;
/** Between the days taken out and those said instead: « pas le 8, le 9 », « pas le 8 mais le 9 ». */
const THEN = /[ ,]*(?:,|\bmais\b|\bplutot\b|\bc est\b|\bplace\b)[ ,]*/;
/** Words that may stand around such days. */
const AROUND =
  /\b(?:le|la|les|l|du|de|des|d|et|svp|stp|s il vous plait|merci|alors|donc|juste|seulement|jour|elle|il|ils|elles|sera|seront|est|etait|absente?s?|malades?|finalement|en fait|plutot|c est|c|mais|ok|day|qu|que)\b|[?!,.;:]/g;

/** « c'est bon le 9 », « parfait, merci »: what was done approved, nothing taken back. */
const APPROVED = /^(?:(?:merci|parfait|super|top|nickel|impeccable)\b|(?:c est|c etait) (?:bon|ok|parfait|bien|note|tout bon)\b|ca (?:marche|roule|me va)\b)/;

const only = (unread: string): boolean => unread.replace(AROUND, ' ').trim() === '';

/** Days read from a part of the message (a bare « 8 » is a day: « au lieu du 8 »), when nothing else is said in it. */
function daysIn(part: string, today: string, month?: string): string[] | undefined {
  const said = part.trim();
  if (!said) return [];
  const reading = readDates(/^\d/.test(said) ? `le ${said}` : said, { today, ...(month ? { month } : {}) });
  return only(reading.unread) ? reading.dates : undefined;
}

/**
 * The days taken back and those said instead, or undefined when the message says something else. Days said alone
 * (« le 9 ») are no correction: only with the words that take back (« non, le 9 », « en fait c'est le 9 »).
 * `known`: the days just given; « pas le 11 le 18 » (no comma) takes out those of them and puts the others instead.
 */
export function saysDaysTakenBack(text: string, today: string, month?: string, known?: readonly string[]): DaysTakenBack | undefined {
  // « enfait » typed glued: « en fait » (the spelling fixes would read « enfant »).
  // « c'est le 4 qu'il ne sera pas là »: absent that day, not a day taken out.
  const said = prepare(text.replace(/\benfait\b/giu, 'en fait'))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b(?:ne|n) (?:sera|seront|est|va|vont|ira|iront) pas (?:la|present\w*|venir|aller a l ecole)\b/g, 'sera absent');
  if (/\b(?:aussi|egalement|en plus|pareil|idem)\b/.test(said)) return undefined;
  // « c'est bon le 9 ? », « c'est le 9 ? »: a question or an approval, no change asked.
  if (/\?\s*$/.test(text) || (APPROVED.test(said) && !/\b(?:pas|pa|au lieu|a la place|plutot|en fait|finalement)\b/.test(said))) return undefined;
  // « ouais en fait c'est le 4 »: a yes before the words that take back says nothing more (alone, « ok le 9 » is no correction).
  const cue = CUE.exec(said.replace(YES_FIRST, ''))?.[0] ?? '';
  const rest = said.replace(YES_FIRST, '').slice(cue.length);
  const not = NOT_THESE.exec(rest);
  if (!not) {
    if (!cue) return undefined;
    const into = daysIn(rest, today, month);
    if (!into?.length) return undefined;
    // « non, plutôt le 9 » after the 8th and the 9th: the 8th alone taken out (the 9th stays, nothing to do); after the 9th alone, nothing.
    const out = known?.filter((d) => !into.includes(d));
    if (out && out.length === 0) return undefined;
    return { ...(out ? { out } : {}), into: into.filter((d) => !known?.includes(d)) };
  }
  const before = rest.slice(0, not.index);
  const after = rest.slice(not.index + not[0].length);
  const then = THEN.exec(after);
  const outPart = then ? after.slice(0, then.index) : after;
  const [into, out, more] = [daysIn(before, today, month), daysIn(outPart, today, month), daysIn(then ? after.slice(then.index + then[0].length) : '', today, month)];
  if (!into || !out?.length || !more) return undefined;
  // « pas le 11 le 18 »: the days not among those just given are said instead.
  const given = !then && known ? out.filter((d) => known.includes(d)) : out;
  const instead = [...new Set([...into, ...more, ...(given.length ? out.filter((d) => !given.includes(d)) : [])])].filter((d) => !given.includes(d)).sort();
  return { out: given.length ? given : out, into: instead };
}

/** A day named by its rank (« le 2e jour », « le dernier jour », « the second day »), not by its date (« le premier jour des vacances »). */
const RANKED_DAY =
  /\b(\d{1,2} ?(?:er|ere|e|eme|nd|nde)|premiere?|deuxieme|seconde?|troisieme|quatrieme|cinquieme|derniere?|first|second|third|fourth|fifth|last) (?:jour|journee|date|day)\b(?! (?:des |du |de la |de l |de |d |of (?:the )?)?(?:vacances|rentree|mois|semaine|annee|ecole|classe|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|holidays?|month|week|term|school)\b)/;

/**
 * « annule le 2e jour », « enlève le dernier jour »: one of the days just given, by its rank among them in date order;
 * undefined when no day is named so, or the rank is beyond them.
 */
export function rankedDayOf(text: string, known: readonly string[]): string | undefined {
  const rank = RANKED_DAY.exec(prepare(text))?.[1];
  const days = [...known].sort();
  const position = rank ? positionOf(rank.replace(' ', ''), days.length) : undefined;
  return position !== undefined && position >= 1 ? days[position - 1] : undefined;
}

/**
 * The absence just recorded taken back as a whole (« finalement il mangera », « annule l'absence ») or for the days
 * said (« annule l'absence du 18 »): those days (none said: all), or undefined.
 */
export function takesBackAbsence(text: string, today: string, month?: string): { days: string[] } | undefined {
  const said = prepare(text.replace(/\benfait\b/giu, 'en fait')).replace(/\s+/g, ' ').trim();
  if (!absenceTakenBack(said)) return undefined;
  return { days: readDates(said, { today, ...(month ? { month } : {}) }).dates };
}