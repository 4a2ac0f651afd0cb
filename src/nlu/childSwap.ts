/**
 * Right after a booking confirmed, the child corrected: « ah non c'était pour Hugo », « pardon, pour Hugo pas Léa »,
 * « je voulais dire Hugo », « en fait c'est Hugo », « c'est pas le bon enfant », « c'est pour l'autre ». The children
 * named as meant (`to`), those named as not meant (`from`: « pas Léa », « au lieu de Léa »), or the other child
 * (`other`) when none is named. « et Hugo aussi », « pareil pour Hugo » add a child: never a correction. Works on
 * prepare()d text; `names` are the family's first names.
 */
import { prepare } from './frenchText';
import { saysWrongChild } from './wrongChild';

export type ChildSwap = { to: string[]; from: string[] } | { other: true };

/** A correction said: « non », « pardon », « en fait », « c'était pour », « je voulais dire », « plutôt », « actually ». */
const CUE = /\b(?:non|nan|pardon|oups?|desolee?|erreur|trompee?|en fait|finalement|plutot|je voulais dire|c etait|c est|au lieu|a la place|mince|zut|sorry|oops|actually|i meant|instead|not)\b/;
/** A child added, not corrected. */
const MORE = /\b(?:aussi|egalement|pareil|meme chose|idem|en plus|too|also|as well)\b/;
/** What a child's name is not meant by: « pas Léa », « pas pour Léa », « au lieu de Léa », « not Léa ». */
const NOT_BEFORE = /\b(?:pas|non|not|au lieu de|au lieu d|a la place de|a la place d|instead of|plutot que) (?:pour |for )?$/;

const nameAt = (said: string, name: string): number => {
  const m = new RegExp(`(?:^|\\s)${name}(?=\\s|$)`).exec(said);
  return m ? m.index + (m[0].startsWith(' ') ? 1 : 0) : -1;
};

export function childSwap(said: string, names: readonly string[]): ChildSwap | undefined {
  if (MORE.test(said)) return undefined;
  const found = names.map((name) => ({ name, at: nameAt(said, prepare(name)) })).filter((n) => n.at >= 0);
  if (found.length === 0) return saysWrongChild(said) ? { other: true } : undefined;
  if (!CUE.test(said)) return undefined;
  const from = found.filter((n) => NOT_BEFORE.test(said.slice(0, n.at))).map((n) => n.name);
  const to = found.filter((n) => !from.includes(n.name)).map((n) => n.name);
  return to.length ? { to, from } : undefined;
}
