/**
 * Whether an answer to « Dans quelle commune a eu lieu la naissance ? » cannot be a place: a yes
 * or a no, an e-mail address, a date, a sentence. Such an answer is asked again with an example,
 * instead of being sent to « that other commune's mairie ».
 */
import { saysOnlyADate } from './choice';
import { fold, recognizeYesNo } from './yesNo';

/** Longer than the longest commune names (« Saint-Germain-en-Laye », « Le Mesnil-le-Roi ») in words. */
const MAX_PLACE_WORDS = 6;

export function cannotBeAPlace(text: string): boolean {
  const said = fold(text);
  if (!said || text.includes('@')) return true;
  const yesNo = recognizeYesNo(text);
  if (yesNo && !yesNo.rest) return true;
  if (saysOnlyADate(said)) return true;
  // Digits alone, but a postal code (5 digits) may name the commune.
  if (/^[\d\s/.-]+$/.test(text.trim()) && !/^\d{5}$/.test(text.trim())) return true;
  return said.split(' ').length > MAX_PLACE_WORDS;
}

/** Words said before a place's name that are not part of it (« ouais carrières », « euh à Poissy », « c'est Poissy », « here in Carrières »). */
const BEFORE_PLACE = /^(?:(?:ouais|ouai|oui|ok|euh+|ben|bah|alors|bon|c est|c|ce sera|a|à|au|dans|sur|ici|yes|yeah|yep|it s|it is|it was|in|at|here|right here|born in|was born in)[\s,.:!]+)+/i;

/** The place's name in an answer: the text without the words said before it. */
export const placeName = (text: string): string => text.trim().replace(/['’]/g, ' ').replace(BEFORE_PLACE, '').trim() || text.trim();

/**
 * A first message that only says where the resident is (« mairie de Poissy », « ville de Triel »,
 * « j'habite à Triel-sur-Seine », « bonjour, commune de Médan »): nothing else is asked in it.
 */
const ONLY_A_PLACE = /^(?:(?:bonjour|bonsoir|bjr|salut|hello)[\s,!.]+)?(?:(?:la |l )?(?:mairie|ville|commune)(?: de| d| du)?|j habite(?: a| au| en| sur)?|je suis(?: a| de| au)|je vis(?: a| au| en))\s+[a-z][a-z -]{1,40}$/;
export const onlyNamesAPlace = (text: string): boolean => ONLY_A_PLACE.test(fold(text).replace(/[’']/g, ' ').replace(/\s+/g, ' ').trim());
