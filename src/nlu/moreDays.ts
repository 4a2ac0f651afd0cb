/**
 * Days added to what was just done, with nothing else said: « et le 26 aussi », « le 26 aussi svp »,
 * « pareil le 26 », « what about the 25th too », « and the 25th as well ». Said right after a booking is
 * confirmed, the same booking (same children, same activity) for those days. Right after an absence is
 * recorded, children may be named too (« et lea aussi le 28 », « et hugo aussi »): the same absence for them.
 */
import { normalize, oneSlipApart } from '../domain/text';
import { readDates } from './dates';
import { prepare } from './frenchText';

/** « zut j'ai oublié Hugo », « j'ai oublié de mettre le 26 », « I forgot Hugo »: what was left out of what was just done. */
const FORGOT = '\\b(?:(?:j|je|on|nous|i) (?:ai|a|avons|avais|avait) (?:completement |aussi )?oublie|i (?:also )?forgot)\\b(?: (?:de (?:mettre|inscrire|ajouter|rajouter|compter|noter|reserver pour)|d (?:inscrire|ajouter)|to (?:add|book|put|include)))?';
const FORGOT_ALL = new RegExp(FORGOT, 'g');
/** What tells the days are more of the same: « et … », « … aussi », « pareil … », « what about … », « j'ai oublié … ». */
const MORE = new RegExp(`^(?:et|and|what about|how about|pareil|idem|meme chose|same)\\b|\\b(?:aussi|egalement|en plus|pareil|idem|as well)\\b|${FORGOT}`);
/** The words that may stand around such days (politeness as typed by SMS too: « stp », « sil vous plait », « pls »; « zut », « oups »). */
const AROUND = /\b(?:zut|mince|oups|oops|ah|oh|et|and|what about|how about|aussi|egalement|en plus|pareil|idem|meme chose|same|as well|on|pour|for|svp|svpl|stp|s il vous plait|sil vous plait|s il te plait|sil te plait|please|pls|plz|merci beaucoup|merci bcp|merci|mci|mrc|thanks|si possible|ok|alors|puis|then|le|la|les|the)\b|[?!,.]/g;

/** « ausi », « aussii », « ossi », « oci », « egalemnt »: « aussi » and « également » as typed in a hurry or by SMS. */
const ALSO_SOUND = /^(?:au*|o+)(?:s+|c+)i+$/;
const ALSO_WORDS = ['aussi', 'egalement'];

function alsoWord(word: string): string | undefined {
  const folded = normalize(word);
  if (ALSO_WORDS.includes(folded)) return undefined;
  if (ALSO_SOUND.test(folded)) return 'aussi';
  return folded.length >= 4 ? ALSO_WORDS.find((w) => oneSlipApart(folded, w)) : undefined;
}

/** The message with each misspelt « aussi » or « également » written right, the rest as typed (for reading its days). */
export function spellAlso(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => alsoWord(word) ?? word);
}

export function saysMoreDays(text: string, today: string, month?: string, about?: string): boolean {
  const more = saysMoreOf(text, today, [], month, about);
  return more !== undefined && more.days.length > 0;
}

/**
 * More days, or more of the children named (their first names given), and nothing else: what is added, or
 * undefined when the message says something else. Neither days nor names is not « more » either. `month`: a day
 * said without one (« le 7 ») is of it; `about`: the latest day just said (« et le vendredi aussi » after Thursday
 * 17 is Friday 18, not the Friday of this week).
 */
export function saysMoreOf(text: string, today: string, names: string[], month?: string, about?: string): { days: string[]; names: string[] } | undefined {
  // « ausi », « ossi »: « aussi » (read as typed, « le 21 ausi » would not be a day).
  const said = prepare(spellAlso(text));
  if (!MORE.test(said)) return undefined;
  return daysAndNames(said, today, names, month, about);
}

/** What tells the days replace those just said: « non lundi 7 décembre », « pardon, plutôt le 7 », « je voulais dire le 7 ». */
const INSTEAD = /^(?:(?:non|nan|no|pardon|oups|en fait|enfait|ah|oh|euh|sorry|je voulais dire|je veux dire|i meant)\b[ ,]*)+(?:(?:c est|plutot|rather)\b ?)?|^(?:plutot|rather)\b ?/;

/**
 * Other days in place of those just said, and nothing else (« non lundi 7 décembre »): those days, or undefined.
 * Days said without « non » or « plutôt » are not a correction.
 */
export function saysInsteadOf(text: string, today: string, names: string[], month?: string, about?: string): { days: string[]; names: string[] } | undefined {
  const said = prepare(text);
  const cue = INSTEAD.exec(said)?.[0];
  if (!cue) return undefined;
  const read = daysAndNames(said.slice(cue.length), today, names, month, about);
  return read && read.days.length > 0 ? read : undefined;
}

function daysAndNames(said: string, today: string, names: string[], month?: string, about?: string): { days: string[]; names: string[] } | undefined {
  const reading = readDates(said, { today, ...(month ? { month } : {}), ...(about ? { about } : {}) });
  let rest = reading.unread;
  const named: string[] = [];
  for (const name of names) {
    const word = new RegExp(`\\b${normalize(name).replace(/[^a-z0-9 ]/g, '.')}\\b`, 'g');
    if (word.test(rest)) named.push(name);
    rest = rest.replace(word, ' ');
  }
  if (rest.replace(FORGOT_ALL, ' ').replace(AROUND, ' ').trim() !== '') return undefined;
  if (reading.dates.length === 0 && named.length === 0) return undefined;
  return { days: reading.dates, names: named };
}
