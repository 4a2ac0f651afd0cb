/**
 * A request taken back at the end of its own message (« réserver le 15, non en fait annulez tout », « inscrire Léa le 15…
 * en fait non, oubliez »): the words after the last cue of a change of mind (« non en fait », « en fait non »,
 * « finalement », « , non »). On prepare()d text. The caller says whether those words give the request up.
 */
const CUE = /(?:^|\s)(?:(?:(?:ah|oh|bon|euh) )?(?:non|nan) ,? ?(?:en fait|finalement|plutot)|(?:en fait|finalement) ,? ?(?:non|nan)|, (?:non|nan|finalement|en fait))(?=\s|$)/g;

/** The words after the last cue of a change of mind, when something was said before it; undefined without one. */
export function takenBackTail(said: string): string | undefined {
  const cues = [...said.matchAll(CUE)];
  const last = cues.at(-1);
  if (!last || last.index === 0 || !said.slice(0, last.index).trim()) return undefined;
  return said.slice(last.index + last[0].length).trim();
}
