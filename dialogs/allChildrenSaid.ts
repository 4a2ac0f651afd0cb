/**
 * Every child of the family said (« pour les 2 », « mes enfants mangeront », « inscrire les deux à la cantine », « for both »): the
 * words that choose all the children at once, in the first message or at the question which children.
 */
import { normalize } from '../src/domain/text';

export const ALL_CHILDREN = ['tous', 'toutes', 'les deux', 'les 2', 'les trois', 'les 3', 'tout le monde', 'tous les deux', 'all', 'both'];

/**
 * « … pour les 2 », « pr mes enfants », « for both »: every child, said in the first message. A number alone (« les 2 », « tous les 3 »)
 * is not when a day or a month follows it (« pour les 2 et 3 mars », « pour les 2 premiers jours »); a word is (« for both decembre 3 »).
 */
const NUMBER_NOT_DAY = String.raw`\b(?!\s*(?:et|,|-|au|a|\/)?\s*\d)(?!\s+(?:janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|premiers|derniers|jours|semaines))`;
const FOR_ALL = new RegExp(
  String.raw`\b(?:pour|pr|for)\s+(?:(?:tous\s+)?les\s+(?:deux|2|trois|3)${NUMBER_NOT_DAY}|(?:les|tous\s+les)\s+(?:jumeaux|jumelles|enfants|petits)\b|(?:tous\s+)?(?:mes|nos)\s+(?:deux\s+|2\s+|trois\s+|3\s+)?enfants\b|both\b|all\s+(?:my\s+|the\s+)?(?:kids|children)\b|my\s+(?:kids|children)\b|the\s+(?:kids|children|twins)\b)`,
);
/** « les 2 sont malades », « mes enfants mangeront », « tous les deux iront »: every child, as the subject of a verb. */
const ALL_AS_SUBJECT =
  /(?:^|\b(?:et|mais|car|donc) |, )(?:(?:les|mes|nos) (?:deux|2|trois|3)(?: enfants| petits| filles| fils| garcons)?|(?:les|mes|nos) enfants|tous les (?:deux|2|trois|3)) (?:ne |n )?(?:sont|seront|ont|auront|iront|vont|mangeront|viendront|resteront|restent|doivent|pourront)\b/;
/** « inscrire mes enfants à la cantine », « réserver les deux enfants », « inscrire les deux à la cantine »: every child, as the object of the booking. */
const ALL_AS_OBJECT =
  /\b(?:inscrire|inscris|inscrivez|reserver|reserve|reservez|mettre|mets|mettez)\s+(?:tous\s+)?(?:(?:mes|nos|les)\s+(?:deux\s+|2\s+|trois\s+|3\s+)?(?:enfants|petits)\b|les\s+(?:deux|2|trois|3)(?=\s+(?:a|au|aux)\b|$))/;
/**
 * « les 2 enfants », « mes enfants », « nos trois petits » anywhere (the noun says it), not one picked out of them: « un de mes
 * enfants », « un seul de », « le plus grand de », « l'aînée de mes deux enfants ».
 */
const ALL_BY_NOUN = /(?<!\b(?:un|une|l un|l une|aucun|aucune|chacun|chacune|seule?s?|ainee?s?|cadet(?:te)?s?|grande?s?|petite?s?|jeunes?|agee?s?|premiere?|derniere?|deuxieme|second(?:e)?|autres?|certaine?s?|plusieurs|deux|2|trois|3) d(?:e|es)? )\b(?:(?:les|mes|nos)\s+(?:deux|2|trois|3)\s+(?:enfants|petits|filles|garcons|loulous)|(?:tous\s+)?(?:mes|nos)\s+enfants)\b/;
export const allChildrenSaid = (text: string): boolean => [FOR_ALL, ALL_AS_SUBJECT, ALL_AS_OBJECT, ALL_BY_NOUN].some((re) => re.test(normalize(text)));
