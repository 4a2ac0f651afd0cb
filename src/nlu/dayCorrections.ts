/**
 * Corrections of the days said, a part of the date reader (dates.ts): « mardi, non plutôt jeudi », « pas lundi mais mardi »,
 * « lundi 7, mardi 8 pardon », « le 25 et le 26, ah non pas le 26 le 27 ». Works on prepare()d text.
 */
import type { Found } from './dateReader';
import { DAY, MONTH, WD } from './dateWords';

/**
 * What opens a correction of the days just said: « mardi, non plutôt jeudi », « le mercredi 21, ou plutôt le jeudi 22 »,
 * « mardi à annuler, euh non mercredi », « étude lundi, non, mardi », « le lundi 12… je me suis trompée… plutôt le lundi 19 » (not « plutôt que »),
 * « demain, pardon je veux dire jeudi », « le 14 pardon le 15 », « le 4 janvier… pardon, le 4 c'est la rentrée : alors le 30 », « lundi 29 ? Non, fermé. Mardi 30 », « jeudi oups vendredi », « tomorrow, sorry I mean Thursday », « tomorrow, no wait, Friday », « ce soir enfin demain soir » (not « lundi, mardi et enfin jeudi »: the last of a list).
 */
const CORRECTS = /\bplutot\b(?! que\b)|(?<=[,?] )non(?: ,)? (?:(?:c est |c |il est |elle est )?(?:ferme|fermee|ferie|complet|complete|pas possible|impossible)(?: ,)? )?(?=pas\b|(?:le |la )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,2}\b))|\b(?:euh|heu|oups|pardon|ah|oh|enfin|ou) ,? ?non\b|\bnon ,? ?(?:pardon|en fait|attendez|attends)\b|\bje voulais dire\b|\b(?:je veux dire|i mean|i meant|no wait|non attendez?)\b(?= ,? ?(?:le |la |on |this |next )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,2}\b))|\bau temps pour moi\b|\b(?:finalement|en fait|au final) ,? ?(?:juste|seulement|uniquement|rien que|que)\b(?= ,? ?(?:le |la |les )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|apres demain|demain|\d{1,2}\b))|(?<!\b(?:et|puis) )\benfin (?=(?:le |la )?(?:lundi|mardi|mercredi|jeudi|vendredi|demain|apres demain|\d{1,2}\b))|\b(?:je me suis|on s est) (?:trompee?|plante e?|plantee?)\b|\bje me trompe\b|\b(?:mince|zut|flute)\b(?= ,? ?(?:non ,? ?)?(?:c est |c etait |ce sera |plutot )?(?:le |la )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|apres demain|demain|\d{1,2}\b))|(?<=, |\b(?:\d{1,2}|er|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) )(?:oups|oops|pardon)(?: ,)? (?=(?:le |la )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|apres demain|demain|aujourd hui|\d{1,2}\b))/g;

/**
 * Whether a correction is said between two places of the text (`end`: where the day after it ends, which some cues look
 * at): « le 15, je voulais dire le 14 », « le 17, je veux dire le 16 » (the day after it is read in the same month).
 */
export const correctionBetween = (source: string, from: number, to: number, end = to): boolean =>
  [...source.slice(from, Math.max(to, end)).matchAll(CORRECTS)].some((m) => m.index < to - from);

/** The days said after the last correction replace those said before it (bounds and months stay for reading them). */
export function withoutCorrectedDays(found: readonly Found[], source: string): Found[] {
  const cues = [...source.matchAll(CORRECTS)].map((m) => m.index);
  const dayAt = found.filter((f) => f.days.length > 0).map((f) => f.at);
  const cue = cues.reverse().find((at) => dayAt.some((d) => d > at) && dayAt.some((d) => d < at));
  if (cue === undefined) return [...found];
  // « mercredi 6, ou plutôt mercredi 13, je serai encore en congé le 6 »: the day taken back, said again after the one meant, is the reason (not asked).
  const takenBack = new Set(found.filter((f) => f.at < cue).flatMap((f) => f.days));
  // « le 12… ah non le 12 c'est mercredi, le 13 »: the day taken back, said again first with why, is not the one meant.
  const after = found.filter((f) => f.at > cue && f.days.length > 0);
  const meant = after.find((f) => !f.days.every((d) => takenBack.has(d))) ?? after[0];
  return found.filter((f) => f.days.length === 0 || (f.at > cue && (f === meant || !f.days.every((d) => takenBack.has(d)))));
}

