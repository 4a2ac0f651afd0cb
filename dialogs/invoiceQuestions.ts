/**
 * Questions about invoices that the list alone does not answer, asked with « mes factures »: where
 * the receipt of a payment went, a payment made at the régie that the invoice does not show yet, what is left to pay in all,
 * why an amount (the invoice's lines, and the régie to ask). Undefined: the list as usual.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { Account, Invoice } from '../src/domain/types';
import { dateFormat } from '../src/domain/formats';
import { formatEuros } from './familyFileDialog';
import { asksForReceipt, asksWhatIsOwed, asksWhyAmount, asksWhyRefused, saysPaidOtherwise, saysRefused } from '../src/nlu/invoiceQuestions';
import { currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { contactLines } from './infoAnswers';
import { invoiceNamed } from './invoiceNamed';
import { asksWhatEInvoiceIs } from '../src/nlu/eInvoiceQuestion';
import { asksForReceiptInEnglish } from './receiptInEnglish';

/** The invoice the detail must show (with a lead), or the answer already given. */
export type InvoiceQuestionAnswer = { detail: Invoice; lead: string } | { said: true };

export async function answerInvoiceQuestion(deps: DialogDeps, step: WaterfallStepContext, account: Account, invoices: Invoice[], text: string, shownId?: number): Promise<InvoiceQuestionAnswer | undefined> {
  const t = translator(deps, step.context);
  const commune = await currentCommune(deps, step.context);
  const regie = () => (commune ? contactLines(t, commune, deps.service.serviceFor(commune, 'invoices'), deps.renderer.isPaid(step.context.activity.channelId)) : '');
  if (asksForReceipt(text) || asksForReceiptInEnglish(text)) {
    await send(deps, step.context, { text: await receipts(deps, step, account, invoices) });
    return { said: true };
  }
  // « c'est refusé, pourquoi ? » after a refused payment: what a refusal means, how to pay still, and the régie.
  if (saysRefused(text) && (asksWhyRefused(text) || (await deps.service.payments.refusedToPay(account, invoices)))) {
    await send(deps, step.context, { text: [t('invoices.refused'), regie()].join('\n') });
    return { said: true };
  }
  if (saysPaidOtherwise(text) && invoices.some((i) => i.status === 'issued')) {
    await send(deps, step.context, { text: [t('invoices.paidAtRegie'), regie()].join('\n') });
    return { said: true };
  }
  // « combien je dois en tout ? »: the unpaid invoices added up (the list shows them one by one).
  if (asksWhatIsOwed(text)) {
    const unpaid = invoices.filter((i) => i.status === 'issued');
    const total = formatEuros(localeOf(step.context), unpaid.reduce((sum, i) => sum + i.totalCents, 0));
    await send(deps, step.context, { text: unpaid.length === 0 ? t('invoices.allPaid') : t(unpaid.length === 1 ? 'invoices.owedOne' : 'invoices.owedMany', { count: unpaid.length, total }) });
    return { said: true };
  }
  // « c'est quoi la facture en ligne ? » is about invoices by e-mail, not an amount.
  if (asksWhyAmount(text) && !asksWhatEInvoiceIs(text)) {
    // At an invoice's detail, « c'est quoi ce montant ? » is about the invoice shown (`shownId`), whatever the others.
    const invoice = invoiceNamed(text, invoices) ?? invoices.find((i) => i.id === shownId) ?? (invoices.length === 1 ? invoices[0] : undefined);
    if (invoice) return { detail: invoice, lead: [t('invoices.askRegie'), regie()].join('\n') };
  }
  return undefined;
}

/**
 * Such a question where the invoices are on screen (at the list, at an invoice's detail: `shownId`) or with « mes factures »: answered
 * as from the menu (the task then ends), or the invoice's detail (`detailDialog`) shown with its lead; undefined: not one.
 */
export async function answerAtStep(deps: DialogDeps, step: WaterfallStepContext, account: Account, invoices: Invoice[], text: string | undefined, detailDialog: string, shownId?: number): Promise<DialogTurnResult | undefined> {
  const asked = text ? await answerInvoiceQuestion(deps, step, account, invoices, text, shownId) : undefined;
  if (!asked) return undefined;
  return 'said' in asked ? step.endDialog() : step.replaceDialog(detailDialog, { invoiceId: asked.detail.id, lead: asked.lead });
}

/** Each paid invoice: paid on which day, its receipt mailed to which address; none paid yet: said so. */
async function receipts(deps: DialogDeps, step: WaterfallStepContext, account: Account, invoices: Invoice[]): Promise<string> {
  const t = translator(deps, step.context);
  const day = (iso: string) => dateFormat(localeOf(step.context), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(iso));
  const paid = invoices.filter((i) => i.status === 'paid').sort((a, b) => (b.paidAt ?? '').localeCompare(a.paidAt ?? '')).slice(0, 3);
  if (paid.length === 0) return t('invoices.receipt.nonePaid');
  const lines: string[] = [];
  for (const invoice of paid) {
    const receipt = await deps.service.payments.receiptOf(account, invoice);
    const facts = { number: invoice.number, label: invoice.label, date: day(receipt?.paidAt ?? invoice.paidAt ?? invoice.issuedOn) };
    lines.push(receipt?.email ? t('invoices.receipt.mailed', { ...facts, email: receipt.email }) : t('invoices.receipt.paid', facts));
    const token = await deps.service.invoices.pdfToken(account, invoice.id);
    lines.push(t('invoices.pdfLink', { url: `${deps.publicUrl()}/factures/${token}.pdf` }));
  }
  return lines.join('\n');
}

/** « c'est refusé, pourquoi ? » at the menu: about a payment when the resident's last one was refused. */
export async function refusalOfPayment(deps: DialogDeps, ctx: TurnContext, text: string): Promise<boolean> {
  if (!saysRefused(text)) return false;
  const account = await signedIn(deps, ctx);
  if (!account?.householdId) return false;
  return (await deps.service.payments.refusedToPay(account, await deps.service.invoices.list(account))) !== undefined;
}
