/**
 * The child the bot named, said to be the wrong one, without naming the right one: « c'est pas le bon enfant »,
 * « mauvais enfant », « je me suis trompé d'enfant », « c'est pour l'autre », « l'autre enfant ». A correction of the
 * child (the other one when there are two, else asked which), never a request about the family key or the family file.
 * On fold()ed or prepare()d text.
 */
const KID = '(?:enfant|enfants|gamin|gamine|gosse|petit|petite|fils|fille|loulou|child|kid)';
const WRONG = new RegExp(
  [
    `\\b(?:pas|plus) (?:le bon|la bonne|cet|cette|ce|celui|celle|mon|ma|le meme|la meme)(?: la| ci)? ?${KID}?\\b(?! (?:de|d|du|a) )`,
    `\\b(?:mauvais|mauvaise|faux|fausse) ${KID}\\b|\\bl autre ${KID}\\b`,
    `\\b(?:trompee?|erreur|plante|plantee) (?:d|de|sur l|sur le|sur la) ?${KID}\\b`,
    `\\bpour (?:l autre|mon autre ${KID}|son frere|sa soeur|le frere|la soeur)\\b`,
    `\\b(?:wrong|other) ${KID}\\b`,
  ].join('|'),
);
/** The child meant: « enfant », « l'autre », « celui-là » (a bare « pas le bon » may be of the days or the activity). */
const ABOUT_A_CHILD = new RegExp(`\\b${KID}\\b|\\bl autre\\b|\\bfrere\\b|\\bsoeur\\b`);

/** A child added or enrolled (« inscrire un autre enfant »): a request, not a correction. */
const ADDS = /\b(?:inscrire|inscription|ajouter|rajouter|declarer|enregistrer|nouvel? enfant)\b/;

export function saysWrongChild(said: string): boolean {
  return WRONG.test(said) && ABOUT_A_CHILD.test(said) && !ADDS.test(said);
}
