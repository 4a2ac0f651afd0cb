/**
 * At « Quelle est votre commune ? » asked after « changer de commune »: the change taken back (« en fait non »,
 * « non je reste », « annuler », « finalement je garde ma commune », « never mind »). Read only when no commune is named.
 */
import { detectCommand } from './commands';
import { prepare } from './frenchText';
import { detectIntent } from './intents';

const STAY = /^(?:(?:en fait|finalement|ah|oh|oups|pardon|bon|euh?) )*(?:non|nan|no|nope|non merci|no thanks?)\b|\b(?:je reste|on reste|rester|je garde|garder|ne change pas|pas changer|change pas|plus changer|stay|keep|never ?mind)\b/;

export function takesBackCommuneChange(text: string): boolean {
  const said = prepare(text).replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim();
  return detectCommand(text) === 'cancel' || detectIntent(said) === 'abort' || STAY.test(said);
}

/**
 * Words around a commune's name that only say where one lives or is (« en fait non je suis bien à … », « c'est … »,
 * « nous on habite à … », « ici c'est … »): what remains once the name is taken out (prepare()d or typed text).
 */
const PLACE_WORDS = new Set(['en', 'fait', 'non', 'nan', 'oui', 'ouais', 'si', 'bien', 'je', 'j', 'suis', 'habite', 'vis', 'on', 'nous', 'sommes', 'habitons',
  'vivons', 'est', 'c', 'ce', 'a', 'au', 'de', 'sur', 'dans', 'ici', 'moi', 'finalement', 'plutot', 'pardon', 'oups', 'mais', 'commune', 'ville', 'ma',
  'mon', 'notre', 'la', 'le', 'les', 'euh', 'bah', 'ben', 'alors', 'donc', 'voila', 'enfin', 'chez']);

/** Whether `rest` (a message without the commune's name) holds nothing but words saying where one is. */
export function onlyPlaceWords(rest: string): boolean {
  return prepare(rest).replace(/[?!.,:;]/g, ' ').split(/\s+/).filter(Boolean).every((w) => PLACE_WORDS.has(w));
}
