/**
 * What a message tells as a reason is not what it asks (on prepare()d text, politeness removed):
 * « mon mari est hospitalisé, pourriez-vous inscrire les enfants à l'accueil du soir ? » asks a booking,
 * « j'étais à l'hôpital, je voudrais régler la facture » a payment; « la semaine prochaine pas besoin de
 * garderie, par contre la semaine d'après pouvez-vous inscrire Tom » a booking.
 */
import { CARER } from './intentPhrasings';

/** An illness or care told as the reason: no absence by itself. */
export const ILLNESS = new RegExp(
  `\\b(?:malade|maladie|fievre|gastro|grippe|covid|varicelle|otite|hospitalise\\w*|hopital|medical|souffrante?|blesse\\w*|opere\\w*|operation|${CARER})\\b`,
  'g',
);

/** An explicit request to book or to pay. */
const REQUEST = /\b(?:voudrais|voudrions|souhaite|souhaiterais|souhaitons|pouvez|pourriez|merci de|je veux|peux tu|comment)\b.{0,40}\b(?:inscri\w*|reserv\w*|regler|payer|ajouter|rajouter)\b/;

/**
 * The message without its illness words, when it asks explicitly to book or to pay: read again,
 * it says what is asked (undefined when it asks nothing of the kind).
 */
export function withoutIllness(said: string): string | undefined {
  return REQUEST.test(said) ? said.replace(ILLNESS, ' ').replace(/\s+/g, ' ') : undefined;
}

/** « …, par contre / en revanche pouvez-vous inscrire Tom … »: after the contrast, a booking is asked. */
const CONTRAST_THEN_BOOK = /\b(?:par contre|en revanche|cependant|toutefois)\b(?!.*\b(?:annul\w*|desinscri\w*|retir\w*|supprim\w*)\b).*\b(?:pouvez|pourriez|voudrais|souhaite|merci d|je veux)\b.{0,30}\b(?:inscri\w*|reserv\w*)\b/;

export const booksAfterContrast = (said: string): boolean => CONTRAST_THEN_BOOK.test(said);
