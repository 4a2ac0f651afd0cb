/**
 * The papers waiting for a review, for the whole commune (right `papers`: périscolaire, régie,
 * administration): GET /agents/documents lists the papers residents sent that are still
 * « received », oldest first, each with its family and a link to its page in the family file
 * (paperPages.ts), where it is accepted or refused. Without it an agent could only find a paper by
 * searching the family that sent it.
 */
import type restify from 'restify';
import { DOCUMENT_KINDS } from '../domain/documents';
import { agentPage, escapeHtml, htmlTable, sendAgentHtml } from './agentHtml';
import { agentRoute, type AgentPagesDeps } from './agentGuard';

/** A kind the locales word, else « Autre document ». */
const kindKey = (kind: string): string => `documents.kind.${(DOCUMENT_KINDS as readonly string[]).includes(kind) ? kind : 'autre'}`;
const received = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

export function registerPaperListPage(server: restify.Server, deps: AgentPagesDeps): void {
  server.get('/agents/documents', agentRoute(deps, 'papers', async (_req, res, ctx) => {
    const { t } = ctx;
    const papers = await deps.service.families.papersToReview(ctx.agent.communeId);
    const rows = papers.map((p) => [
      `<a href="/agents/familles/${p.householdId}/documents/${p.id}">${escapeHtml(t(kindKey(p.kind)))}</a>`,
      escapeHtml(received.format(new Date(p.createdAt))),
      `<a href="/agents/familles/${p.householdId}">${escapeHtml(`${p.fileNumber} (${p.familyName})`)}</a>`,
      escapeHtml(p.fileName),
    ]);
    const body = papers.length
      ? htmlTable(t('agents.papers.caption', { count: papers.length }), ['kind', 'date', 'family', 'file'].map((h) => t(`agents.papers.${h}`)), rows, true)
      : `<p>${escapeHtml(t('agents.papers.none'))}</p>`;
    sendAgentHtml(res, 200, agentPage(t, ctx.nonce, t('agents.papers.title'), body, ctx.view), ctx.nonce, ctx.https);
  }));
}
