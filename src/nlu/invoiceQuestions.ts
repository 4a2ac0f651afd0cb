/**
 * Questions about an invoice that the list alone does not answer: the receipt of a payment
 * (« mon reçu », « reçu de paiement »), a payment made at the régie that the invoice does not show yet
 * (« j'ai payé par chèque mais c'est toujours à payer »), and why an amount (« pourquoi 73,80 ? »).
 */
import { prepare } from './frenchText';

const RECEIPT = /\b(?:mon|le|un|mes|les|du|des|ce|votre|ma) recus?\b|\brecus? (?:de |du |pour (?:le |mon |ma )?)(?:paiement|reglement)\b|\b(?:quittance|(?:attestation|justificatif|preuve) de (?:paiement|reglement))\b/;

/** « jveux mon reçu », « reçu de paiement », « une attestation de paiement ». « j'ai reçu ma facture » is not one. */
export function asksForReceipt(text: string): boolean {
  return RECEIPT.test(prepare(text));
}