/**
 * « le mardi 16 et le jeudi 18. Je me suis trompée pour le jeudi : c'est le vendredi 19 qu'il me faut, pas le 18 », « erreur pour le 18, c'est le 19 »:
 * a mistake said of one day named swaps that day alone (the others stay), the correction blanked.
 */
const NEAR_DAY = '(?:apres demain|demain|aujourd hui)';
const MISTAKE_FOR = new RegExp(
  `\\b(?:(?:je me suis|on s est|nous nous sommes) (?:trompee?s?|plantee?s?)|(?:j ai fait )?(?:une )?erreur) (?:pour|sur|de|avec) (?:le |la )?(${NEAR_DAY}|${WD}(?: ${DAY})?|${DAY})\\b ?[:,]? ?(?:(?:c est|ce sera|ce serait|il (?:me|nous) faut|je voulais|je voudrais)(?: plutot| en fait)? )?(?:plutot )?(?:le |la )?(${NEAR_DAY}|(?:${WD} )?${DAY}(?: ${MONTH})?|${WD})\\b(?: (?:que|qu) (?:il|je|j|on) (?:me |nous )?(?:faut|fallait|veux|voulais|voudrais))?(?: ,? ?(?:et )?(?:non )?pas (?:le |la )?(?:${WD} )?(?:${DAY}|${WD})\\b)?`,
);

export function mistakeForOneDay(text: string): string {
  const m = MISTAKE_FOR.exec(text);
  if (!m) return text;
  const [wrong, meant] = [m[1] as string, m[2] as string];
  const before = text.slice(0, m.index);
  const said = new RegExp(`(?:\\b${WD} )?\\b${wrong}\\b(?: ${DAY}\\b)?(?!.*\\b${wrong}\\b)`).exec(before);
  if (!said) return text;
  const swapped = `${before.slice(0, said.index)}${meant}${before.slice(said.index + said[0].length)}`;
  return `${swapped}${' '.repeat(m[0].length)}${text.slice(m.index + m[0].length)}`;
}

/**
 * « pas lundi mais mardi », « cantine lundi, non pas lundi, mardi », « garderie pas jeudi, vendredi », « …mardi prochain. Pas lundi, mardi. »:
 * a day set aside by « pas » (opening the phrase, after the activity, a day said or a thanks, not after
 * a verb: « il ne mange pas lundi mais mardi » may be an absence) before the day meant instead (« non pas lundi, mets l'étude jeudi »: the day
 * meant with the verb that asks it); « c'est pas le 15 c'est le 16 »,
 * « ce n'était pas le 15, c'était le 16 »: the same, said with « c'est ».
 */
const NEGATED_DAY = new RegExp(`(?:^|, |\\b(?:non|cantine|garderie|etude|centre|accueil|soir|matin|midi|prochaine?|demain|svp|stp|merci|c est|c etait|ce n est|ce n etait|c) )pas (?:le |la |ce )?(?:${WD}(?: ${DAY})?|${DAY}(?: ${MONTH})?)\\b(?= (?:, )?(?:mais|plutot)\\b| , (?:(?:c est|c etait|c) )?(?:le |la )?(?:${WD}|${DAY}\\b)| , (?:mets|met|mettez|mettre|inscri\\w*|reserve\\w*|prends|prenez)\\b(?: [a-z]+){0,6}? (?:le |la )?(?:${WD}|${DAY}\\b)| (?:(?:c est|c etait|c) (?:le |la )?|le |la )(?:${WD}|${DAY}\\b))`, 'g');

/** The day after « pas » blanked (positions kept): read neither as a day nor as the start of a list. */
export const withoutNegatedDays = (text: string): string => text.replace(NEGATED_DAY, (m) => m.replace(/(?<=\bpas )(.*)$/, (day) => ' '.repeat(day.length)));

/**
 * A correction said after the day it brings, parted from the one before by a comma only: « lundi 7,
 * mardi 8 pardon », « le 14, le 15 plutôt », « …, vendredi 11 je voulais dire »: put before it, as
 * « …, plutôt mardi 8 » (« lundi 7 et mardi 8 pardon » keeps both).
 */
const CORRECTED_AFTER = /^(.*) , ((?:(?!\b(?:et|puis|ou)\b)[^,])*?\b(?:\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi)\b[^,]*?) (?:pardon|plutot|oups|je voulais dire|en fait)$/;

