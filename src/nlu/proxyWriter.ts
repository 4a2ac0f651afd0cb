/**
 * Someone writing for a parent (on prepare()d text): « Sa maman m'a demandé de vous écrire car elle est à l'hôpital : merci
 * d'annuler le centre de loisirs de Lucie », « je vous écris de la part de sa mère, qui est hospitalisée »: the illness is the
 * parent's, the reason the writer writes, not the child's absence; what is asked is read without it.
 */

const ILL = '(?:hospitalise\\w*|malade|opere\\w*|a l hopital|a la maternite|souffrante?|en arret(?: maladie| de travail)?|immobilise\\w*|alite\\w*)';
const PARENT = '(?:sa|son|leur|ma|mon|la|le) (?:mere|pere|maman|papa|mamie|papi|fille|fils|belle fille|beau fils|voisine?|amie?)';

const PROXYS_ILLNESS = new RegExp(
  // « sa maman m'a demandé de vous écrire car elle est à l'hôpital », « son père m'a chargé de vous prévenir, il est malade »
  `\\b(?:${PARENT}(?: de \\w+)? (?:m a|m ont|nous a) (?:demande|charge|prie)e? de (?:vous )?(?:ecrire|contacter|prevenir|envoyer un message|faire un message)\\b(?: [a-z ]{0,30}?)?(?: ,)? (?:car|parce qu|parce que|puisqu|puisque|comme)?(?: ,)? ?(?:elle|il) (?:est|a ete|sera|se trouve)(?: actuellement| en ce moment)? ${ILL})` +
    // « je vous écris de la part de sa mère, qui est hospitalisée »
    `|\\b(?:de la part|pour le compte) (?:de|d) ${PARENT}(?: de \\w+)?(?: ,)? (?:qui|car (?:elle|il)) (?:est|a ete|se trouve)(?: actuellement| en ce moment)? ${ILL}`,
);

/** The message without the illness of the parent someone writes for (undefined when none is told so). */
export function withoutProxysIllness(said: string): string | undefined {
  return PROXYS_ILLNESS.test(said) ? said.replace(PROXYS_ILLNESS, ' ').replace(/\s+/g, ' ') : undefined;
}
