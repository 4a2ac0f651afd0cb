/**
 * « Je n'en ai pas »: an answer saying the resident has none of what is asked (an e-mail address, a
 * phone number): « je n'ai pas d'email », « pas de mail », « non j'en ai pas », « aucun », « non », « non plus ».
 * What is said then is not read as a wrong value but as a choice to go on without it.
 */
import { prepare } from './frenchText';

const THINGS = '(?:e ?mails?|mails?|mel|courriels?|adresses?(?: e ?mail| mail| electronique)?|internet|ordi(?:nateur)?|telephones?|tel|portables?|numeros?|phone|email address)';
const NONE = new RegExp(
  [
    // « non plus », « moi non plus », « toujours pas »: none either (after an e-mail said to be missing).
    `^(?:(?:moi |pas )?(?:non|nan|no|nope)(?: plus)?(?: merci)?|toujours pas|aucune?(?: non plus)?|rien(?: non plus)?|pas|sans|none|nothing|neither|me neither)$`,
    `\\b(?:pas|plus|aucune?|jamais|sans|no)(?: d| de| d une| d un)? ${THINGS}\\b`,
    `\\b(?:j |je n |n |j en |je n en |n en |on n en |nous n en )(?:ai|a|avons|possede) (?:pas|plus|aucune?|jamais)\\b`,
    `\\b(?:j en ai|je n en ai|j ai|je n ai|on a|on n a) (?:pas|plus|aucune?)\\b`,
    `\\b(?:i don t have|i have no|we don t have)\\b`,
  ].join('|'),
);

export function saysHasNone(text: string): boolean {
  return NONE.test(prepare(text).replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim());
}