export function correctionFirst(text: string): string {
  const m = CORRECTED_AFTER.exec(text.trimEnd());
  return m ? `${m[1]} , plutot ${m[2]}` : text;
}

/**
 * « le 25 et le 26, ah non pas le 26 le 27 », « mardi et jeudi, euh non pas jeudi, vendredi », « demain et jeudi, non attendez, pas demain,
 * vendredi », « tomorrow and Thursday, no wait, not tomorrow, Friday »: a correction that names the day
 * it takes back, said before among others, swaps that day alone (the others stay): the day said again in its place, the
 * correction blanked.
 */
const NEAR = '(?:apres demain|demain|aujourd hui)';
const SWAP = new RegExp(`(?:, ?)?\\b(?:(?:ah|euh|heu|oups|enfin|pardon) ,? ?)?(?:non|no)(?: ,? ?(?:attendez?|wait))? ,? ?pas (?:le |la )?(${NEAR}|${WD}|${DAY})\\b ,? ?(?:(?:mais |c est |c |plutot )?(?:le |la )?)(${NEAR}|${WD}|${DAY})\\b`);

/** A weekday right before the day of the month being swapped. */
const WEEKDAY_BEFORE_NUMBER = new RegExp(`\\b${WD} (?:le )?$`);

export function swapNamedDay(text: string): string {
  const m = SWAP.exec(text);
  if (!m || m[1] === m[2]) return text;
  const before = text.slice(0, m.index);
  const said = new RegExp(`\\b${m[1]}\\b(?!.*\\b${m[1]}\\b)`).exec(before);
  if (!said) return text;
  // « lundi 14 non pas le 14 le 15 »: the weekday was the day taken back's; the new day is read without it.
  const head = before.slice(0, said.index).replace(WEEKDAY_BEFORE_NUMBER, (w) => (/^\d/.test(m[2] as string) ? 'le ' : w));
  const swapped = `${head}${m[2]}${before.slice(said.index + (m[1] as string).length)}`;
  return `${swapped}${' '.repeat(m[0].length)}${text.slice(m.index + m[0].length)}`;
}

/** What follows a weekday to say which one: « mardi prochain », « mercredi en huit ». */
const WHICH_ONE = '(?: (?:prochaine?|qui vient|en huit|en quinze|d apres|suivante?))?';
/** One day said: « le 15 », « jeudi 17 », « le 28 décembre », « vendredi », « mercredi en huit ». */
const ONE_DAY = `(?:(?:le |la |on )?(?:(?:${WD} )?${DAY}(?: ${MONTH})?|${WD}${WHICH_ONE}|${NEAR}))`;
/**
 * « le 15 non le 16 », « jeudi 17 non mercredi 16 », « demain non après-demain », « on Dec 28, no sorry, Dec 29 », « mercredi 13 pr Lyna non jeudi 14 », « mardi en 8… non mercredi en 8 »: a day said then taken back by « non » right
 * after it (or after the child it is for, who stays) (not the last of a list: « le 25 et le 26, non le 27 » is left to withoutCorrectedDays). The day taken back is dropped
 * before the days are read, so the one meant is read on its own (not after it); its month goes with the new day when it has none.
 */
const TAKEN_BACK = new RegExp(`(?<!\\b(?:et|ou|,|le|la|on|apres|${WD}) )\\b(?:le |la |on )?(?:(?:${WD} )?${DAY}(?: (${MONTH}))?|${WD}${WHICH_ONE}|${NEAR})(?: (?:soir|matin|midi))?((?: (?:pour|pr) [a-z]+)?) ,? ?(?:non|no)(?: ,)?(?: (?:sorry|pardon|desolee?)(?: ,)?)? (${ONE_DAY})\\b`, 'g');

export function dayTakenBack(text: string): string {
  const once = (said: string) =>
    said.replace(TAKEN_BACK, (_m: string, month: string | undefined, child: string, meant: string) => `${month && /\d/.test(meant) && !new RegExp(`\\b${MONTH}$`).test(meant) ? `${meant} ${month}` : meant}${child}`);
  // « le 15 non le 16 non le 17 »: taken back twice, the last day is meant.
  let said = text;
  for (let next = once(said); next !== said; next = once(said)) said = next;
  return said;
}

