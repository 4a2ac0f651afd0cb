/**
 * The outbox messages that follow a payment's notification (src/domain/outboxMessages.ts):
 * - receipt { reference }: the receipt by e-mail to the payer (to the household's accounts when the
 *   payer's account is gone), then a word in the payer's conversation;
 * - duplicatePayment { reference }: an invoice already paid was paid again: the resident is told by
 *   e-mail, and in the conversation, that the second payment will be refunded (agents see it in
 *   `npm run admin -- refunds`);
 * - paymentRefused { reference }: the bank refused the payment: said in the conversation of the
 *   account that tried to pay (no mail). Without a notifier to speak there (an outbox job run
 *   without the bot's adapter), it fails and waits for a sender that can.
 */
import type { Mailer } from './mail';
import type { OutboxHandler } from './outbox';
import type { Notifier } from './payments';
import type { AccountRepository, CommuneRepository, HouseholdRepository, InvoiceRepository } from './ports';
import type { Account, Commune, Invoice, PaymentAttempt } from './types';

export interface PaymentMessageDeps {
  invoices: Pick<InvoiceRepository, 'get' | 'getAttempt'>;
  accounts: Pick<AccountRepository, 'get' | 'listByHousehold'>;
  households: Pick<HouseholdRepository, 'get'>;
  communes: Pick<CommuneRepository, 'get'>;
  mailer: Pick<Mailer, 'sendReceipt' | 'sendDuplicatePayment'>;
}

interface PaymentContext {
  attempt: PaymentAttempt;
  invoice: Invoice;
  commune: Commune;
  /** The account that paid, when it still exists. */
  payer: Account | undefined;
  /** Who is mailed: the payer, or the household's accounts. */
  to: Account[];
}

async function paymentContext(deps: PaymentMessageDeps, payload: Record<string, unknown>, statuses: string[]): Promise<PaymentContext | undefined> {
  const attempt = await deps.invoices.getAttempt(String(payload.reference ?? ''));
  if (!attempt || !statuses.includes(attempt.status)) return undefined;
  const invoice = await deps.invoices.get(attempt.invoiceId);
  const household = invoice && (await deps.households.get(invoice.householdId));
  const commune = household && (await deps.communes.get(household.communeId));
  if (!invoice || !commune) return undefined;
  const payer = attempt.accountId === null ? undefined : await deps.accounts.get(attempt.accountId);
  return { attempt, invoice, commune, payer, to: payer ? [payer] : await deps.accounts.listByHousehold(invoice.householdId) };
}

const paidAt = (attempt: PaymentAttempt) => attempt.completedAt ?? attempt.createdAt;

/** Thrown when a message must be said in a conversation and this sender cannot speak there. */
const noNotifier = () => Object.assign(new Error('No conversation notifier in this process'), { code: 'NoNotifier' });

export function paymentHandlers(deps: PaymentMessageDeps): Record<'receipt' | 'duplicatePayment' | 'paymentRefused', OutboxHandler> {
  const receipt = async (payload: Record<string, unknown>, notifier: Notifier | undefined) => {
    const found = await paymentContext(deps, payload, ['paid']);
    if (!found) return;
    const { attempt, invoice, commune, payer, to } = found;
    for (const account of to) {
      await deps.mailer.sendReceipt({ to: account.email, commune, invoice, amountCents: attempt.amountCents, paidAt: paidAt(attempt), authorization: attempt.authorization ?? '', reference: attempt.reference, locale: 'fr' });
    }
    if (payer) await notifier?.notify(payer.id, { kind: 'paymentPaid', number: invoice.number, amountCents: attempt.amountCents, email: payer.email });
  };

  const duplicatePayment = async (payload: Record<string, unknown>, notifier: Notifier | undefined) => {
    // Already refunded before the message went: still worth saying (the refund is on its way).
    const found = await paymentContext(deps, payload, ['duplicate', 'refunded']);
    if (!found) return;
    const { attempt, invoice, commune, payer, to } = found;
    for (const account of to) {
      await deps.mailer.sendDuplicatePayment({ to: account.email, commune, invoice, amountCents: attempt.amountCents, paidAt: paidAt(attempt), reference: attempt.reference, locale: 'fr' });
    }
    if (payer) await notifier?.notify(payer.id, { kind: 'paymentDuplicate', number: invoice.number, amountCents: attempt.amountCents });
  };

  const paymentRefused = async (payload: Record<string, unknown>, notifier: Notifier | undefined) => {
    const attempt = await deps.invoices.getAttempt(String(payload.reference ?? ''));
    const invoice = attempt && (await deps.invoices.get(attempt.invoiceId));
    // Paid since by another attempt, or the account gone: the refusal is no longer worth saying.
    if (!attempt || attempt.status !== 'refused' || attempt.accountId === null || !invoice || invoice.status === 'paid') return;
    if (!notifier) throw noNotifier();
    await notifier.notify(attempt.accountId, { kind: 'paymentRefused', number: invoice.number });
  };

  return { receipt, duplicatePayment, paymentRefused };
}
