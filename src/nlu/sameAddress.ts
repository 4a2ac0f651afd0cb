/**
 * « la même que tout à l'heure », « même adresse que pour l'acte de décès », « pareil », « idem » at an address
 * question: the address given before in the conversation, not a new one (nor the service's address asked).
 */
import { normalize } from '../domain/text';

const SAME = /^(?:(?:c est|ce sera|oui|ben|bah|euh|alors|envoyez la|a) )*(?:(?:la|le|a la) )?(?:meme|pareil|pareille|idem)(?: adresse)?(?: (?:que|qu|qu a|comme)\b.{0,50})?$|\b(?:meme|pareille) adresse\b|\bsame (?:address|one)\b/;

/** Whether the answer says the address is the one given before. */
export function saysSameAddress(text: string): boolean {
  return SAME.test(normalize(text).replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim());
}
