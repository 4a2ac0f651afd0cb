/**
 * Démarches in the back office (right `requests`: état civil, administration):
 * - GET /agents/demarches               the commune's requests waiting (submitted, in progress);
 * - GET /agents/demarches/:reference    one request: answers, papers, the decision form;
 * - POST /agents/demarches/:reference   take, complete (with a message) or refuse (with a reason).
 * Decisions go through the same domain call as `admin take-request`…, under `agent:<id>`, with the
 * status the page showed: a decision already taken meanwhile is refused (409), nothing changed.
 * A request of another commune is « not found » (404), audited.
 */
import type restify from 'restify';
import { isDomainError } from '../domain/errors';
import type { RequestStatus } from '../domain/types';
import type { RequestDetail } from '../domain/requestService';
import { answerRows } from './requestAnswers';
import { agentPage, alertBlock, escapeHtml, htmlTable, sendAgentHtml, statusBlock } from './agentHtml';
import { agentRoute, formField, notFound, type AgentContext, type AgentPagesDeps } from './agentGuard';

const DECISIONS = { take: 'in_progress', complete: 'completed', refuse: 'refused' } as const;
const STATUSES: readonly RequestStatus[] = ['submitted', 'in_progress', 'completed', 'refused'];
const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

export function registerRequestPages(server: restify.Server, deps: AgentPagesDeps): void {
  const { service } = deps;

  server.get('/agents/demarches', agentRoute(deps, 'requests', async (_req, res, ctx) => {
    const { t } = ctx;
    const pending = await service.requests.pending(ctx.agent.communeId);
    const rows = pending.map((r) => [
      `<a href="/agents/demarches/${encodeURIComponent(r.reference)}">${escapeHtml(r.reference)}</a>`,
      escapeHtml(t(`request.kind.${r.kind}`)),
      escapeHtml(t(`request.status.${r.status}`)),
      escapeHtml(day.format(new Date(r.createdAt))),
      escapeHtml(r.requesterEmail),
    ]);
    const body = pending.length
      ? htmlTable(t('agents.requests.caption', { count: pending.length }), ['reference', 'kind', 'status', 'date', 'email'].map((h) => t(`agents.requests.${h}`)), rows, true)
      : `<p>${escapeHtml(t('agents.requests.none'))}</p>`;
    sendAgentHtml(res, 200, agentPage(t, ctx.nonce, t('agents.requests.title'), body, ctx.view), ctx.nonce, ctx.https);
  }));

  function detailPage(res: restify.Response, ctx: AgentContext, status: number, request: RequestDetail, message?: { error?: string; done?: string }): void {
    const { t } = ctx;
    const answers = answerRows(t, request.kind, request.data)
      .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
      .join('\n');
    const papers = request.papers.length
      ? htmlTable(t('agents.request.papers'), ['kind', 'file', 'size'].map((h) => t(`agents.request.paper.${h}`)), request.papers.map((p) => [escapeHtml(p.kind), escapeHtml(p.fileName), `${Math.ceil(p.sizeBytes / 1024)} Ko`]))
      : `<p>${escapeHtml(t('agents.request.noPapers'))}</p>`;
    const open = request.status === 'submitted' || request.status === 'in_progress';
    const form = open
      ? `<h2>${escapeHtml(t('agents.request.decide'))}</h2>
<form method="post" action="/agents/demarches/${encodeURIComponent(request.reference)}">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
<input type="hidden" name="seen" value="${request.status}">
<label for="message">${escapeHtml(t('agents.request.message'))}</label>
<p id="message-hint">${escapeHtml(t('agents.request.messageHint'))}</p>
<textarea id="message" name="message" rows="4" maxlength="2000" aria-describedby="message-hint"></textarea>
<p>${request.status === 'submitted' ? `<button type="submit" name="decision" value="take" class="secondary">${escapeHtml(t('agents.request.take'))}</button>` : ''}
<button type="submit" name="decision" value="complete">${escapeHtml(t('agents.request.complete'))}</button>
<button type="submit" name="decision" value="refuse" class="secondary">${escapeHtml(t('agents.request.refuse'))}</button></p>
</form>`
      : `<p>${escapeHtml(t('agents.request.closed'))}</p>`;
    const body = `${alertBlock(message?.error)}${statusBlock(message?.done)}<dl>
<dt>${escapeHtml(t('agents.requests.kind'))}</dt><dd>${escapeHtml(t(`request.kind.${request.kind}`))}</dd>
<dt>${escapeHtml(t('agents.requests.status'))}</dt><dd>${escapeHtml(t(`request.status.${request.status}`))}</dd>
<dt>${escapeHtml(t('agents.requests.date'))}</dt><dd>${escapeHtml(day.format(new Date(request.createdAt)))}</dd>
<dt>${escapeHtml(t('agents.requests.email'))}</dt><dd>${escapeHtml(request.requesterEmail || '—')}</dd>
${request.message ? `<dt>${escapeHtml(t('agents.request.lastMessage'))}</dt><dd>${escapeHtml(request.message)}</dd>` : ''}
</dl>
<h2>${escapeHtml(t('agents.request.answers'))}</h2>
<dl>${answers}</dl>
<h2>${escapeHtml(t('agents.request.papers'))}</h2>
${papers}
${form}
<p><a href="/agents/demarches">${escapeHtml(t('agents.requests.back'))}</a></p>`;
    sendAgentHtml(res, status, agentPage(t, ctx.nonce, t('agents.request.title', { reference: request.reference }), body, ctx.view), ctx.nonce, ctx.https);
  }

  server.get('/agents/demarches/:reference', agentRoute(deps, 'requests', async (req, res, ctx) => {
    const reference = String(req.params.reference ?? '');
    const request = await service.requests.detail(reference, ctx.agent.communeId);
    if (!request) return notFound(deps, res, ctx, reference);
    detailPage(res, ctx, 200, request);
  }));

  server.post('/agents/demarches/:reference', agentRoute(deps, 'requests', async (req, res, ctx) => {
    const { t, agent } = ctx;
    const reference = String(req.params.reference ?? '');
    const request = await service.requests.detail(reference, agent.communeId);
    if (!request) return notFound(deps, res, ctx, reference);
    const decision = formField(req.body, 'decision');
    const seen = formField(req.body, 'seen');
    const message = formField(req.body, 'message').trim().slice(0, 2000);
    const status = Object.prototype.hasOwnProperty.call(DECISIONS, decision) ? DECISIONS[decision as keyof typeof DECISIONS] : undefined;
    if (!status || !(STATUSES as readonly string[]).includes(seen)) {
      await service.agents.record(agent, 'agent.refused', request.reference, { reason: 'badForm' });
      return detailPage(res, ctx, 400, request, { error: t('agents.request.badForm') });
    }
    try {
      await service.requests.decide(request.reference, status, message || null, { actor: `agent:${agent.id}`, communeId: agent.communeId, seen: seen as RequestStatus });
    } catch (e) {
      if (!isDomainError(e) || !['request.stale', 'request.closed', 'request.refusalNeedsMessage'].includes(e.code)) throw e;
      const stale = e.code !== 'request.refusalNeedsMessage';
      await service.agents.record(agent, 'agent.refused', request.reference, { reason: stale ? 'stale' : 'noReason', decision });
      const now = (await service.requests.detail(reference, agent.communeId)) ?? request;
      return detailPage(res, ctx, stale ? 409 : 422, now, { error: t(stale ? 'agents.request.stale' : 'agents.request.needsReason', { status: t(`request.status.${now.status}`) }) });
    }
    // Told in the resident's conversation now when it can be; the request-notices job catches the rest.
    const told = deps.teller ? (await service.requests.tellDecisions(deps.teller)).told : 0;
    const updated = (await service.requests.detail(reference, agent.communeId)) ?? request;
    detailPage(res, ctx, 200, updated, { done: t('agents.request.done', { status: t(`request.status.${status}`) }) + (told ? ` ${t('agents.request.told')}` : '') });
  }));
}
