/**
 * An absence whose end is not known (« je ne sais pas s'il pourra revenir demain », « pas sûr qu'elle revienne lundi »,
 * « il pourra peut-être retourner à l'école jeudi »): the day said is when the child may be back, not a day of the absence
 * nor a return booked. Read as an absence from today with its end open (« à partir d'aujourd'hui »: until when is asked).
 * Works on prepare()d text.
 */

const DOUBT = '(?:(?:je |j )?(?:ne )?(?:sais|sait) pas|chais pas|jsp|(?:je (?:ne )?suis )?pas (?:sure?|certaine?|certains?)|on verra|peut etre)';
const WHO = '(?:(?:s |si |qu |que |si (?=il|elle)))?(?:il|elle|ils|elles|[a-z]+)?';
const BACK = '(?:pourra|pourront|peut|peuvent|pourrait|pourraient|va pouvoir|vont pouvoir|sera (?:en etat|capable|la)|seront (?:en etat|la)|revien\\w*|retourne\\w*|reprend\\w*|rentre\\w*)';
const RETURN = new RegExp(
  `\\b${DOUBT} ${WHO} ?(?:peut etre )?${BACK}(?: peut etre)?(?: (?:revenir|retourner|reprendre|rentrer|aller))?(?: (?:a l ecole|en classe|a la cantine|au centre|a la garderie|l ecole))?(?: (?:des|le|ce))? (demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi)\\b`,
);
const RETURN_AFTER = new RegExp(
  `\\b(?:il|elle|ils|elles) ${BACK} peut etre(?: (?:revenir|retourner|reprendre|rentrer|aller))?(?: (?:a l ecole|en classe|a la cantine|l ecole))?(?: (?:des|le|ce))? (demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi)\\b`,
);

/** The text with an unsure return said as « à partir d'aujourd'hui » (the start, no end); the text itself when none is said. */
export function unsureReturn(prepared: string): string {
  const m = RETURN.exec(prepared) ?? RETURN_AFTER.exec(prepared);
  return m ? `${prepared.slice(0, m.index)}a partir d aujourd hui${prepared.slice(m.index + m[0].length)}` : prepared;
}
