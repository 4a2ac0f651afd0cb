/**
 * A message that takes back an earlier answer at a later question, as said at a guichet: « non
 * attends c'est Chloé seulement » (the first names given before), « pardon le nom c'est Martin »,
 * « en fait elle est née le 15 mars ». Read on the typed text: the words that take back, then what
 * is said instead (« Chloé »), so that it is never kept as the answer to the question asked now.
 */

import { fold } from './yesNo';

/** The words that take back (at least one of them opens the message), in French or English, with the sounds said around them. */
const TAKE_BACK = String.raw`(?:non|nan|attends?|attendez|en fait|finalement|pardon|oups|oops|erreur|correction|d[ée]sol[ée]e?|excuse[sz]?[- ]moi|je me suis tromp[ée]e?|je me suis plant[ée]e?|actually|sorry|no wait|my mistake)`;
const AROUND = String.raw`(?:ah|oh|euh+|bon|ben|bah|mais)`;
const OPENING = new RegExp(String.raw`^(?:${AROUND}[\s,.!…]+)*${TAKE_BACK}(?:[\s,.!…]+(?:${AROUND}|${TAKE_BACK}))*(?:[\s,.!…:]+|$)`, 'iu');
/** Words said before or after the new value that are not part of it (« c'est Chloé seulement »). */
const BEFORE = /^(?:(?:c['’ ]?est|c|cest|ce sera|plut[ôo]t|juste|seulement|uniquement|que|il faut mettre|mettez|je (?:veux|voulais) dire)(?:[\s,:]+|$))+/iu;
const AFTER = /(?:[\s,]+(?:seulement|uniquement|juste|plut[ôo]t|svp|s['’ ]il vous pla[iî]t|merci|d[ée]sol[ée]e?|pardon))+[\s.!]*$/iu;

/** What follows the words that take back (« le nom c'est Martin »), or undefined when the message does not open with them. */
export function takenBackRest(text: string): string | undefined {
  const typed = text.trim();
  const match = OPENING.exec(typed);
  if (!match) return undefined;
  return typed.slice(match[0].length).trim();
}

/** The new value alone, without the words around it (« c'est chloe seulement » → « chloe »). */
export const correctedValue = (rest: string): string => rest.replace(BEFORE, '').replace(AFTER, '').replace(/[.!]+$/, '').trim();

/** The opening is a bare « non » (« non c'est Poissy », « non non c'est Poissy »): no « attends », « pardon », « en fait » that takes back an earlier answer. */
const BARE_NO = new RegExp(String.raw`^(?:${AROUND}[\s,.!…]+)*(?:non|nan)(?:[\s,.!…]+(?:non|nan))*[\s,.!…:]*$`, 'iu');
/** Words that narrow an earlier list (« c'est Chloé seulement », « juste Chloé »): an earlier answer taken back. */
const NARROWS = /(?:^|[\s,])(?:seulement|uniquement|juste|que)(?=[\s,.!]|$)/iu;

/**
 * « non c'est Poissy », « nan c Poissy »: a bare « non » before the new value, nothing that narrows an earlier answer;
 * at a question, what it answers is that question (« non attends c'est Chloé seulement » takes back the first names).
 */
export function saysNoToQuestion(text: string): boolean {
  const typed = text.trim();
  const opening = OPENING.exec(typed)?.[0];
  return opening !== undefined && BARE_NO.test(opening) && !NARROWS.test(typed.slice(opening.length));
}

/** A value said with a place's preposition (« à Poissy », « au Maroc »): an answer to a place question, not a correction. */
export const saysAPlace = (value: string): boolean => /^(?:à|a|au|aux|en|dans|sur)\s+\S/iu.test(value.trim());

/**
 * The answer before that a narrowing (« c'est Lucas seulement », « juste Chloé ») takes back: the latest whose words
 * hold all of the new value's (« Léa Lucas » → « Lucas »), whatever was asked in between; undefined when the message
 * narrows nothing or no answer holds it.
 */
export function narrowedAnswer<T extends { value: string }>(rest: string, value: string, earlier: readonly T[]): T | undefined {
  if (!NARROWS.test(` ${rest}`)) return undefined;
  const words = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const wanted = words(value);
  if (wanted.length === 0) return undefined;
  return [...earlier].reverse().find((e) => {
    const had = words(e.value);
    return had.length > wanted.length && wanted.every((w) => had.includes(w));
  });
}

/** Words that say two answers were typed the wrong way round (« inversé », « à l'envers », « c'est l'inverse »). */
const SWAPPED = /\b(?:inverse[rsz]?|inversee?s?|inversion|interverti[rse]?s?|intervertir|permute[rsz]?|permutee?s?|a l envers|dans le mauvais (?:sens|ordre)|l inverse|confondu|swapped|switched|reversed|the other way round|wrong way round)\b/;
/** Other answers of a form, or their parts: what is swapped is then not the names (« j'ai inversé deux chiffres du numéro »). */
const OTHER_PARTS = /\b(?:mail|e mail|email|courriel|adresse|telephone|tel|numero|portable|chiffres?|lettres?|rue|code|ville|civilite|madame|monsieur|phone|address)\b/;

/**
 * « non j'ai inversé nom et prénom », « le nom et le prénom sont à l'envers », « non c'est l'inverse » (at a
 * read-back of both names): the first and last names were given the wrong way round.
 */
export function saysNamesSwapped(text: string): boolean {
  const said = fold(text);
  return SWAPPED.test(said) && !OTHER_PARTS.test(said);
}
