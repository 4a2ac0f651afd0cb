/**
 * A side remark beside a booking asked, in the same message: a paper promised for later (« résa cantine 4/02 pr Kais (jvous
 * envoie l'attestation caf plus tard) », « …j'enverrai l'avis d'imposition la semaine prochaine »), or something told in
 * passing (« Au passage, j'ai bien reçu la facture de mai », « je profite de ce message pour… », « par ailleurs… »). The
 * booking is the task; the remark is set aside (prepare()d text). So is a price asked or a tariff told (priceAside.ts).
 */
import { withoutPriceWords } from './priceAside';

/** A paper promised: a verb in the future, or one in the present with a time ahead. */
const PAPER_LATER =
  /\b(?:j|je) (?:vous |te )?(?:enverrai|transmettrai|ferai (?:parvenir|passer)|apporterai|ramenerai|deposerai|fournirai)\b.*$|\b(?:j|je) (?:vous |te )?(?:envoie|envoi|transmets|depose|ramene|apporte|fais passer)\b(?: \w+){1,8}? (?:plus tard|la semaine prochaine|prochainement|bientot|ulterieurement|des que possible|des que je peux|dans la semaine)\b.*$/;

/** A remark told in passing, to the end of the message. */
const IN_PASSING = /(?:^|\s|,)(?:au passage|par ailleurs|je profite de ce message pour|j en profite pour|autre chose|petite precision)\b.*$/;

/** A payment promised for later: « jpaye les 9,80 € en ligne après », « je réglerai ce soir sur le portail » (not asked: no « ? »). */
const PAY_LATER = /\b(?:j|je|on|nous) (?:vous )?(?:paye|paie|payerai|paierai|payerons|paierons|regle|reglerai|reglerons)\b(?: [^ ?]+){0,6}? (?:apres|plus tard|ensuite|ce soir|demain|tout a l heure|a la fin du mois|des que possible)\b[^?]*$/;
/** A phone number left in passing: « mon tel 06 23 45 67 81 si besoin » (not a new one: « mon nouveau numéro » is a change). */
const NUMBER_LEFT = /(?:^|\s|,)(?:mon|notre|mes|ma) (?:tel|telephone|portable|numero|num|coordonnees)(?: (?:est|c est|:|au))? (?:\+33 ?|0)\d(?: ?\d{2}){4}\b(?: (?:si besoin|au cas ou|en cas de besoin|pour me joindre|si vous avez besoin|si jamais))*\s*$/;
/** The tariff told, not asked: « tarif qf 650 jcrois », « mon quotient est de 4 normalement ». */
const TARIFF_TOLD = /(?:^|\s|,)(?:(?:mon|notre|au|le|j ai le|on a le|avec le) )?(?:tarif|qf|quotient(?: familial)?)(?: (?:qf|quotient|est|de|a|:))* \d{1,4}(?: (?:je crois|normalement|il me semble|je pense|si besoin))*\s*$/;
/** A payment already made told beside a cancellation: « annule garderie vendredi, jai deja payé 3,70 € pr rien ? ». */
const PAID_ALREADY = /(?:^|\s|,)(?:j ai|on a|nous avons) deja (?:paye|regle)\b(?:[^.!]|\.\d)*$/;

/** The message without its side remarks (undefined when it has none). */
export function withoutSideRemark(said: string): string | undefined {
  const rest = withoutPriceWords(said).replace(IN_PASSING, ' ').replace(PAPER_LATER, ' ').replace(PAY_LATER, ' ').replace(NUMBER_LEFT, ' ').replace(TARIFF_TOLD, ' ').replace(PAID_ALREADY, ' ').replace(/\s+/g, ' ').trim();
  return rest !== said.trim() && rest !== '' ? rest : undefined;
}
