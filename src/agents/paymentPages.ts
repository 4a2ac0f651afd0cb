/**
 * Payments in the back office (right `invoices`: régie, administration), through the same domain
 * calls as `admin refunds` and `admin reconcile-payments` (src/domain/payments.ts):
 * - GET /agents/paiements?minutes=N     the commune's payments to refund (a second payment of an
 *   invoice already paid), each with a note and a button; and the attempts started more than N
 *   minutes ago (30 by default) never confirmed by Paybox, with their invoice's state, to check in
 *   Paybox's back office;
 * - POST /agents/paiements/rembourse    a duplicate refunded (in Paybox's back office) leaves the
 *   list, with the agent's note in the audit log. One refunded meanwhile, or not a duplicate of this
 *   commune (a stale page, a forged form), is refused (409), audited, nothing changed.
 */
import type restify from 'restify';
import { euros } from '../domain/invoicing';
import { STALE_AFTER_MINUTES } from '../domain/payments';
import { agentPage, alertBlock, escapeHtml, htmlTable, sendAgentHtml, statusBlock } from './agentHtml';
import { agentRoute, formField, type AgentContext, type AgentPagesDeps } from './agentGuard';

const when = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
/** At most a week back. */
const MAX_MINUTES = 7 * 24 * 60;

export function registerPaymentPages(server: restify.Server, deps: AgentPagesDeps): void {
  const { service } = deps;

  async function page(res: restify.Response, ctx: AgentContext, status: number, minutes: number, message?: { error?: string; done?: string }): Promise<void> {
    const { t, agent } = ctx;
    const duplicates = await service.payments.toRefund(agent.communeId);
    const refundRows = duplicates.map((p) => [
      escapeHtml(p.reference),
      escapeHtml(p.invoiceNumber),
      escapeHtml(euros(p.amountCents)),
      escapeHtml(when.format(new Date(p.completedAt ?? p.createdAt))),
      escapeHtml(p.authorization ?? '—'),
      `<form method="post" action="/agents/paiements/rembourse">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
<input type="hidden" name="reference" value="${escapeHtml(p.reference)}">
<label for="note-${p.id}">${escapeHtml(t('agents.payments.note'))}</label>
<input id="note-${p.id}" name="note" maxlength="500">
<button type="submit">${escapeHtml(t('agents.payments.markRefunded'))}</button>
</form>`,
    ]);
    const refunds = duplicates.length
      ? htmlTable(t('agents.payments.refundCaption', { count: duplicates.length }), ['reference', 'invoice', 'amount', 'paidAt', 'authorization', 'action'].map((h) => t(`agents.payments.${h}Header`)), refundRows, true)
      : `<p>${escapeHtml(t('agents.payments.noRefund'))}</p>`;
    const pending = await service.payments.unconfirmed(agent.communeId, minutes);
    const pendingRows = pending.map((p) => [
      escapeHtml(p.reference),
      escapeHtml(p.invoiceNumber),
      escapeHtml(t(`agents.payments.invoiceStatus.${p.invoiceStatus}`)),
      escapeHtml(euros(p.amountCents)),
      escapeHtml(when.format(new Date(p.createdAt))),
      escapeHtml(t(`agents.payments.attemptStatus.${p.status}`)),
    ]);
    const pendingTable = pending.length
      ? htmlTable(t('agents.payments.pendingCaption', { count: pending.length, minutes }), ['reference', 'invoice', 'invoiceState', 'amount', 'startedAt', 'state'].map((h) => t(`agents.payments.${h}Header`)), pendingRows, true)
      : `<p>${escapeHtml(t('agents.payments.noPending', { minutes }))}</p>`;
    const body = `${alertBlock(message?.error)}${statusBlock(message?.done)}
<p><a href="/agents/factures">${escapeHtml(t('agents.invoices.title'))}</a></p>
<h2>${escapeHtml(t('agents.payments.refundTitle'))}</h2>
<p>${escapeHtml(t('agents.payments.refundHint'))}</p>
${refunds}
<h2>${escapeHtml(t('agents.payments.pendingTitle'))}</h2>
<form method="get" action="/agents/paiements">
<label for="minutes">${escapeHtml(t('agents.payments.minutes'))}</label>
<input id="minutes" name="minutes" type="number" min="1" max="${MAX_MINUTES}" value="${minutes}">
<button type="submit" class="secondary">${escapeHtml(t('agents.payments.show'))}</button>
</form>
${pendingTable}`;
    sendAgentHtml(res, status, agentPage(t, ctx.nonce, t('agents.payments.title'), body, ctx.view), ctx.nonce, ctx.https);
  }

  server.get('/agents/paiements', agentRoute(deps, 'invoices', async (req, res, ctx) => {
    const asked = (new URL(req.url ?? '/', 'http://x').searchParams.get('minutes') ?? '').trim();
    if (!asked) return page(res, ctx, 200, STALE_AFTER_MINUTES);
    const minutes = /^\d{1,5}$/.test(asked) ? Number(asked) : NaN;
    if (!(minutes >= 1 && minutes <= MAX_MINUTES)) return page(res, ctx, 422, STALE_AFTER_MINUTES, { error: ctx.t('agents.payments.badMinutes', { max: MAX_MINUTES }) });
    return page(res, ctx, 200, minutes);
  }));

  server.post('/agents/paiements/rembourse', agentRoute(deps, 'invoices', async (req, res, ctx) => {
    const { t, agent } = ctx;
    // References are stored in capitals (CSP-FAC-2026-000001-K3JQ8ZP2XA).
    const reference = formField(req.body, 'reference').trim().toUpperCase();
    const note = formField(req.body, 'note').trim().slice(0, 500);
    if (!/^[A-Z0-9-]{5,80}$/.test(reference)) {
      await service.agents.record(agent, 'agent.refused', 'refund', { reason: 'badForm' });
      return page(res, ctx, 400, STALE_AFTER_MINUTES, { error: t('agents.payments.badForm') });
    }
    if (!(await service.payments.refunded(reference, `agent:${agent.id}`, { communeId: agent.communeId, ...(note ? { note } : {}) }))) {
      await service.agents.record(agent, 'agent.refused', `payment:${reference}`, { reason: 'stale' });
      return page(res, ctx, 409, STALE_AFTER_MINUTES, { error: t('agents.payments.stale', { reference }) });
    }
    return page(res, ctx, 200, STALE_AFTER_MINUTES, { done: t('agents.payments.refunded', { reference }) });
  }));
}
