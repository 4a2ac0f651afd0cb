/**
 * Invoice words beside a booking asked outright, that ask nothing of the invoices (on prepare()d text, politeness taken out): an
 * invoice's or a family's reference given (« cantine vendredi, facture 2026-11-042 », « …, facture F-2027-0315 »), a payment told
 * (« je paie les 3,50 € en ligne », « 15 € sur le compte, ok ? »), an invoice told received (« facture de 73,80 € reçue merci »), the
 * tariff told (« QF 3 tarif 2,10 »). Read without them, the message asks a booking: it stays one (not the invoices, not a payment;
 * intents.ts reads the message without them first).
 */

const AMOUNT = '\\d+(?:\\.\\d{1,2})? ?(?:€|euros?|eur)';
/** « facture 2026-11-042 », « facture f 2027-0315 », « ref facture : 20457 » (not a year: « facture été 2026 » asks the invoice). */
const REFERENCE = /\b(?:(?:ref|reference) )?(?:facture|ref|reference)(?: (?:n|no|numero))? ?:? ?(?:[a-z]{1,2} )?(?:\d{4}-\d[\d-]*|\d{5,})\b/;
/** « je paie les 3,50 € en ligne », « je règle ça par carte », « j'ai payé les 12 € sur le portail ». */
const PAYMENT_TOLD = new RegExp(`\\b(?:je (?:paie|paye|payerai|paierai|regle|reglerai)|j ai (?:paye|regle))(?: (?:les|le|la|ca|ces))?(?: ${AMOUNT}| facture)? (?:en ligne|par carte|par cheque|sur le portail|sur le site)\\b`);
/** « 15 € sur le compte, ok ? », « 20 euros versés sur le compte ». */
const ON_ACCOUNT = new RegExp(`\\b${AMOUNT}(?: (?:verses?|mis|deposes?))? sur (?:le|mon|notre) compte\\b(?: ,)?(?: (?:ok|c est ok|d accord))?(?: \\?)?`);
/** « facture de 73,80 € reçue merci », « bien reçu la facture de 40 € ». */
const RECEIVED = new RegExp(`\\b(?:facture (?:de |d )?${AMOUNT} (?:bien )?recue?|(?:bien )?recu (?:la )?facture (?:de |d )?${AMOUNT})\\b`);
/** « QF 3 tarif 2,10 », « quotient 2, tarif 3.20 € ». */
const TARIFF_TOLD = /\b(?:qf|quotient(?: familial)?) \d\b(?: ,)? (?:tarif|prix) \d+(?:\.\d{1,2})?(?: ?(?:€|euros?))?/;

const REMARKS = [REFERENCE, PAYMENT_TOLD, ON_ACCOUNT, RECEIVED, TARIFF_TOLD];

/** The message without such invoice words (undefined when it has none). */
export function withoutInvoiceWords(said: string): string | undefined {
  const rest = REMARKS.reduce((text, re) => text.replace(re, ' , '), said).replace(/\s+/g, ' ').trim();
  return rest !== said.replace(/\s+/g, ' ').trim() && rest.replace(/[ ,.?!]/g, '') !== '' ? rest : undefined;
}
