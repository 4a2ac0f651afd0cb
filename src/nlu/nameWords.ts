/**
 * The words said around a name that are never part of it: « le nom c Martin-Dupont », « et c'est
 * Bernard-Petit le nom », « Lefèvre avec un accent », « Durand sans accent », « my last name is Smith ».
 * Read on the typed text (its capitals and accents kept): what is left is the name as typed.
 */

const C_EST = String.raw`c['’ ]?\s?est|cest|c|est|is|it['’]?s|it is`;
const FIELD = String.raw`(?:(?:le|mon|votre|my|the)\s+)?(?:nom(?:\s+de\s+famille)?|pr[ée]nom|(?:last|first|family|sur)\s*name|name)`;
/** Opening words, taken off again and again (« et c'est », « le nom c », « pour le prénom : »). */
const BEFORE = new RegExp(String.raw`^(?:et|and|alors|donc|pour|for|(?:${FIELD})|${C_EST}|[:=,-])(?=[\s:=,]|$)[\s:=,]*`, 'iu');
/** What is said of the spelling, or names the field, at the end (« avec un accent », « le nom », « c'est mon nom »). */
const AFTER = new RegExp(
  String.raw`[\s,]+(?:(?:avec|sans|with|without)(?:\s+(?:un|une|des|les|le|l['’]|an|a|the))?\s+(?:accents?|tirets?|trait d['’]union|hyphens?|apostrophes?|espaces?|capitales?|majuscules?)(?:\s+(?:aigus?|graves?|circonflexes?|sur\s+(?:le|la|l['’])\s*\p{L}))?|en\s+(?:un|1)\s+(?:seul\s+)?mot|(?:(?:${C_EST})\s+)?(?:pour\s+)?${FIELD}|svp|stp|merci|please|thanks)[\s.!]*$`,
  'iu',
);

/** The name alone, without the words around it (the text as given when nothing else is left). */
export function bareName(text: string): string {
  let name = text.trim().replace(/[.!]+$/, '').trim();
  for (let before = ''; before !== name; ) {
    before = name;
    name = name.replace(BEFORE, '').replace(AFTER, '').trim();
  }
  return name || text.trim();
}
