/**
 * The payment and invoice routes:
 * - GET  /paiement/:token          the page that posts the signed form to Paybox (or the sandbox);
 * - GET  /paybox/notification      Paybox's server-to-server notification: the only proof of payment;
 * - GET  /paybox/retour/:outcome   browser returns (effectue, refuse, annule): they say what happened, never mark paid
 *                                  (a signed refusal or cancel closes the attempt unpaid and is told in the conversation);
 * - GET  /factures/:token          an invoice's PDF, for the household the link was made for;
 * - POST /paybox-sandbox[/decision] the offline stand-in for Paybox's page (sandbox mode only).
 */
import type restify from 'restify';
import type { MunicipalService } from '../domain/municipalService';
import type { Texts } from '../i18n';
import type { Logger } from '../logger';
import { escapeHtml, hiddenFields, page as htmlPage, sendHtml } from './html';
import { PAYBOX_URLS, payboxForm, verifyNotification } from './paybox';
import { sandboxRoutes, type SandboxKeys } from './sandbox';
import { euros } from '../domain/invoicing';
import { sweepLinks } from '../web/sweepLinks';
import { legalLinks } from '../web/legalLinks';
import type { Commune } from '../domain/types';
import { merchantFor, type Merchant } from './merchant';

export interface PaymentRoutesDeps {
  service: MunicipalService;
  texts: Texts;
  logger: Logger;
  mode: 'sandbox' | 'preprod' | 'production';
  /** Site, rang, identifiant and HMAC key: Paybox's, or the sandbox's; a commune's own numbers replace them for its invoices (merchant.ts). */
  merchant: Merchant;
  /** The communes' own HMAC keys, by the name of their variable (config.payment.merchantKeys). */
  merchantKeys?: Readonly<Record<string, string>>;
  /** The key that signs notifications: Paybox's public key, or the sandbox's. */
  publicKeyPem: string;
  sandbox?: SandboxKeys;
  /** The bot's public base URL (no trailing slash). */
  baseUrl(): string;
}


export function registerPaymentRoutes(server: restify.Server, deps: PaymentRoutesDeps): void {
  const t = deps.texts.for('fr');
  const { payments, invoices } = deps.service;
  /** A page with the legal links at its foot (for the commune, when the page knows it). */
  const page = (lang: string, title: string, paragraphs: string[], raw = '', commune?: Commune) => htmlPage(lang, title, paragraphs, raw, legalLinks(t, commune));

  server.get('/paiement/:token', async (req, res) => {
    const found = await payments.page(String(req.params.token ?? ''));
    if (!found.ok) {
      const status = { invalid: 404, expired: 410, done: 410, paid: 200 }[found.reason];
      sendHtml(res, status, page('fr', t('payment.page.closedTitle'), [t(`payment.page.closed.${found.reason}`)]));
      return;
    }
    const { attempt, invoice, payerEmail, communeId } = found.page;
    const commune = communeId ? await deps.service.findCommune(communeId) : undefined;
    // Read at each payment: a commune file imported since applies at once.
    const merchant = merchantFor(deps.merchant, commune, deps.merchantKeys ?? {}, deps.mode === 'sandbox');
    if (!merchant) {
      deps.logger.error('payment.merchantKeyMissing', { commune: communeId, variable: commune?.paybox?.hmacKeyEnv });
      sendHtml(res, 503, page('fr', t('payment.page.closedTitle'), [t('payment.page.unavailable')], '', commune));
      return;
    }
    const base = deps.baseUrl();
    const fields = payboxForm({
      ...merchant,
      amountCents: attempt.amountCents,
      reference: attempt.reference,
      email: payerEmail,
      time: deps.service.clock.now(),
      urls: { effectue: `${base}/paybox/retour/effectue`, refuse: `${base}/paybox/retour/refuse`, annule: `${base}/paybox/retour/annule`, repondreA: `${base}/paybox/notification` },
    });
    const action = deps.mode === 'sandbox' ? `${base}/paybox-sandbox` : PAYBOX_URLS[deps.mode];
    const form = `<form method="post" action="${escapeHtml(action)}">\n${hiddenFields(fields)}\n<button type="submit">${escapeHtml(t('payment.page.continue'))}</button>\n</form>`;
    const html = page('fr', t('payment.page.title', { number: invoice.number }), [t('payment.page.amount', { label: invoice.label, amount: euros(attempt.amountCents) }), t('payment.page.secure')], form, commune);
    sendHtml(res, 200, html, { 'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; form-action ${new URL(action).origin}` });
  });

  server.get('/paybox/notification', async (req, res) => {
    const raw = (req.url ?? '').split('?').slice(1).join('?');
    const verified = verifyNotification(raw, deps.publicKeyPem);
    if (!verified.ok) {
      await payments.rejected(verified.reason, raw);
      deps.logger.warn('payment.notification.rejected', { reason: verified.reason });
      res.sendRaw(verified.reason === 'malformed' ? 400 : 403, '', { 'Content-Type': 'text/plain' });
      return;
    }
    const outcome = await payments.notified(verified.notification);
    deps.logger.info('payment.notification', { outcome });
    // The payment link is done with (paid, refused or replayed): out of the web chat's history.
    await sweepLinks(deps);
    // Paybox only needs a 200 with an empty body; what went wrong is in the audit log.
    res.sendRaw(200, '', { 'Content-Type': 'text/plain' });
  });

  server.get('/paybox/retour/:outcome', async (req, res) => {
    const outcome = String(req.params.outcome ?? '');
    if (!['effectue', 'refuse', 'annule'].includes(outcome)) {
      sendHtml(res, 404, page('fr', t('payment.page.closedTitle'), [t('payment.page.closed.invalid')]));
      return;
    }
    if (outcome !== 'effectue') await closedUnpaid((req.url ?? '').split('?').slice(1).join('?'));
    sendHtml(res, 200, page('fr', t(`payment.return.${outcome}.title`), [t(`payment.return.${outcome}.text`), t('payment.return.back')]));
  });

  /**
   * The resident back from a refused or cancelled payment, the return signed as Paybox signs its notification: the attempt
   * closed unpaid as the notification closes it, and the conversation told that nothing was charged and how to try again
   * (once: a notification of the same refusal, before or after, finds it settled). Paybox sends no notification for a payment
   * cancelled: it stayed pending, and nothing was said. A return saying paid, or not signed, changes nothing.
   */
  async function closedUnpaid(raw: string): Promise<void> {
    const verified = verifyNotification(raw, deps.publicKeyPem);
    if (!verified.ok || verified.notification.errorCode === '00000') return;
    const outcome = await payments.notified(verified.notification);
    deps.logger.info('payment.return', { outcome });
    await sweepLinks(deps);
  }

  server.get('/factures/:token', async (req, res) => {
    const token = String(req.params.token ?? '').replace(/\.pdf$/, '');
    const found = await invoices.pdfFromToken(token);
    if ('error' in found) {
      sendHtml(res, found.error === 'expired' ? 410 : 404, page('fr', t('invoice.link.closedTitle'), [t(`invoice.link.${found.error}`)]));
      return;
    }
    res.sendRaw(200, found.pdf, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="facture-${found.invoice.number}.pdf"`,
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  if (deps.mode === 'sandbox' && deps.sandbox) sandboxRoutes(server, { keys: deps.sandbox, texts: deps.texts, logger: deps.logger, send: sendHtml });
}
