/**
 * The price asked or the tariff told at the end of a booking asked with its days (prepare()d text): « cantine mercredi pr Lou, c 4,10 e
 * le repas ? », « … c bien 2,90 avec le quotient ? », « … c tjrs 3 euros 50 le repas ? », « centre aéré du 15 au 19 fév, on est en
 * tranche 3 pr le tarif ». The booking is the task (sideRemark.ts sets the remark aside); asked with no day, the price is the invoices'.
 */

/** What a price is of: « le repas », « la séance », « par jour ». */
const UNIT = '(?:le|la|l|par|du) (?:repas|seance|jour|journee|heure|midi|soir|matin|enfant|semaine|mercredi)';
/** « 4.10 », « 4.10 e », « 3 € », « 3 euros 50 ». */
const AMOUNT = '(?:\\d+\\.\\d{1,2}(?: ?(?:e|€|euros?|eur)\\b)?|\\d+ ?(?:e|€|euros?|eur)\\b(?: \\d{2}\\b)?)';
const TARIFF = '(?:avec|pour|pr|selon|au) (?:le|mon|notre|ce|son) (?:quotient|qf|tarif)(?: familial)?';
/** « c'est (bien, toujours) 4,10 € le repas ? », « le repas est à 3,95 avec notre quotient ? », « ça fait 2,40 la séance ? ». */
const PRICE_ASKED = new RegExp(`(?:^|\\s|,)(?:c est|ca fait|ca fera|ca coute|(?:le|la) (?:repas|seance|tarif|prix) (?:est|c est|fait|coute))(?: (?:bien|toujours|tjrs|encore|donc|vraiment))*(?: a| de)? ${AMOUNT}(?: ${UNIT})?(?: ${TARIFF})?(?: ${UNIT})?\\s*\\?\\s*$`);
/** « on est en tranche 3 pr le tarif », « nous sommes en tranche 4 ». */
const BAND_TOLD = /(?:^|\s|,)(?:on est|je suis|nous sommes|on a|j ai|nous avons) (?:en |la |le )?(?:tranche|qf|quotient(?: familial)?) \d{1,4}(?: (?:pour|pr) (?:le|les) tarifs?)?\s*$/;
/** A day said: a weekday, a number, a near day. */
const DAY = /\d|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|apres demain|aujourd hui|ce soir|semaine|vacances)\b/;

/** The message without the price asked or the tariff told at its end, when what is left names a day; the message as it is otherwise. */
export function withoutPriceWords(said: string): string {
  const rest = said.replace(PRICE_ASKED, ' ').replace(BAND_TOLD, ' ').replace(/\s+/g, ' ').trim();
  return rest !== said.trim() && DAY.test(rest) ? rest : said;
}
