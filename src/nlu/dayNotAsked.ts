/**
 * A day of a list said, then taken out without another in its place, a part of the date reader (dates.ts; prepare()d text):
 * « mercredi jeudi vendredi, non pas mercredi, juste jeudi vendredi », « lundi, mardi, mercredi… ah non mercredi je suis en
 * repos, donc lundi mardi », « lundi mardi mercredi, ah non pas mercredi », « demain pr Keyla, pas vendredi »: read as
 * « sauf mercredi » (the days kept are not asked again). And « demain et mercredi, non jeudi »: the last day of the list is
 * the one corrected, the others stay.
 */
import { DAY, WD } from './dateWords';

const NEAR = '(?:apres demain|demain|aujourd hui)';
/** One day said: « le 15 », « jeudi », « jeudi 17 », « demain ». */
const ONE = `(?:(?:le |la )?(?:${WD}(?: ${DAY})?|${DAY})|${NEAR})`;
/** Days said one after the other: « jeudi vendredi », « lundi , mardi », « le 4 et le 5 ». */
const LIST = `${ONE}(?:(?: ,| et)? ${ONE})*`;
const CUE = '(?:(?:ah|euh|heu|oups|oh|enfin|pardon) ,? ?)?non ,? ?';
/** What may follow the day set aside: the end, a comma before no other day (nor « mais », « plutôt »), the child or thanks. */
const NOTHING_IN_ITS_PLACE = `(?= , (?!(?:mais|plutot|c est|c|juste|seulement|uniquement|que)\\b|${ONE}\\b)| ?$| (?:pour|pr|svp|stp|merci)\\b)`;
/** « ah non mercredi je suis en repos , donc lundi mardi »: the day taken back, why, then the days kept said again. */
const WITHDRAWN_WHY = new RegExp(`\\b${CUE}(${ONE}) ((?:(?!\\b(?:non|mais|plutot)\\b)[^,]){0,60}) , (?:donc|alors|du coup|soit) (${LIST})\\b(?= ,| ?$| (?:pour|pr|svp|stp|merci)\\b)`);
/** « demain pr Keyla , pas vendredi »: after the days asked, a comma (or the child), then a day with « pas » and nothing in its place. */
// (« 21 22 23 dec pr Maelys (pas le 24 svp) »: after the child, the brackets gone, no comma needed; « …, pas le 3 (mercredi) »: the day's weekday after it.)
// (« …, pas jeudi il mange chez tata », « …, pas mercredi car c'est ferie »: why said after it, with no day in it, is nothing in its place either;
// « …, le 11 c'est férié donc pas mercredi »: « donc » after what was blanked as closed, closedDaysBeside.ts.)
const WHY_AFTER = `(?= (?:il|elle|ils|elles|on|je|j|nous|c|c est|car|parce|puisque|vu|ca|sa|son|ses|mon|ma|mes|y a|il y a)\\b(?:(?!\\b(?:${WD}|demain|aujourd hui|(?:le|les|du|au|et) ${DAY})\\b)[^,])*(?:,|$))`;
/** « non pas mercredi », then the days kept said again (« juste jeudi vendredi »), nothing in its place, or why (« non pas le 29 il est en sortie »). */
const WITHDRAWN = new RegExp(`(?<=, |^|[a-z?!] )${CUE}pas (${ONE})\\b(?:((?: ,)? (?:juste|seulement|uniquement|que) (${LIST})\\b)(?= ,| ?$| (?:pour|pr|svp|stp|merci)\\b)|${NOTHING_IN_ITS_PLACE}|${WHY_AFTER})`);
const NOT_THIS_DAY = new RegExp(`(?<=\\b(?:${WD}|${DAY}|${NEAR})\\b[^,]{0,30} (?:, |(?:pour|pr) [a-z]+ )(?: *(?:donc|alors|du coup) )?)(?<!\\bnon , )pas (${ONE})(?:(?<=\\d) ${WD})?(?:${NOTHING_IN_ITS_PLACE}|${WHY_AFTER})`);
/** « demain et mercredi , non jeudi »: the last of two weekdays listed, corrected by « non » and one (the first stays; « le 14 et le 15, non le 16 » is left to withoutCorrectedDays). */
const NAMED = `(?:(?:le )?${WD}|${NEAR})`;
const LAST_CORRECTED = new RegExp(`\\b(${NAMED}) et (${NAMED})((?: (?:pour|pr) [a-z]+)?) , non (${NAMED})(?= ?$| , | (?:pour|pr|svp|stp|merci)\\b)`);

const dayOf = (said: string): string => said.replace(/^(?:le|la) /, '');
/** Whether each day of the list was said before. */
const allSaidBefore = (list: string, before: string): boolean =>
  (list.match(new RegExp(ONE, 'g')) ?? []).every((d) => new RegExp(`\\b${dayOf(d)}\\b`).test(before));

export function dayNotAsked(text: string): string {
  let said = text;
  const w = WITHDRAWN.exec(said);
  if (w && new RegExp(`\\b${dayOf(w[1] as string)}\\b`).test(said.slice(0, w.index)) && (!w[3] || allSaidBefore(w[3], said.slice(0, w.index)))) {
    const aside = `sauf ${w[1] as string}`;
    said = `${said.slice(0, w.index)}${aside}${' '.repeat(w[0].length - aside.length)}${said.slice(w.index + w[0].length)}`;
  }
  const y = WITHDRAWN_WHY.exec(said);
  if (y && new RegExp(`\\b${dayOf(y[1] as string)}\\b`).test(said.slice(0, y.index)) && allSaidBefore(y[3] as string, said.slice(0, y.index))
    && !new RegExp(`\\b${dayOf(y[1] as string)}\\b`).test(y[3] as string)) {
    const aside = `sauf ${y[1] as string}`;
    said = `${said.slice(0, y.index)}${aside}${' '.repeat(y[0].length - aside.length)}${said.slice(y.index + y[0].length)}`;
  }
  said = said.replace(new RegExp(NOT_THIS_DAY.source, 'g'), 'sauf $1');
  const l = LAST_CORRECTED.exec(said);
  if (l && dayOf(l[2] as string) !== dayOf(l[4] as string) && dayOf(l[1] as string) !== dayOf(l[4] as string)) {
    const kept = `${l[1] as string} et ${l[4] as string}${l[3] as string}`;
    said = `${said.slice(0, l.index)}${kept}${' '.repeat(l[0].length - kept.length)}${said.slice(l.index + l[0].length)}`;
  }
  return said;
}
