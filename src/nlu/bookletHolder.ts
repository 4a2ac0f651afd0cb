/**
 * Whether the livret de famille asked for is the resident's own, when the opening message says it: « j'ai perdu mon
 * livret de famille », « notre livret », « je suis marié depuis 2012 », « mon mari et moi » (a holder: a parent or a
 * spouse). Undefined when not said, or when it is someone else's (« le livret de mes parents », « un livret pour mes parents », « de son père », « de ma belle-mère »): the question asks it.
 */
import { normalize } from '../domain/text';

const OWN_BOOKLET = /\b(?:mon|notre|nos|my|our) (?:\w+ )?(?:livret|family (?:record )?book(?:let)?)\b/;
const HOLDER = /\b(?:je suis (?:mariee?|pacsee?|divorcee?|separee?|(?:le )?pere|(?:la )?mere|(?:le )?papa|(?:la )?maman)|on (?:est|s est) maries|nous (?:sommes|nous sommes) maries|mon (?:mari|epoux|conjoint) et moi|ma (?:femme|epouse|conjointe) et moi|i am married|we are married|we got married)\b/;
const SOMEONE_ELSE = /\b(?:mes|mon|ma|son|sa|ses|leur|leurs|my|his|her|their) (?:parents?|mere|pere|belle mere|beau pere|beaux parents|grands? parents?|grand mere|grand pere|soeur|frere|oncle|tante|cousine?|mother|father|mum|mom|dad)\b|\b(?:de|du|des|pour) (?:mon|ma|mes|son|sa|ses) (?:fils|fille|enfants?)\b/;

export function readBookletHolder(text: string): 'yes' | undefined {
  const said = normalize(text);
  if (SOMEONE_ELSE.test(said)) return undefined;
  return OWN_BOOKLET.test(said) || HOLDER.test(said) ? 'yes' : undefined;
}
