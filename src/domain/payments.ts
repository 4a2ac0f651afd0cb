/**
 * Paying an invoice (« Paiements → Payer → module de paiement sécurisé Paybox → reçu par mail »).
 *
 * The resident gets a link to a page of the bot (signed, 30 minutes) that posts the signed form to
 * the payment provider; card data never passes through the bot. Only the provider's notification,
 * checked by the adapter (signature) and here (reference, amount, state), marks an invoice paid,
 * once, in one transaction. Browser returns never do. Attempts still pending after 30 minutes are
 * flagged by the reconciliation job. The receipt (and, for a second payment of an invoice already
 * paid, the word that it will be refunded; for a refusal, the word in the conversation) is queued
 * in the outbox in that same transaction and sent after it, never inside the provider's
 * notification (src/domain/outbox.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock';
import { DomainError } from './errors';
import type { NewOutboxMessage, OutboxService } from './outbox';
import type { AccountRepository, AuditRepository, HouseholdRepository, InvoiceRepository, SettleOutcome } from './ports';
import { signToken, verifyToken } from './signedToken';
import type { Account, Invoice, PaymentAttempt } from './types';

/** What follows each outcome of a notification, queued in the same transaction (src/domain/outboxMessages.ts). */
const FOLLOW_UPS: Partial<Record<SettleOutcome, NewOutboxMessage['kind']>> = { paid: 'receipt', duplicate: 'duplicatePayment', refused: 'paymentRefused' };

export const PAYMENT_LINK_MINUTES = 30;
export const STALE_AFTER_MINUTES = 30;

/** Tells a resident in their last conversation (proactive message): a payment's outcome, a paper's review. */
export type Notice =
  | { kind: 'paymentPaid'; number: string; amountCents: number; email: string }
  | { kind: 'paymentRefused'; number: string }
  | { kind: 'paymentDuplicate'; number: string; amountCents: number }
  | { kind: 'paperReviewed'; paperKind: string; accepted: boolean; reason: string | null };

export interface Notifier {
  /** False when no conversation could be reached. */
  notify(accountId: number, notice: Notice): Promise<boolean>;
}

export interface PaymentDeps {
  invoices: InvoiceRepository;
  accounts: Pick<AccountRepository, 'get'>;
  /** The invoice's household gives its commune (whose merchant numbers are paid). */
  households?: Pick<HouseholdRepository, 'get'>;
  audit: AuditRepository;
  /** Sends the queued receipt at once after the commit, without waiting for it. */
  outbox: Pick<OutboxService, 'kick'>;
  clock: Clock;
  secretKey: string;
  /** The payment provider's name stored with each attempt (paybox, sandbox). */
  provider: string;
}

/** What the provider's notification says, once its signature was checked. */
export interface PaymentNotice {
  reference: string;
  amountCents: number;
  authorization: string | null;
  /** 00000: paid. */
  errorCode: string;
}

export type NoticeOutcome = SettleOutcome | 'unknownReference' | 'wrongAmount';

export interface PaymentPage {
  attempt: PaymentAttempt;
  invoice: Invoice;
  payerEmail: string;
  /** The invoice's commune (its merchant numbers; the page's legal links name it). */
  communeId?: string;
}

const base32 = (bytes: Buffer) => bytes.toString('base64url').replace(/[-_]/g, '').slice(0, 10).toUpperCase();

export class PaymentService {
  constructor(private readonly deps: PaymentDeps) {}

  private async audit(action: string, subject: string, details: Record<string, unknown>, actor = 'paybox'): Promise<void> {
    await this.deps.audit.append({ actor, action, subject, details }, this.deps.clock.now().toISOString());
  }

