/**
 * Who a request for a young person is about, as the opening message says it (« recensement de mon fils Lucas », « pour
 * ma fille Inès née le … », « my daughter »): a son or a daughter (the questions then say « il » or « elle »), and the
 * first name typed right after, when one is (a word of the sentence, « mon fils qui a 16 ans », is no name).
 */
import { isKnownFirstName } from './firstNames';
import { fold } from './yesNo';

export type YoungGender = 'he' | 'she';

const SON = /\b(?:mon (?:fils|garcon|gars|ado|adolescent)|my son)\b/;
const DAUGHTER = /\b(?:ma (?:fille|ado|adolescente)|my daughter)\b/;
/** The word after « mon fils », « ma fille » (with « qui s'appelle », « nommée »…). */
const AFTER = /(?:^|[\s,(])(?:mon|ma|my)\s+(?:fils|fille|gar[cç]on|son|daughter)\s*,?\s*(?:(?:qui\s+s['’ ]?appelle|nomm[ée]e?|pr[ée]nomm[ée]e?|appel[ée]e?|called|named)\s+)?(\p{L}[\p{L}'’-]+)/iu;
/** Words that follow « mon fils » without being his name. */
const NOT_NAMES = new Set(['qui', 'de', 'du', 'des', 'est', 'a', 'ai', 'il', 'elle', 'et', 'ne', 'nee', 'le', 'la', 'les', 'en', 'au', 'pour', 'svp', 'merci', 'aussi', 'aine', 'ainee', 'cadet', 'cadette', 'va', 'vient', 'doit', 'aura', 'avait', 'etait', 'sera', 'vas', 'fait', 'who', 'is', 'was', 'has', 'and', 'born', 'turned', 'turns', 'just', 'please', 'thanks']);

export interface YoungPerson {
  gender?: YoungGender;
  firstName?: string;
}

export function youngPersonIn(text: string): YoungPerson {
  const said = fold(text);
  const gender: YoungGender | undefined = SON.test(said) ? 'he' : DAUGHTER.test(said) ? 'she' : undefined;
  if (!gender) return {};
  const word = AFTER.exec(text)?.[1];
  // A first name: written with its capital, or one known (« mon fils lucas »).
  const named = word && !NOT_NAMES.has(fold(word)) && (/^\p{Lu}/u.test(word) || isKnownFirstName(word)) ? word : undefined;
  return { gender, ...(named ? { firstName: named } : {}) };
}