/**
 * « jeudi 18 et vendredi 19 ? Non, pas vendredi, seulement jeudi », « le 4 et le 5, non pas le 5, juste le 4 »: the day kept, said again
 * after the one taken back, is no new day (nor the day meant instead of it); only « non, pas vendredi » is left to set it aside.
 */
const ONLY_KEPT = new RegExp(`(\\b(?:non|no) ,? ?(?:pas|not) ${ONE_DAY}) ,? ?(?:seulement|juste|uniquement|only|just) (${ONE_DAY})\\b`);

export function onlyKeptSaid(text: string): string {
  const m = ONLY_KEPT.exec(text);
  if (!m) return text;
  const kept = (m[2] as string).replace(/^(?:le|la|on) /, '');
  if (!new RegExp(`\\b${kept}\\b`).test(text.slice(0, m.index))) return text;
  return `${text.slice(0, m.index)}${m[1]}${' '.repeat(m[0].length - (m[1] as string).length)}${text.slice(m.index + m[0].length)}`;
}

/**
 * « annule centre mercredi pr Lya, non pas celui-ci, celui d'après », « jeudi… enfin pas ce jeudi, le suivant »: the weekday said before is the
 * one of the week after (« mercredi en huit »), the correction blanked.
 */
const NEXT_ONE = /(?:, ?)?\b(?:(?:non|enfin|euh|ah) ,? ?)?(?:pas|non) (?:celui ci|celui la|celle ci|celle la|ce (?:lundi|mardi|mercredi|jeudi|vendredi)(?: ci| la)?) ,? ?(?:mais )?(?:celui|celle|le|la) (?:d apres|suivante?|qui suit|de la semaine (?:d apres|prochaine|suivante))\b/;
const LAST_WEEKDAY = new RegExp(`\\b${WD}\\b(?!.*\\b${WD}\\b)`);

export function nextOneMeant(text: string): string {
  const m = NEXT_ONE.exec(text);
  if (!m) return text;
  const before = text.slice(0, m.index);
  const said = LAST_WEEKDAY.exec(before);
  const at = said ? said.index + said[0].length : 0;
  // « mercredi 9 décembre, non pas celui-ci, celui d'après »: a dated weekday is not moved by « en huit » (that gave another
  // Wednesday, from today, beside the 9th); left as said.
  if (!said || /^ \d/.test(before.slice(at))) return text;
  return `${before.slice(0, at)} en huit${before.slice(at)}${' '.repeat(m[0].length)}${text.slice(m.index + m[0].length)}`;
}

/**
 * « annule la cantine lundi ah non mardi, lundi il mange », « jeudi euh non vendredi, jeudi il y va »: the weekday taken back, said again right
 * after the one meant (with what the child does then), is kept as it is, not a day asked with it (dropped before the days are read).
 */
// (« cantine demain pr Naim, non après-demain plutôt, demain c'est pizza », « étude lundi 24… en fait mardi 25, lundi il a foot »: after « , non »
// or « en fait » too, and « demain », « après-demain » as weekdays.)
const SAID_AGAIN = new RegExp(`\\b(${WD}|apres demain|demain)\\b([^.?!]{0,40}?(?:\\b(?:(?:ah|euh|heu|oups|pardon|enfin|oh) ,? ?non|non ,? ?(?:pardon|en fait))|, (?:non|plutot)|\\ben fait)\\b[^.?!,]{0,20}?\\b(?:${WD}|apres demain|demain)\\b(?: ${DAY})?(?: plutot)?) , \\1\\b(?= (?!et\\b|ou\\b|,)[a-z])`, 'g');

export const takenBackSaidAgain = (text: string): string => text.replace(SAID_AGAIN, '$1$2 ,');

/**
 * « ts les jours de la sem pro, mercredi non », « cantine lundi mardi jeudi, le 12 non »: a day said last with « non » after it (no day meant
 * instead) is set aside, as « sauf mercredi ».
 */
const NON_AFTER = new RegExp(`(?<=, )(?:(?:le|la) )?(${WD}|${DAY})( non)\\b(?! ,? ?(?:(?:le|la|plutot|mais) )?(?:${WD}|${DAY}\\b|${NEAR}))`, 'g');

export const setAsideByNon = (text: string): string => text.replace(NON_AFTER, (_m: string, day: string) => `sauf ${/^\d/.test(day) ? 'le ' : ''}${day}`);
