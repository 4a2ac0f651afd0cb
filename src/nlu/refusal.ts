/**
 * A task refused as soon as it starts: « non merci », « non c'est déjà fait », « pas besoin »,
 * « no thanks ». Said at the first question of a task the resident just started (and not one of the
 * options it shows), it means the task is not wanted: it stops, as with « annuler ».
 */
import { prepare } from './frenchText';

const REFUSAL = /^(?:(?:non|nan|no|ah non|oh non)(?: ,)? (?:merci|ca ira|ca va aller|pas besoin|pas maintenant|plus tard|c est bon|c est deja fait|deja fait|c etait une erreur|je me suis trompee?|finalement pas|je ne veux pas|je veux pas|pas la peine)(?: ,)?(?: merci)?|pas besoin(?: merci)?|c est deja fait|deja fait|no thanks?|no thank you)$/;

export function refusesTask(text: string): boolean {
  return REFUSAL.test(prepare(text).replace(/[?!.]/g, ' ').replace(/\s+/g, ' ').trim());
}