  /** « Payer »: a new attempt for an invoice of the account's household, and the link to the payment page. */
  async start(account: Account, invoiceId: number): Promise<{ attempt: PaymentAttempt; invoice: Invoice; token: string }> {
    const invoice = await this.deps.invoices.get(invoiceId);
    if (account.householdId === null || !invoice || invoice.householdId !== account.householdId) {
      await this.audit('payment.refused', String(invoiceId), { reason: 'notYours' }, `account:${account.id}`);
      throw new DomainError('invoice.unknown');
    }
    if (invoice.status === 'paid') throw new DomainError('invoice.alreadyPaid', { number: invoice.number });
    if (invoice.status !== 'issued') throw new DomainError('invoice.notPayable', { number: invoice.number });
    const now = this.deps.clock.now();
    const attempt = await this.deps.invoices.createAttempt({ invoiceId, reference: `${invoice.number}-${base32(randomBytes(8))}`, amountCents: invoice.totalCents, provider: this.deps.provider, accountId: account.id, createdAt: now.toISOString() });
    const token = signToken(this.deps.secretKey, 'payment', [attempt.reference], new Date(now.getTime() + PAYMENT_LINK_MINUTES * 60_000));
    await this.audit('payment.started', attempt.reference, { invoice: invoice.number, amountCents: attempt.amountCents }, `account:${account.id}`);
    return { attempt, invoice, token };
  }

  /**
   * Where the receipt of a paid invoice of the account's household went: the payer's address (the
   * household's accounts when the payer's account is gone, '' then) and when it was paid; undefined
   * when no payment of it was confirmed.
   */
  async receiptOf(account: Account, invoice: Invoice): Promise<{ email: string; paidAt: string } | undefined> {
    if (invoice.householdId !== account.householdId || invoice.status !== 'paid') return undefined;
    const paid = (await this.deps.invoices.listAttempts(invoice.id)).find((a) => a.status === 'paid');
    if (!paid) return undefined;
    const payer = paid.accountId === null ? undefined : paid.accountId === account.id ? account : await this.deps.accounts.get(paid.accountId);
    return { email: payer?.email ?? '', paidAt: paid.completedAt ?? paid.createdAt };
  }

  /** An invoice of the account's household still to pay whose last attempt by this account the bank refused, if any. */
  async refusedToPay(account: Account, invoices: Invoice[]): Promise<Invoice | undefined> {
    for (const invoice of invoices) {
      if (invoice.householdId !== account.householdId || invoice.status !== 'issued') continue;
      const mine = (await this.deps.invoices.listAttempts(invoice.id)).filter((a) => a.accountId === account.id);
      const last = mine.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      if (last?.status === 'refused') return invoice;
    }
    return undefined;
  }

  /** The attempt behind a payment link, while it is valid and still pending. */
  async page(token: string): Promise<{ ok: true; page: PaymentPage } | { ok: false; reason: 'invalid' | 'expired' | 'done' | 'paid' }> {
    const check = verifyToken(this.deps.secretKey, 'payment', token, 1, this.deps.clock.now());
    if (!check.ok) return check;
    const reference = check.parts[0] as string;
    const attempt = await this.deps.invoices.getAttempt(reference);
    const invoice = attempt && (await this.deps.invoices.get(attempt.invoiceId));
    if (!attempt || !invoice) return { ok: false, reason: 'invalid' };
    if (invoice.status === 'paid') return { ok: false, reason: 'paid' };
    if (attempt.status !== 'pending') return { ok: false, reason: 'done' };
    const account = attempt.accountId === null ? undefined : await this.deps.accounts.get(attempt.accountId);
    const communeId = (await this.deps.households?.get(invoice.householdId))?.communeId ?? account?.communeId;
    return { ok: true, page: { attempt, invoice, payerEmail: account?.email ?? '', ...(communeId ? { communeId } : {}) } };
  }

