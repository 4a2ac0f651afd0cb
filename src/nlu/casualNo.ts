/**
 * A day taken back in casual speech, a part of the date reader (dates.ts): « cantine jeudi pour Léa stp. nan en fait vendredi »,
 * « etude lundi nope mardi », « le 14 non non le 15 », « garderie lundi 7h30. nn mardi 7h30 », « cantine lundi pr Eva. nan c mardi »,
 * « canteen tuesday. actually no, wednesday », « monday, sorry no, tuesday », « du 3, nan du 4 ». The casual « no » is read as
 * « non », and a « non » between a day said and another (what is between them, a time, the child, « stp », kept) as « plutôt »:
 * the day said after it replaces the one before (withoutCorrectedDays). Left as they are: « nan pas mardi » (a day set aside),
 * « nan lundi ET mardi » (the day said again with another: both meant). Works on prepare()d text (sentence stops taken out).
 */
import { DAY, WD } from './dateWords';

/**
 * « nan », « nope », « non non », « no no », « sorry no », « actually no », « no sorry »: « non »; « enfin » before « juste », « seulement »
 * (« jeudi 20 et ven 21… enfin juste jeudi »): a « non » too, the one day kept said.
 */
const CASUAL_NO = /\benfin(?= ,? ?(?:juste|seulement|uniquement)\b)|\b(?:(?:non|nan|nope|no) (?:non|nan|no)\b|nan+\b|naan\b|nope\b|nah\b|(?:sorry|actually|oh|ah) ,? ?no\b(?! ,? ?(?:problem|worries)\b)|no ,? ?(?:sorry|actually)\b)/g;

const NEAR = '(?:apres demain|demain|aujourd hui)';
/** A day said: « jeudi », « le 15 », « demain ». */
const A_DAY = new RegExp(`\\b(?:${WD}|${NEAR})\\b|\\b(?:le|la|du|au|et|on) ${DAY}\\b|\\b${DAY} (?=${'(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)'})`);
/** « non », what may follow it before the day meant (« en fait », « c est », « plutôt », « juste »), and that day. */
const NON_THEN_DAY = new RegExp(
  `(?<!\\b(?:et|mais|ou|pas|si|que|qu) )\\bnon ,? ?((?:(?:en fait|c est|ce sera|plutot|juste|seulement|dsl|desolee?|pardon|sorry) ,? ?)*)(?:(le|la|du|on) )?(${WD}|${NEAR}|${DAY}\\b)`,
  'g',
);

/** The days said in a piece of text, as their words (« jeudi », « 15 »), to tell a day said again. */
const daysIn = (text: string): string[] => [...text.matchAll(new RegExp(`\\b(?:${WD}|${NEAR}|(?<=\\b(?:le|la|du|au|et|on) )${DAY})\\b`, 'g'))].map((m) => m[0]);

/**
 * « le 21. nan le 22, le 21 il mange »: the day taken back, said again right after the one meant with what the child does then, is
 * the reason, not a day asked: that clause blanked (as takenBackSaidAgain does for weekdays).
 */
const SAID_AGAIN = new RegExp(`(\\bplutot (?:le |la )?(?:${WD}|${DAY})\\b[^,]{0,20}) , (?:le |la )?(${WD}|${DAY})\\b (?:il|elle|on|ils|elles|c est|ca) [^,?]*`, 'g');

export function casualNoRead(text: string): string {
  const said = correctedDays(text.replace(CASUAL_NO, 'non'));
  return said.replace(SAID_AGAIN, (whole: string, meant: string, again: string, at: number) =>
    (daysIn(said.slice(0, at)).includes(again) ? `${meant}${' '.repeat(whole.length - meant.length)}` : whole));
}

function correctedDays(said: string): string {
  return said.replace(NON_THEN_DAY, (whole: string, fill: string, article: string | undefined, day: string, at: number) => {
    const before = said.slice(0, at);
    if (!A_DAY.test(before)) return whole;
    // « lundi. nan lundi ET mardi »: the day said again, with another: a list said whole, both meant (left to the reader);
    // « mardi et jeudi. nan juste jeudi »: the day said again alone is the one kept.
    if (daysIn(before).includes(day) && !/\b(?:juste|seulement)\b/.test(fill)) return whole;
    // « demain et mercredi, non jeudi »: after two days or more, a plain « non » corrects the last one only (left to the reader,
    // dayCorrections.ts); « …, non en fait jeudi », « …, nan juste jeudi » say the one day meant instead of them all.
    if (daysIn(before).length >= 2 && !/\b(?:juste|seulement|en fait)\b/.test(fill)) return whole;
    // (« le 18 non 19 »: a number alone is read as a day with « le ».)
    const spoken = article === 'du' || (!article && /^\d/.test(day)) ? 'le' : article;
    return `plutot ${spoken ? `${spoken} ` : ''}${day}`;
  });
}
