/**
 * Whether anything is still owed, asked (prepare()d text): « il reste qqch à payer ou je suis à jour ? », « je suis à jour de mes
 * paiements ? », « est-ce que je dois encore quelque chose ? ». The invoices say it (list_invoices): nothing is asked to be paid
 * (« comment payer ce qui reste ? » asks it).
 */

const OWED = /\b(?:il (?:me |nous )?reste (?:qqch|qq chose|quelque chose|des choses|une facture|des factures|un truc|encore qqch|encore quelque chose) a (?:payer|regler)|(?:je|j|on|nous) (?:vous )?(?:dois|doit|devons) (?:encore |toujours )?(?:qqch|quelque chose|de l argent|des sous)|(?:je suis|suis je|on est|nous sommes|sommes nous|j suis|jsuis) (?:bien )?a jour(?: (?:de|dans|pour) (?:mes|nos|les) (?:paiements?|factures?|reglements?))?)\b/;
/** A payment asked for all the same. */
const PAY_ASKED = /\b(?:comment|ou|je veux|je voudrais|j aimerais|puis je|je peux) (?:le |la |les )?(?:payer|regler)\b/;

export const asksIfAnythingOwed = (said: string): boolean => OWED.test(said) && !PAY_ASKED.test(said);