  /**
   * The provider's notification, its signature already checked: the reference must be an attempt
   * of ours, the amount its amount; then it is settled once. Every case is audited.
   */
  async notified(notice: PaymentNotice): Promise<NoticeOutcome> {
    const attempt = await this.deps.invoices.getAttempt(notice.reference);
    if (!attempt) {
      await this.audit('payment.unknownReference', notice.reference.slice(0, 80), { amountCents: notice.amountCents });
      return 'unknownReference';
    }
    if (notice.amountCents !== attempt.amountCents) {
      await this.audit('payment.wrongAmount', attempt.reference, { expected: attempt.amountCents, received: notice.amountCents, errorCode: notice.errorCode });
      return 'wrongAmount';
    }
    const at = this.deps.clock.now().toISOString();
    // A refusal is only told in the conversation of the account that tried to pay: none, nothing to tell.
    const follows = (outcome: SettleOutcome) => FOLLOW_UPS[outcome] !== undefined && (outcome !== 'refused' || attempt.accountId !== null);
    const follow = (outcome: SettleOutcome): NewOutboxMessage[] => {
      const kind = FOLLOW_UPS[outcome];
      return kind && follows(outcome) ? [{ kind, payload: { reference: attempt.reference } }] : [];
    };
    const outcome = await this.deps.invoices.settle(attempt.reference, { paid: notice.errorCode === '00000', authorization: notice.authorization, errorCode: notice.errorCode, at }, follow);
    if (follows(outcome)) this.deps.outbox.kick();
    const actions: Record<SettleOutcome, string> = { paid: 'payment.paid', alreadySettled: 'payment.replayed', refused: 'payment.declined', duplicate: 'payment.duplicate' };
    await this.audit(actions[outcome], attempt.reference, { invoiceId: attempt.invoiceId, amountCents: attempt.amountCents, errorCode: notice.errorCode });
    return outcome;
  }

  /** A notification that failed its signature check (forged, altered or unsigned): audited, nothing else. */
  async rejected(reason: string, query: string): Promise<void> {
    const reference = new URLSearchParams(query.split('&Sign=')[0]).get('Ref') ?? '';
    await this.audit('payment.badNotification', reference.slice(0, 80), { reason, length: query.length });
  }

  /** Attempts still pending after 30 minutes: flagged (expired) and audited for the Régie to check. */
  async reconcile(): Promise<PaymentAttempt[]> {
    const before = new Date(this.deps.clock.now().getTime() - STALE_AFTER_MINUTES * 60_000).toISOString();
    const stale = await this.deps.invoices.expirePending(before);
    for (const a of stale) await this.audit('payment.stale', a.reference, { invoiceId: a.invoiceId, amountCents: a.amountCents, createdAt: a.createdAt }, 'job:reconciliation');
    return stale;
  }

  /** Second payments of invoices already paid (of one commune's invoices, when given), for the Régie to refund in Paybox's back office. */
  toRefund(communeId?: string): Promise<Array<PaymentAttempt & { invoiceNumber: string }>> {
    return this.deps.invoices.listDuplicates(communeId);
  }

  /**
   * The Régie refunded a duplicate payment: it leaves the list, audited (with the agent's note).
   * False when it was not one to refund (refunded meanwhile, never a duplicate, or, with `by`, not an
   * invoice of that commune).
   */
  async refunded(reference: string, actor = 'admin', by?: { communeId: string; note?: string }): Promise<boolean> {
    const attempt = await this.deps.invoices.getAttempt(reference);
    if (!attempt) return false;
    if (by && (await this.communeOf(attempt)) !== by.communeId) return false;
    if (!(await this.deps.invoices.markRefunded(reference))) return false;
    await this.audit('payment.refunded', reference, { invoiceId: attempt.invoiceId, amountCents: attempt.amountCents, ...(by?.note ? { note: by.note } : {}) }, actor);
    return true;
  }

  /** A commune's attempts started more than `minutes` ago and never confirmed (pending, or expired by the reconciliation), for the Régie to check. */
  unconfirmed(communeId: string, minutes: number): Promise<Array<PaymentAttempt & { invoiceNumber: string; invoiceStatus: Invoice['status'] }>> {
    const before = new Date(this.deps.clock.now().getTime() - minutes * 60_000).toISOString();
    return this.deps.invoices.listUnconfirmed(communeId, before);
  }

  private async communeOf(attempt: PaymentAttempt): Promise<string | undefined> {
    const invoice = await this.deps.invoices.get(attempt.invoiceId);
    return invoice && (await this.deps.households?.get(invoice.householdId))?.communeId;
  }
}
