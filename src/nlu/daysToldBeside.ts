/**
 * Days told beside a request, not asked: today said (« on est le 9 », « nous sommes dimanche »), a visit's day (« le médecin passe
 * demain à 10h », beside other days), and, after the days asked, a day told with what the child does then (« cantine le 22 et le 24,
 * le 23 elle va chez mamie », « étude le 10, le 8 il a orthophoniste », « cantine lundi 28, le repas du 25 il l'a déjà eu »; not
 * « … janvier sauf le 29 il est en sortie », the day set aside, with why). Blanked
 * for the date reader. Works on prepare()d text.
 */
import { DAY, MONTH, WD } from './dateWords';

/** What follows today said that makes it another day: « on est lundi prochain chez mamie », « on est lundi et mardi à Lyon ». */
const NOT_TODAY = `(?! (?:prochaine?|suivante?|qui vient|en huit|d apres|soir|matin|midi|apres midi|ou|au|chez|a|en|absents?|partis?)\\b| (?:et|,) (?:le )?(?:${WD}|${DAY})\\b)`;
/** « on est le 9 », « nous sommes dimanche », « aujourd'hui c'est mardi 12 », « today is Monday »: today told, no day asked. */
const TODAY_SAID = new RegExp(
  `\\b(?:on est|nous sommes|aujourd hui (?:on est|nous sommes|c est)|c est aujourd hui|today is|it s) (?:aujourd hui )?` +
    `(?:(?:le |un |une )?${WD}(?: (?:le )?${DAY}(?: ${MONTH})?)?|le ${DAY}(?: ${MONTH})?)\\b${NOT_TODAY}`,
  'g',
);

/**
 * A day said after a comma or a month (« , le 23 », « le 22 juin. Le 23 … », « , repas du 25 »), then who does something that day
 * (« le 23 c'est mercredi elle va chez mamie »: the weekday it is may be said between).
 */
const TOLD_DAY = new RegExp(
  `(?<=(?:[,.;:!?] (?:(?:et|mais|par contre|sinon) )?|\\b${MONTH} )(?:(?:le |la |son |sa )?(?!(?:cantine|garderie|etude|centre|accueil|pour|et|puis|reserver|inscrire|annuler|non|ou|sauf|pas|hors|excepte|hormis|sans)\\b)[a-z]+ )?)(?:le|du|ce) (?:${WD} )?${DAY}(?: ${MONTH})?(?: c est (?:un |une )?${WD})?(?= (?:il|elle|ils|elles|on|j|je|il y a|y a) ([^,.;:!?]*))`,
  'g',
);
/** What makes the clause a request still (« le 23 elle mange aussi », « le 23 il reste pareil », « le 23 il ne vient pas »), or the writer's words (« j'espère que… »). */
const ASKED_STILL = /\b(?:aussi|egalement|en plus|pareil|non plus|pas|plus|ne|n|svp|stp|merci|reserv\w*|inscri\w*|annul\w*|mange\w*|rest\w*|cantine|garderie|etude|centre|accueil|besoin|veut|voudrait|faut|faudrait|vous|espere|cordialement|remercie)\b/;
/** A day said before, the one asked. */
const ASKED_BEFORE = new RegExp(`\\b(?:${DAY}|${WD}|demain|apres demain)\\b`);

/**
 * « Le médecin passe demain à 10h », « l'infirmière vient lundi vers 9h »: someone's visit to the family, its day and hour, beside other days
 * said (an absence's): the visit's day is not one asked.
 */
const VISIT_DAY = new RegExp(
  `\\b(?:le|la|l|un|une) (?:medecin|docteur|infirmiere?|kine|pediatre|specialiste|sage femme|plombier|technicien|artisan|livreur|assistante sociale)` +
    ` (?:passe|passera|vient|viendra|doit passer|doit venir|va passer|va venir) (demain|apres demain|ce (?:${WD})|${WD}|le ${DAY}) (?:a|vers|entre) \\d{1,2} ?h`,
  'g',
);

/** asking: days are booked (for an absence or a cancelling, « le 23 il a dentiste » may be one more day missed). */
export function daysToldBeside(text: string, asking: boolean): string {
  const blank = (said: string) => ' '.repeat(said.length);
  const visits = text.replace(VISIT_DAY, (said: string, day: string, at: number) =>
    ASKED_BEFORE.test(`${text.slice(0, at)} ${text.slice(at + said.length)}`) ? said.replace(day, blank(day)) : said,
  );
  const today = visits.replace(TODAY_SAID, blank);
  if (!asking) return today;
  return today.replace(TOLD_DAY, (said: string, clause: string, at: number) =>
    ASKED_STILL.test(clause) || !ASKED_BEFORE.test(today.slice(0, at)) ? said : blank(said),
  );
}
