/**
 * A day said in place of one named, after the days asked, a part of the date reader (dates.ts; prepare()d text): « étude lundi 8 et
 * jeudi 11, non lundi 15 au lieu du 8 », « cantine le 8 et le 11, ah non le 9 au lieu du 11 », « …, plutôt mardi 16 à la place du 9 »:
 * only the day named is taken out, the others stay (the « non » is no correction of the last day said). Written « lundi 15 sauf le 8 ».
 */
import { DAY, MONTH, WD } from './dateWords';

/** One day: « lundi 15 », « le 15 », « le 15 mars », « lundi ». */
const ONE = `(?:le |la )?(?:${WD} (?:le )?${DAY}(?: ${MONTH})?|${DAY}(?: ${MONTH})?|${WD})`;
/** The day replaced: the same, or a bare number right after « du » (« au lieu du 8 »). */
const NAMED = `(?:${WD} (?:le )?${DAY}(?: ${MONTH})?|${DAY}(?: ${MONTH})?|${WD})`;
/** What may open the day meant: « non », « ah non », « plutôt », « en fait ». */
const CUE = '(?:(?:(?:ah|oh|euh|heu|enfin) ,? ?)?non ,? ?|(?:plutot|en fait|finalement) ,? ?)*';
// (After other days and a comma only: « j'ai réservé le mercredi 9 au lieu du mercredi 16 » tells a mistake, read elsewhere.)
const INSTEAD = new RegExp(`(?<=\\b(?:${WD}|${DAY})\\b[^.?!]{0,60} , )${CUE}(${ONE}) (?:au lieu|a la place) (?:du|de|d|des) (?:le |la )?(${NAMED})\\b(?! (?:cantine|garderie|etude|centre|accueil|repas)\\b)`, 'g');

export function insteadOfNamed(text: string): string {
  return text.replace(INSTEAD, (m: string, meant: string, named: string) => {
    const said = `${meant} sauf ${/^\d|^1 ?er|^premier/.test(named) ? 'le ' : ''}${named}`;
    return said.length <= m.length ? `${said}${' '.repeat(m.length - said.length)}` : said;
  });
}
