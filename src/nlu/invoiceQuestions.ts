/**
 * Questions about an invoice that the list alone does not answer: the receipt of a payment
 * (« mon reçu », « reçu de paiement »), a payment made at the régie that the invoice does not show yet
 * (« j'ai payé par chèque mais c'est toujours à payer »), and why an amount (« pourquoi 73,80 ? »).
 */
import { prepare } from './frenchText';

const RECEIPT = /\b(?:mon|le|un|mes|les|du|des|ce|votre|ma) recus?\b|\brecus? (?:de |du |pour (?:le |mon |ma )?)(?:paiement|reglement)\b|\b(?:quittance|(?:attestation|justificatif|preuve) de (?:paiement|reglement))\b/;

/** « jveux mon reçu », « reçu de paiement », « une attestation de paiement ». « j'ai reçu ma facture » is not one. */
export function asksForReceipt(text: string): boolean {
  const said = prepare(text);
  return RECEIPT.test(said) && !OF_A_REQUEST.test(said);
}

/** « le reçu de ma demande d'acte »: what was sent for a démarche, not a payment's receipt. */
const OF_A_REQUEST = /\brecus? (?:de |d |du |pour )(?:ma |mon |la |le |l |cette |votre )?(?:demande|dossier|acte|demarche|recensement|inscription (?:sur|aux?) (?:les )?listes?)\b/;

const MEANS = /\b(?:par |en |un |le |mon )?(?:cheques?|especes|liquide|virement|cesu|cheques? vacances?|ticket cesu)\b|\b(?:a|au|aupres de) (?:la )?(?:regie|guichet|caisse|mairie)\b/;
const PAID = /\b(?:deja |bien )?(?:paye|payee|payer|regle|reglee|donne|depose|envoye|remis)\b/;
const STILL_DUE = /\b(?:toujours|encore|pourtant) (?:marquee?|indiquee?|notee?|affichee?|ecrit|en attente|a payer|impayee?)\b|\bpas (?:a jour|pris en compte|enregistree?)\b/;

/** « j'ai déjà payé par chèque à la régie », « payé en espèces mais toujours marqué à payer ». */
export function saysPaidOtherwise(text: string): boolean {
  const said = prepare(text);
  if (!/\b(?:j ai|on a|nous avons|je l ai|deja|pourtant)\b/.test(said)) return false;
  return PAID.test(said) && (MEANS.test(said) || STILL_DUE.test(said));
}

const AMOUNT = /\b\d{1,5}(?:[.,]\d{1,2})?\s?(?:€|e\b|euros?\b)|\b\d{1,5}[.,]\d{2}\b/;
const WHY = /\b(?:pourquoi|a quoi correspond|c est quoi|d ou vient|explique[rz]?|detail|comprends? pas|compris pas|comment (?:est )?calcule)\b/;

/** « pourquoi 73,80 ? », « à quoi correspond le montant de ma facture ». */
export function asksWhyAmount(text: string): boolean {
  const said = prepare(text);
  return WHY.test(said) && (AMOUNT.test(said) || /\b(?:montant|ce prix|cette somme|ma facture|la facture|cette facture)\b/.test(said));
}

const OWED =
  /\b(?:combien (?:je dois|j ai a payer|on doit|nous devons|je vous dois|dois je|je vous doit|je doit)|(?:je dois|je doit|on doit|nous devons|je vous dois) combien) (?:en tout|au total|en totalite|pour tout)\b|\bcombien il (?:me |nous )?reste (?:a payer|a regler)\b|\b(?:total|montant total|somme totale) (?:a payer|a regler|du|que je dois|de mes factures|de ce que je dois)\b|\b(?:reste|restant) a (?:payer|regler)\b|\bil (?:me |nous )?reste combien\b/;

/** « combien je dois en tout ? », « il me reste combien à payer », « le total à payer »: what is left to pay, all invoices together (« combien je dois ? » alone: the list). */
export function asksWhatIsOwed(text: string): boolean {
  return OWED.test(prepare(text));
}

const REFUSED = /\b(?:refuse|refusee|refuses|refus|decline|declinee|rejete|rejetee|pas passe|passe pas|pas accepte|pas acceptee|echoue|echec|pas marche|marche pas|pas fonctionne|fonctionne pas|pas abouti)\b/;
const ABOUT_PAYMENT = /\b(?:paiement|payer|paye|payee|carte|cb|banque|bancaire|facture|paybox|transaction)\b/;
/** Another thing a commune refuses (a booking, a request, a paper): not a payment. */
const OTHER_REFUSAL = /\b(?:reservation|inscription|demande|dossier|acte|piece|justificatif|document|certificat|absence|compte)\b/;

/** « c'est refusé, pourquoi ? », « paiement refusé », « ma carte ne passe pas »: a refusal, of nothing else named than a payment. */
export function saysRefused(text: string): boolean {
  const said = prepare(text);
  return REFUSED.test(said) && !OTHER_REFUSAL.test(said);
}

/** « mon paiement a été refusé », « la carte est refusée pourquoi » (a refusal said with a payment's words). */
export function asksWhyRefused(text: string): boolean {
  return saysRefused(text) && ABOUT_PAYMENT.test(prepare(text));
}
