/**
 * A day taken back with why, before the day meant: « le 11 novembre, ah non c'est férié, le 12 », « le 6 mai euh non c'est l'ascension,
 * le 5 », « le 19 février ah non c'est les vacances, le 22 », « le 11 nov… ah mince c'est férié. le 10 alors »: written as « le 11 novembre
 * non le 12 », so that the day taken back is dropped and its month goes with the day meant (dayTakenBack, dayCorrections.ts).
 * Other cues between two days, written as the ones the corrections know: « absent lundi… en fait mardi », « le 4 mars. Correction : le 5
 * mars », « mercredi 10, erreur c'est jeudi 11 » (« plutôt »); « jeudi 25 mars… pardon vendredi 26 » (« pardon » after a month, as after a
 * comma); « le 18 non 19 » (the day meant given its « le »); English « on the 15th, sorry, the 16th », « not the 3rd but the 4th ».
 * Works on prepare()d text, before the corrections.
 */
import { DAY, MONTH, WD } from './dateWords';

/** The day taken back: « le 11 novembre », « lundi 29 », « lundi ». */
const DAY_SAID = `(?:${WD} )?(?:le )?${DAY}(?: ${MONTH})?|${WD}`;
/** Why it is no day to ask: a public holiday, the school holidays, a week-end, no school. */
const WHY = `(?:c est|c etait|ce sera|ce serait|il est|est) (?:un |une |le |la |en |pendant |dans )?(?:jour (?:ferie|de fete)|ferie|l ascension|la pentecote|(?:le )?lundi de (?:paques|pentecote)|paques|les vacances(?: scolaires)?|vacances|noel|l armistice|la fete (?:du travail|nationale)|1er mai|14 juillet|dimanche|samedi|week end|pas d ecole|pas ecole)`;
/** What says it is taken back: « ah non », « euh non », « mince », « oups ». */
const CUE = '(?:(?:ah|oh|euh|heu|mais) ,? ?)?(?:non|mince|zut|oups|oh|ah)';
const BECAUSE = new RegExp(`(\\b(?:${DAY_SAID})) ,? ?${CUE} ,? ?(?:(?:le )?(?:${DAY_SAID}) )?${WHY}\\b(?: ,)? ?(?=(?:le |la )?(?:${WD}\\b|${DAY}\\b))`, 'g');

/** « lundi 8 fév… c'est les vacs non ? alors lundi 22 », « le 11, c'est férié je crois, donc le 12 »: why, doubted, then the day meant after « alors ». */
const BECAUSE_THEN = new RegExp(`(\\b(?:${DAY_SAID}))((?: (?:pour|pr) [a-z]+)?) ,? ?${WHY}\\b(?: ,)? ?(?:(?:non|hein|nan|je crois|je pense|pas vrai|c est ca) )?(?:\\? )?(?:, )?(?:alors|donc|du coup|dans ce cas)(?: ,)? (?=(?:le |la )?(?:${WD}\\b|${DAY}\\b))`, 'g');

/** « on le 15 , sorry , le 16 », « on lundi , sorry , mardi » (English « sorry » between two days): « pardon ». */
const SORRY = new RegExp(`(?<=\\b(?:${DAY}|${WD}) ,? ?)sorry(?= ,? ?(?:le |on )?(?:${DAY}|${WD})\\b)`, 'g');
/** « jeudi 25 mars pardon vendredi 26 »: « pardon » after a day with its month, as after a comma. */
const PARDON_AFTER_MONTH = new RegExp(`(?<=\\b${DAY} ${MONTH}) (?=(?:pardon|oups|oops) (?:le |la )?(?:${WD}|${DAY})\\b)`, 'g');
/** « pas le 3 but le 4 » (English « not … but … »): « mais ». */
const BUT = new RegExp(`(?<=\\bpas (?:le |la )?(?:${WD} )?${DAY}(?: ${MONTH})? ,? ?)but(?= (?:le |la |on )?(?:${WD}|${DAY})\\b)`, 'g');

/** « absent lundi… en fait mardi », « étude lundi 24 pr Yanis… en fait mardi 25 »: « en fait » between two days (not « … en fait mardi aussi »), as « plutôt ». */
const IN_FACT = new RegExp(`(?<=\\b(?:${WD}|${DAY}(?: ${MONTH})?)(?: pour [a-z]+)?) ,? ?en fait ,? ?(?=(?:le |la )?(?:${WD}|${DAY})\\b(?! (?:aussi|egalement|et|en plus)\\b))`, 'g');

/** « le 18 non 19 »: the day meant said without its « le », given it (as the one taken back has it). */
const BARE_MEANT = new RegExp(`(?<=\\ble (?:${WD} )?${DAY}(?: ${MONTH})? ,? ?(?:non|pardon|oups|euh non|ah non) ,? ?)(?=${DAY}\\b(?! ?(?:h|heures?|ans|euros?|€)\\b))`, 'g');

/** « le 4 mars. Correction : le 5 mars », « mercredi 10, erreur c'est jeudi 11 »: a correction named between two days, as « plutôt ». */
const NAMED_CORRECTION = new RegExp(`(?<=\\b(?:${WD}|${DAY}(?: ${MONTH})?)) ,? ?(?:correction|rectification|petite erreur|erreur|je rectifie)(?: ,)? ?(?:(?:c est|ce sera|il (?:me |nous )?faut) )?(?=(?:le |la )?(?:${WD}|${DAY})\\b)`, 'g');

/**
 * « le 4 janvier ? ah non c'est la rentrée, pas le 4 », « mercredi 6 ? oh non c'est férié, oubliez mercredi »: why a day is taken
 * back, before the words that take it back; the why names no day to ask (« la rentrée » is no day here), so it goes.
 */
const WHY_BEFORE_TAKEN_BACK = new RegExp(`(?<=\\b${CUE}) ,? ?(?:${WHY}|(?:c est|c etait|ce sera|est|c) (?:la rentree|la reprise)(?: des classes| de l ecole)?|school (?:starts|restarts|resumes|is back)(?: that day| then| on that day)?|(?:it s|that s|it is) (?:the first day back|a (?:bank |public )?holiday))\\b(?: ,)? ?(?=(?:donc |alors )?(?:pas|sauf|plus|enlevez|enlever|retirez|retirer|oubliez|oublie|oublier)\\b)`, 'g');

export function dayTakenBackWhy(text: string): string {
  return text
    .replace(WHY_BEFORE_TAKEN_BACK, ' , ')
    .replace(NAMED_CORRECTION, ' , plutot ')
    .replace(BARE_MEANT, 'le ')
    .replace(IN_FACT, ' , plutot ').replace(BECAUSE, '$1 non ').replace(BECAUSE_THEN, '$1$2 non ').replace(SORRY, 'pardon').replace(BUT, 'mais').replace(PARDON_AFTER_MONTH, ' , ');
}
