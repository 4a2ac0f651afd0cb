/**
 * Bookings waiting for the commune's decision (right `bookings`: périscolaire, administration):
 * - GET /agents/reservations    the commune's pending bookings, each with a box to tick;
 * - POST /agents/reservations   validate or refuse the ticked ones (one or many) with a message
 *   (required to refuse), through the same domain call as `admin validate-reservations`.
 * Every ticked booking must still be pending in the agent's commune: otherwise (a stale page, another
 * agent's decision, another commune's booking, a forged form) nothing is decided, 409, audited.
 */
import type restify from 'restify';
import { dateFormat } from '../domain/formats';
import { agentPage, alertBlock, escapeHtml, htmlTable, sendAgentHtml, statusBlock } from './agentHtml';
import { agentRoute, formField, formList, type AgentContext, type AgentPagesDeps } from './agentGuard';

const DECISIONS = { confirm: 'confirmed', refuse: 'refused' } as const;
const longDay = dateFormat('fr', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

export function registerBookingPages(server: restify.Server, deps: AgentPagesDeps): void {
  const { service } = deps;

  async function listPage(res: restify.Response, ctx: AgentContext, status: number, message?: { error?: string; done?: string }): Promise<void> {
    const { t } = ctx;
    const pending = await service.reservations.listPending(ctx.agent.communeId);
    const rows = pending.map((r) => [
      `<input type="checkbox" name="id" value="${r.id}" id="r${r.id}"> <label for="r${r.id}" class="inline">${escapeHtml(t('agents.bookings.pick', { id: r.id }))}</label>`,
      escapeHtml(longDay.format(new Date(`${r.day}T12:00:00Z`))),
      escapeHtml(r.childName),
      escapeHtml(r.activityLabel),
      r.late ? escapeHtml(t('agents.bookings.late', { percent: r.surchargePercent })) : '',
    ]);
    const form = pending.length
      ? `<form method="post" action="/agents/reservations">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
${htmlTable(t('agents.bookings.caption', { count: pending.length }), ['pick', 'day', 'child', 'activity', 'late'].map((h) => t(`agents.bookings.${h}Header`)), rows)}
<label for="message">${escapeHtml(t('agents.bookings.message'))}</label>
<p id="message-hint">${escapeHtml(t('agents.bookings.messageHint'))}</p>
<textarea id="message" name="message" rows="3" maxlength="2000" aria-describedby="message-hint"></textarea>
<p><button type="submit" name="decision" value="confirm">${escapeHtml(t('agents.bookings.confirm'))}</button>
<button type="submit" name="decision" value="refuse" class="secondary">${escapeHtml(t('agents.bookings.refuse'))}</button></p>
</form>`
      : `<p>${escapeHtml(t('agents.bookings.none'))}</p>`;
    const body = `${alertBlock(message?.error)}${statusBlock(message?.done)}${form}`;
    sendAgentHtml(res, status, agentPage(t, ctx.nonce, t('agents.bookings.title'), body, ctx.view), ctx.nonce, ctx.https);
  }

  server.get('/agents/reservations', agentRoute(deps, 'bookings', (_req, res, ctx) => listPage(res, ctx, 200)));

  server.post('/agents/reservations', agentRoute(deps, 'bookings', async (req, res, ctx) => {
    const { t, agent } = ctx;
    const decision = formField(req.body, 'decision');
    const status = Object.prototype.hasOwnProperty.call(DECISIONS, decision) ? DECISIONS[decision as keyof typeof DECISIONS] : undefined;
    const typed = formList(req.body, 'id');
    const message = formField(req.body, 'message').trim().slice(0, 2000);
    const refuse = async (reason: string, httpStatus: number, key: string) => {
      await service.agents.record(agent, 'agent.refused', 'bookings', { reason, ids: typed.slice(0, 100) });
      return listPage(res, ctx, httpStatus, { error: t(key) });
    };
    if (!status || typed.length === 0 || typed.length > 500 || typed.some((id) => !/^\d{1,9}$/.test(id))) return refuse('badForm', 400, 'agents.bookings.noneTicked');
    if (status === 'refused' && !message) return refuse('noReason', 422, 'agents.bookings.needsReason');
    const ids = [...new Set(typed.map(Number))];
    const pending = new Set((await service.reservations.listPending(agent.communeId)).map((r) => r.id));
    if (ids.some((id) => !pending.has(id))) return refuse('stale', 409, 'agents.bookings.stale');
    const done = await service.reservations.decide(ids, status, `agent:${agent.id}`, message || null);
    const missed = ids.length - done.length;
    const said = t(`agents.bookings.${status}`, { count: done.length }) + (missed ? ` ${t('agents.bookings.missed', { count: missed })}` : '');
    await listPage(res, ctx, 200, { done: said });
  }));
}
