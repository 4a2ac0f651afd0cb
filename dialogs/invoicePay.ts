/**
 * Paying one invoice: a payment attempt started, the conversation remembered (the bank's answer is
 * told here), and the link to the bot's payment page (valid 30 minutes) sent, with a word when other
 * invoices are still to pay. Used by the invoice's « Payer » and by « payer » at a list of one.
 */
import type { WaterfallStepContext } from './dialogLibrary';
import type { Account } from '../src/domain/types';
import { localeOf, rememberConversation, send, translator, type DialogDeps } from './dialogContext';
import { formatEuros } from './familyFileDialog';

/**
 * Starts paying the invoice and sends its link; a domain error (already paid, not the family's) is thrown to the caller.
 * Whether another invoice is still to pay (said with the link: what to do next).
 */
export async function startPayment(deps: DialogDeps, step: WaterfallStepContext, account: Account, invoiceId: number): Promise<boolean> {
  const t = translator(deps, step.context);
  const { attempt, invoice, token } = await deps.service.payments.start(account, invoiceId);
  const { activity } = step.context;
  await rememberConversation(deps, step.context, account);
  const url = `${deps.publicUrl()}/paiement/${token}`;
  const amount = formatEuros(localeOf(step.context), attempt.amountCents);
  const others = (await deps.service.invoices.list(account)).some((i) => i.status === 'issued' && i.id !== invoice.id);
  // By SMS, the bank's answer is told only when the bot sends SMS and the account has a number (src/bot/notifier.ts); else the receipt by e-mail only.
  const told = activity.channelId !== 'sms' || (deps.textsBack === true && Boolean(account.phone));
  await send(deps, step.context, { text: [t(told ? 'invoices.payLink' : 'invoices.payLinkMailOnly', { number: invoice.number, amount, url, email: account.email }), ...(others ? [t('invoices.payNext')] : [])].join('\n') });
  return others;
}

/** The link to the printable invoice (valid 30 minutes). */
export async function invoicePdfUrl(deps: DialogDeps, account: Account, invoiceId: number): Promise<string> {
  return `${deps.publicUrl()}/factures/${await deps.service.invoices.pdfToken(account, invoiceId)}.pdf`;
}
