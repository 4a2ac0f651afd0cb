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
