/**
 * Right after a booking confirmed, the child corrected: « ah non c'était pour Hugo », « pardon, pour Hugo pas Léa »,
 * « je voulais dire Hugo », « en fait c'est Hugo », « c'est pas le bon enfant », « c'est pour l'autre ». The children
 * named as meant (`to`), those named as not meant (`from`: « pas Léa », « au lieu de Léa »), or the other child
 * (`other`) when none is named. « et Hugo aussi », « pareil pour Hugo » add a child: never a correction. Works on
 * prepare()d text; `names` are the family's first names. A sentence about the child (« merci, Hugo sera content »)
 * is no correction: besides the names, only the words of one.
 */
import { prepare } from './frenchText';
import { saysWrongChild } from './wrongChild';

export type ChildSwap = { to: string[]; from: string[] } | { other: true };

/** A correction said: « non », « pardon », « en fait », « c'était pour », « je voulais dire », « plutôt », « actually ». */
const CUE = /\b(?:non|nan|pardon|oups?|desolee?|erreur|trompee?|en fait|finalement|plutot|je voulais dire|c etait|c est|au lieu|a la place|mince|zut|sorry|oops|actually|i meant|instead|not)\b/;
/** A child added, not corrected. */
const MORE = /\b(?:aussi|egalement|pareil|meme chose|idem|en plus|too|also|as well)\b/;
/** What a child's name is not meant by: « pas Léa », « pas pour Léa », « au lieu de Léa », « not Léa ». */
const NOT_BEFORE = /\b(?:pas|et non|not|au lieu de|au lieu d|a la place de|a la place d|instead of|plutot que) (?:pour |for )?$/;

/**
 * The words a correction is made of, besides the names (« ah non c'était pour », « pardon, pas », « je me suis trompée,
 * la cantine »). Anything else said is a sentence about the child (« Hugo sera content », « Hugo est déjà inscrit »,
 * « c'est bon pour Hugo ? »), never a correction.
 */
const CORRECTION_WORD = new RegExp(
  '^(?:ah|oh|ha|euh|ben|bah|non|nan|no|pardon|oups?|oops|dsl|desolee?s?|excuse[zs]?|moi|erreur|je|j|me|m|suis|trompee?s?|en|fait|finalement|plutot|voulais|voulait|dire|c|ce|etait|est|pour|pr|pas|au|lieu|de|d|a|la|le|l|place|que|mince|zut|mais|enfin|sorry|actually|i|meant|mean|instead|not|of|for|it|was|is|sorry|oui|merci|bien|sur|evidemment|plutot|cantine|garderie|centre|etude|resa|reservation|inscription|booking)$',
);
const onlyCorrection = (said: string, names: readonly string[]): boolean =>
  said
    .replace(/\bet non\b/g, 'non')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .every((word) => CORRECTION_WORD.test(word) || names.includes(word));

const nameAt = (said: string, name: string): number => {
  const m = new RegExp(`(?:^|\\s)${name}(?=\\s|$)`).exec(said);
  return m ? m.index + (m[0].startsWith(' ') ? 1 : 0) : -1;
};

export function childSwap(said: string, names: readonly string[]): ChildSwap | undefined {
  if (MORE.test(said)) return undefined;
  const found = names.map((name) => ({ name, at: nameAt(said, prepare(name)) })).filter((n) => n.at >= 0);
  if (found.length === 0) return saysWrongChild(said) ? { other: true } : undefined;
  if (!CUE.test(said) || !onlyCorrection(said, names.map(prepare))) return undefined;
  const from = found.filter((n) => NOT_BEFORE.test(said.slice(0, n.at))).map((n) => n.name);
  const to = found.filter((n) => !from.includes(n.name)).map((n) => n.name);
  return to.length ? { to, from } : undefined;
}
