/**
 * What an agent probably meant by a word the command does not know (« issue-kye », « Carrières-
 * sous-Poisy »): the only candidate equal once accents, case and separators are set aside, else
 * the only closest one a few slips away, else the only one that starts so. A suggestion is only said: nothing runs on a guess.
 */
import { normalize } from '../domain/text';

/** « Carrières-sous-Poissy » → « carrieres-sous-poissy »: accents, case and separators aside. */
export const fold = (text: string): string => normalize(text).replace(/ /g, '-');

/** Edits (insert, delete, replace, swap two neighbours) from a to b: optimal string alignment distance. */
export function slips(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** How many slips a word of this length may have and still be recognised. */
const tolerance = (length: number): number => (length <= 4 ? 1 : length <= 12 ? 2 : 3);

/**
 * The value of the candidate `typed` most likely names, or undefined when none is close or several
 * are as close. Each candidate is given with the names it answers to (a commune's id and name).
 */
export function closest<T>(typed: string, candidates: Array<{ value: T; names: string[] }>): T | undefined {
  const said = fold(typed);
  if (!said) return undefined;
  const scored = candidates.map((c) => ({ value: c.value, distance: Math.min(...c.names.map((n) => slips(said, fold(n)))) }));
  const best = Math.min(...scored.map((s) => s.distance));
  const at = scored.filter((s) => s.distance === best);
  if (at.length === 1 && at[0] && best <= tolerance(said.length)) return at[0].value;
  // The start of one name only (« chanteloup », « issue »).
  const starting = said.length >= 4 ? candidates.filter((c) => c.names.some((n) => fold(n).startsWith(said))) : [];
  return starting.length === 1 ? starting[0]?.value : undefined;
}
