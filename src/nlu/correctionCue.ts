/**
 * A read-back answered with a correction instead of a « non »: « en fait c'est Durand le nom »,
 * « le prénom c'est Marie », « les parents c'est Paul Martin et Sophie Durand », « je me suis trompée, c'est Durand », « Durand, pas Dupont ». Such a
 * message says « no » just as clearly; what it corrects is read by splitCorrection.
 * On fold()ed text.
 */

/** Words that open a correction. */
const OPENERS = /^(?:en fait|en realite|pardon|oups|oops|attention|correction|rectification|petite erreur|erreur|je me suis trompe e?|je me suis trompee|je me suis plante e?|vous vous etes trompe|ce n est pas|c est pas|ca n est pas|pas)\b/;
/** A field of a read-back named with a verb of correction before or after. */
const FIELD = '(?:nom|prenom|mail|e mail|email|courriel|adresse|telephone|tel|portable|numero|date|lieu|ville|commune|pays|naissance|parents|pere|mere|filiation|destinataire)';
const NAMES_A_FIELD = new RegExp(`(?:^|\\b(?:le|la|l|les|mon|ma|mes|son|sa|ses|votre|vos|du|de la|des|pour le|pour la|comme)\\s+)${FIELD}\\b`);
/** « Durand, pas Dupont », « Durand et non Dupont ». */
const INSTEAD = /\b(?:pas|et non|au lieu de|plutot que)\s+(?:(?:le|la|les|l|du|de) )?\S+$/;

/** A question (« quel est le numéro de la mairie ? ») is answered in place, not taken for a correction. */
const QUESTION = /^(?:quel|quelle|quels|quelles|ou|comment|quand|combien|pourquoi|est ce|qu est|c est quoi|a quelle|a quel|vous|pouvez|peut on|puis je)\b/;

export function saysACorrection(said: string, typed = said): boolean {
  if (!said || QUESTION.test(said) || typed.trim().endsWith('?')) return false;
  if (OPENERS.test(said)) return true;
  // At a read-back, naming one of its fields is correcting it (« le téléphone : 06… », « nom de famille Martin »).
  if (NAMES_A_FIELD.test(said)) return true;
  return INSTEAD.test(said) && said.split(' ').length <= 6;
}
