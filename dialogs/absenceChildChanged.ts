/**
 * The child changed where the days of an absence are asked (« en fait c'est Léa pas Hugo », « non, Léa »): the
 * children named, less those set aside with « pas » / « non » before their name.
 */
import { normalize } from '../src/domain/text';
import type { Child } from '../src/domain/types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The children said instead (none when no child of the file is named, or only set aside). */
export function childrenSaidInstead(text: string, children: readonly Child[]): Child[] {
  const said = normalize(text);
  return children.filter((c) => {
    const name = escape(normalize(c.firstName));
    return new RegExp(`\\b${name}\\b`).test(said) && !new RegExp(`\\b(?:pas|non|not) (?:pour |a |de )?${name}\\b`).test(said);
  });
}
