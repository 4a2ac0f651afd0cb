/**
 * A receipt asked in English (« I need a receipt for my invoice », « proof of payment »): the receipts of the paid
 * invoices, as « un reçu » in French (src/nlu/invoiceQuestions.ts asksForReceipt, which reads French only).
 * « the receipt of my request » is what was sent for a démarche, not a payment's receipt.
 */
import { fold } from '../src/nlu/yesNo';

const RECEIPT = /\b(?:receipts?|reciepts?|reciept|proof of payment|payment (?:confirmation|certificate|proof))\b/;
const OF_A_REQUEST = /\breceipts? (?:of|for) (?:my |the |this )?(?:request|application|certificate|record)\b/;

export function asksForReceiptInEnglish(text: string): boolean {
  const said = fold(text.replace(/['’-]/g, ' '));
  return RECEIPT.test(said) && !OF_A_REQUEST.test(said);
}
