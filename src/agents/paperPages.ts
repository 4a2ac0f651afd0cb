/**
 * The papers a family sent, in the back office (right `families`):
 * - GET /agents/familles/:id/documents/:doc          the paper, its status, the review form;
 * - GET /agents/familles/:id/documents/:doc/fichier  its file: attachment, its own type, no-store;
 * - POST /agents/familles/:id/documents/:doc         accept (an avis d'imposition with the quotient
 *   familial, set on the household) or refuse with a reason; an accepted certificate justifies the
 *   absence it was linked to (src/domain/familyFiles.ts).
 * A paper of another file or commune is « not found » (404); one reviewed meanwhile (a stale page)
 * is refused (409); a form without the reason or the quotient, 422. Each audited, nothing changed.
 */
import type restify from 'restify';
import type { StoredDocument } from '../domain/documents';
import { isDomainError } from '../domain/errors';
import { agentPage, alertBlock, escapeHtml, sendAgentHtml, statusBlock } from './agentHtml';
import { agentRoute, formField, notFound, type AgentContext, type AgentPagesDeps } from './agentGuard';
import { householdIdOf } from './familyPages';

const shortDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

export function registerPaperPages(server: restify.Server, deps: AgentPagesDeps): void {
  const { service } = deps;

  /** The paper of the path when it is one of this file's in the agent's commune. */
  async function paperOf(req: restify.Request, ctx: AgentContext): Promise<(StoredDocument & { storagePath: string }) | undefined> {
    const householdId = householdIdOf(req);
    const raw = String(req.params.doc ?? '');
    if (householdId === undefined || !/^\d{1,9}$/.test(raw)) return undefined;
    const doc = await service.families.paper(ctx.agent.communeId, Number(raw));
    return doc && doc.householdId === householdId ? doc : undefined;
  }
  const subjectOf = (req: restify.Request) => `document:${String(req.params.doc ?? '')}`;

  function paperPage(res: restify.Response, ctx: AgentContext, status: number, doc: StoredDocument, message?: { error?: string; done?: string }): void {
    const { t } = ctx;
    const base = `/agents/familles/${doc.householdId}/documents/${doc.id}`;
    const avis = doc.kind === 'avis_imposition';
    const form = doc.status === 'received'
      ? `<h2>${escapeHtml(t('agents.paper.decide'))}</h2>
<form method="post" action="${base}">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
${avis ? `<label for="qf">${escapeHtml(t('agents.paper.qf'))}</label>
<p id="qf-hint">${escapeHtml(t('agents.paper.qfHint'))}</p>
<input id="qf" name="qf" inputmode="numeric" pattern="[0-9]*" maxlength="6" aria-describedby="qf-hint">` : ''}
<label for="reason">${escapeHtml(t('agents.paper.reason'))}</label>
<p id="reason-hint">${escapeHtml(t('agents.paper.reasonHint'))}</p>
<textarea id="reason" name="reason" rows="3" maxlength="500" aria-describedby="reason-hint"></textarea>
<p><button type="submit" name="decision" value="accept">${escapeHtml(t('agents.paper.accept'))}</button>
<button type="submit" name="decision" value="refuse" class="secondary">${escapeHtml(t('agents.paper.refuse'))}</button></p>
</form>`
      : `<p>${escapeHtml(t('agents.paper.reviewed'))}</p>`;
    const body = `${alertBlock(message?.error)}${statusBlock(message?.done)}<dl>
<dt>${escapeHtml(t('agents.families.paperKind'))}</dt><dd>${escapeHtml(t(`documents.kind.${doc.kind}`))}</dd>
<dt>${escapeHtml(t('agents.families.paperDate'))}</dt><dd>${escapeHtml(shortDay.format(new Date(doc.createdAt)))}</dd>
<dt>${escapeHtml(t('agents.families.paperStatus'))}</dt><dd>${escapeHtml(t(`documents.status.${doc.status}`))}</dd>
${doc.reviewReason ? `<dt>${escapeHtml(t('agents.paper.reason'))}</dt><dd>${escapeHtml(doc.reviewReason)}</dd>` : ''}
</dl>
<p><a href="${base}/fichier">${escapeHtml(t('agents.paper.download', { name: doc.fileName, size: Math.ceil(doc.sizeBytes / 1024) }))}</a></p>
${form}
<p><a href="/agents/familles/${doc.householdId}">${escapeHtml(t('agents.paper.back'))}</a></p>`;
    sendAgentHtml(res, status, agentPage(t, ctx.nonce, t('agents.paper.title', { kind: t(`documents.kind.${doc.kind}`) }), body, ctx.view), ctx.nonce, ctx.https);
  }

  server.get('/agents/familles/:id/documents/:doc', agentRoute(deps, 'families', async (req, res, ctx) => {
    const doc = await paperOf(req, ctx);
    if (!doc) return notFound(deps, res, ctx, subjectOf(req));
    paperPage(res, ctx, 200, doc);
  }));

  server.get('/agents/familles/:id/documents/:doc/fichier', agentRoute(deps, 'families', async (req, res, ctx) => {
    const doc = await paperOf(req, ctx);
    const file = doc && (await service.families.download(`agent:${ctx.agent.id}`, ctx.agent.communeId, doc.id));
    if (!file) return notFound(deps, res, ctx, subjectOf(req));
    // The name is safe already (letters, digits, spaces, dots, dashes): quoted, and UTF-8 for accents.
    const ascii = file.doc.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '_');
    res.sendRaw(200, Buffer.from(file.bytes), {
      'Content-Type': file.doc.mimeType,
      'Content-Length': String(file.bytes.length),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.doc.fileName)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Referrer-Policy': 'no-referrer',
    });
  }));

  server.post('/agents/familles/:id/documents/:doc', agentRoute(deps, 'families', async (req, res, ctx) => {
    const { t, agent } = ctx;
    const doc = await paperOf(req, ctx);
    if (!doc) return notFound(deps, res, ctx, subjectOf(req));
    const decision = formField(req.body, 'decision');
    const reason = formField(req.body, 'reason').trim().slice(0, 500);
    const qfText = formField(req.body, 'qf').replace(/\s/g, '');
    const refuse = async (reason_: string, status: number, key: string, now: StoredDocument = doc) => {
      await service.agents.record(agent, 'agent.refused', `document:${doc.id}`, { reason: reason_, decision });
      paperPage(res, ctx, status, now, { error: t(key, { status: t(`documents.status.${now.status}`) }) });
    };
    if (decision !== 'accept' && decision !== 'refuse') return refuse('badForm', 400, 'agents.paper.badForm');
    if (qfText && !/^\d{1,6}$/.test(qfText)) return refuse('badQf', 422, 'agents.paper.needsQf');
    try {
      await service.families.review(`agent:${agent.id}`, agent.communeId, doc.id,
        decision === 'accept' ? { status: 'accepted', ...(qfText ? { quotientFamilial: Number(qfText) } : {}) } : { status: 'rejected', reason });
    } catch (e) {
      if (!isDomainError(e) || !['document.stale', 'document.badReview'].includes(e.code)) throw e;
      if (e.code === 'document.stale') return refuse('stale', 409, 'agents.paper.stale', (await service.families.paper(agent.communeId, doc.id)) ?? doc);
      return refuse(decision === 'refuse' ? 'noReason' : 'noQf', 422, decision === 'refuse' ? 'agents.paper.needsReason' : 'agents.paper.needsQf');
    }
    const updated = (await service.families.paper(agent.communeId, doc.id)) ?? doc;
    paperPage(res, ctx, 200, updated, { done: t(decision === 'accept' ? 'agents.paper.accepted' : 'agents.paper.refused') });
  }));
}
