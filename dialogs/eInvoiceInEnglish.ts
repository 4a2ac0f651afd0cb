/**
 * The way the invoices come, asked in English (« I want paper bills again », « go paperless », « invoices by e-mail »):
 * the online-invoice choice (eInvoiceDialog.ts), as « factures par mail » in French. It showed an invoice's detail.
 * Paying (« pay my bill online ») and one invoice sent again stay the invoices' own.
 */
import { fold } from '../src/nlu/yesNo';

const BILLS = '(?:bills?|invoices?|billing)';
const WAY = '(?:paper|online|electronic|e ?mail(?:ed)?|digital|paperless|by post|on paper|electronically)';
const INVOICE_WAY = new RegExp(`\\b${WAY}\\b(?: \\w+){0,2} ${BILLS}\\b|\\b${BILLS}\\b(?: \\w+){0,2} \\b${WAY}\\b|\\bgo(?:ing)? paperless\\b|\\bback to paper\\b`);
const NOT_THE_WAY = /\bpay\w*\b|\b(?:this|that|last|latest) (?:bill|invoice)\b|\b(?:resend|send (?:me )?(?:again|a copy))\b|\bwhat is\b/;

export function asksForInvoiceWayInEnglish(text: string): boolean {
  const said = fold(text.replace(/['’-]/g, ' '));
  return INVOICE_WAY.test(said) && !NOT_THE_WAY.test(said);
}
