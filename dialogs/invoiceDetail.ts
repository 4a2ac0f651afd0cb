/**
 * One invoice as the resident sees it (invoicesDialog.ts): its facts, its lines, the total, its state and the PDF's link,
 * as a card with the same words in text; then the actions offered (« Payer » while it is to pay, « Mes factures », « Menu »).
 */
import type { WaterfallStepContext } from './dialogLibrary';
import type { InvoiceDocument } from '../src/domain/invoicing';
import { shownOptions, type ChoiceOption } from './choicePrompt';
import type { Reply } from '../cards/cardRenderer';
import type { translator } from './dialogContext';
import { formatEuros } from './familyFileDialog';
import { invoiceFacts, statusText } from './invoiceFacts';
import { shortDay } from './dateWords';
import { normalize } from '../src/domain/text';

type Translate = ReturnType<typeof translator>;

/**
 * `paid` (SMS, where each message is paid for): the label and issue date on one line, the lines but one that only says the
 * label again, the total with its state; the PDF's long link on request (« pdf », asksForPdf) rather than in every detail.
 */
export function invoiceDetailMessage(t: Translate, locale: string, detail: InvoiceDocument, pdfUrl: string, paid = false): Reply {
  const { invoice, lines } = detail;
  const money = (c: number) => formatEuros(locale, c);
  const rows = lines.map((l) => ({ label: l.label, amount: l.quantity === 1 && l.unitPriceCents === l.amountCents ? money(l.amountCents) : t('invoices.lineAmount', { quantity: l.quantity, unit: money(l.unitPriceCents), amount: money(l.amountCents) }) }));
  const status = statusText(t, locale, invoice);
  const title = t('invoices.detailTitle', { number: invoice.number });
  const facts = invoiceFacts(t, locale, invoice, true);
  const payable = invoice.status === 'issued';
  const sameAsLabel = rows.length === 1 && rows[0]?.label === invoice.label;
  const cardText = (
    paid
      ? [
          t('invoices.sms.about', { label: invoice.label, issued: shortDay(locale, invoice.issuedOn) }),
          ...(sameAsLabel ? [] : rows.map((r) => `- ${t('format.labelValue', { label: r.label, value: r.amount })}`)),
          t('invoices.sms.total', { amount: money(invoice.totalCents), status: invoice.status === 'issued' ? t('invoices.sms.toPay', { due: shortDay(locale, invoice.dueOn) }) : status }),
          t('invoices.sms.pdfAsk'),
        ]
      : [
          ...facts.map((f) => t('format.labelValue', { label: f.name, value: f.value })),
          t('format.heading', { label: t('invoices.linesTitle') }),
          ...rows.map((r) => `- ${t('format.labelValue', { label: r.label, value: r.amount })}`),
          t('format.labelValue', { label: t('invoices.total'), value: money(invoice.totalCents) }),
          status,
        ]
  ).join('\n');
  // The PDF's link is said in words where there is no card, not spoken: the card's button (« Télécharger ») opens it.
  const pdfLine = paid ? '' : `\n${t('invoices.pdfLink', { url: pdfUrl })}`;
  const submits = [...(payable ? [{ label: t('invoices.pay', { amount: money(invoice.totalCents) }), action: 'pay', id: String(invoice.id) }] : []), { label: t('invoices.back'), action: 'list', id: String(invoice.id) }];
  return {
    // The title is the card's; in words (SMS, the card's `speak`), it heads the card's text.
    text: '',
    cardText: `${title}\n${cardText}${pdfLine}`,
    speak: `${title}\n${cardText}`,
    card: { template: 'invoice', data: { title, facts, linesTitle: t('invoices.linesTitle'), lines: rows, totalLabel: t('invoices.total'), total: money(invoice.totalCents), status, statusColor: payable ? 'Attention' : 'Good', submits, links: [{ label: t('invoices.pdf'), url: pdfUrl }] } },
  };
}

export type InvoiceAction = 'pay' | 'list' | 'menu';

/** « Payer » while the invoice is to pay (a « oui » too), « Mes factures », « Menu » (a « non », « pas maintenant » too: not now). */
export function actionOptions(t: Translate, payable: boolean): Array<ChoiceOption & { action: InvoiceAction }> {
  return [
    ...(payable ? [{ label: t('invoices.payShort'), action: 'pay' as const, meaning: 'yes' as const, synonyms: ['je paie', 'je paye', 'regler', 'pay', 'par carte', 'par carte bancaire', 'carte bancaire', 'carte bleue', 'par cb', 'en cb', 'avec ma carte', 'by card'] }] : []),
    { label: t('invoices.back'), action: 'list', synonyms: ['liste', 'la liste', 'retour', 'factures', 'my invoices'] },
    { label: t('invoices.menu'), action: 'menu', meaning: 'no' as const, synonyms: ['menu principal', 'rien', 'pas maintenant', 'plus tard', 'une autre fois', 'not now', 'later'] },
  ];
}

/** The actions offered, in the order shown. */
export function shownActions(step: WaterfallStepContext): Array<InvoiceAction | undefined> {
  return shownOptions(step).map((o) => (o as { action?: InvoiceAction }).action);
}

/** « pdf », « la facture en PDF », « imprimer », « télécharger »: the printable invoice's link asked. */
export const asksForPdf = (text: string): boolean => /^(?:(?:le|la|en) )?(?:pdf|facture en pdf|(?:l )?imprimer|(?:la )?telecharger|print|download)$/.test(normalize(text));
