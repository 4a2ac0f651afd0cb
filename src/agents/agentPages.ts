/**
 * The back office for the commune's agents, in the browser at /agents (in French): sign-in with a
 * password and an e-mailed code (signInPages.ts), démarches (requestPages.ts), bookings waiting
 * (bookingPages.ts), the kitchens' head-count (headcountPages.ts), family files and their papers
 * (familyPages.ts, paperPages.ts, and the papers waiting for a review: paperListPage.ts), invoices
 * and payments (invoicePages.ts, paymentPages.ts), the agent's authenticator app (securityPages.ts),
 * the commune's agents for administrators (teamPages.ts), and here the home page (what
 * the agent's roles open) and the commune's configuration, read-only. Every page: no-store, a CSP
 * with a nonce, never framed; every post: CSRF-checked; every action and refusal: audited under
 * `agent:<id>` (src/agents/agentGuard.ts).
 */
import type restify from 'restify';
import { rightsOf, type AgentRight } from '../domain/agents';
import { agentPage, escapeHtml, htmlTable, RIGHT_PATHS, sendAgentHtml } from './agentHtml';
import { agentRoute, type AgentPagesDeps } from './agentGuard';
import { registerBookingPages } from './bookingPages';
import { registerFamilyPages } from './familyPages';
import { registerHeadcountPages } from './headcountPages';
import { registerPaperListPage } from './paperListPage';
import { registerInvoicePages } from './invoicePages';
import { registerPaperPages } from './paperPages';
import { registerPaymentPages } from './paymentPages';
import { registerRequestPages } from './requestPages';
import { registerSecurityPages } from './securityPages';
import { registerSignInPages } from './signInPages';
import { registerTeamPages } from './teamPages';

export type { AgentPagesDeps } from './agentGuard';

export function registerAgentPages(server: restify.Server, deps: AgentPagesDeps): void {
  registerSignInPages(server, deps);

  /** What waits for the agent behind a menu entry, when that entry is a queue. */
  const waiting: Partial<Record<AgentRight, (communeId: string) => Promise<unknown[]>>> = {
    requests: (c) => deps.service.requests.pending(c),
    bookings: (c) => deps.service.reservations.listPending(c),
    papers: (c) => deps.service.families.papersToReview(c),
  };

  server.get('/agents', agentRoute(deps, null, async (_req, res, ctx) => {
    const { t, agent } = ctx;
    const rights = rightsOf(agent);
    const counts = await Promise.all(rights.map(async (r) => (await waiting[r]?.(agent.communeId))?.length));
    const links = rights.map((r, i) => `<li><a href="${RIGHT_PATHS[r]}">${escapeHtml(t(`agents.right.${r}`))}</a>${counts[i] === undefined ? '' : ` : ${escapeHtml(t('agents.home.waiting', { count: counts[i] }))}`}</li>`).join('\n');
    const body = `<p>${escapeHtml(t('agents.home.roles', { roles: agent.roles.map((r) => t(`agents.role.${r}`)).join(', ') }))}</p>
<ul>${links}</ul>`;
    sendAgentHtml(res, 200, agentPage(t, ctx.nonce, t('agents.home.title'), body, ctx.view), ctx.nonce, ctx.https);
  }));

  server.get('/agents/commune', agentRoute(deps, 'configuration', async (_req, res, ctx) => {
    const { t, agent } = ctx;
    const commune = await deps.service.getCommune(agent.communeId);
    const activities = await deps.service.listActivities(commune.id);
    const facts = `<dl>
<dt>${escapeHtml(t('agents.commune.name'))}</dt><dd>${escapeHtml(commune.name)}</dd>
<dt>${escapeHtml(t('agents.commune.portal'))}</dt><dd>${escapeHtml(commune.portalName)}</dd>
<dt>${escapeHtml(t('agents.commune.familyKey'))}</dt><dd>${escapeHtml(commune.familyKeyName)}</dd>
<dt>${escapeHtml(t('agents.commune.zone'))}</dt><dd>${escapeHtml(commune.schoolZone)}</dd>
</dl>`;
    const services = htmlTable(t('agents.commune.services'), ['service', 'phone', 'email'].map((h) => t(`agents.commune.${h}`)),
      commune.services.map((s) => [escapeHtml(s.name), escapeHtml(s.phone ?? '—'), escapeHtml(s.email ?? '—')]), true);
    const acts = htmlTable(t('agents.commune.activities'), ['activity', 'code'].map((h) => t(`agents.commune.${h}`)), activities.map((a) => [escapeHtml(a.label), escapeHtml(a.code)]), true);
    const closed = commune.services.flatMap((s) => (s.closures ?? []).map((c) => [escapeHtml(s.name), escapeHtml(c.from), escapeHtml(c.to), escapeHtml(c.label)]));
    const closures = closed.length
      ? htmlTable(t('agents.commune.closures'), ['service', 'from', 'to', 'label'].map((h) => t(`agents.commune.${h}`)), closed, true)
      : `<p>${escapeHtml(t('agents.commune.noClosures'))}</p>`;
    const merchant = `<p>${escapeHtml(commune.paybox ? t('agents.commune.paybox', { site: commune.paybox.site, rang: commune.paybox.rang, identifiant: commune.paybox.identifiant }) : t('agents.commune.payboxGlobal'))}</p>`;
    const body = `<p>${escapeHtml(t('agents.commune.readOnly'))}</p>${facts}${services}${closures}${merchant}${acts}`;
    sendAgentHtml(res, 200, agentPage(t, ctx.nonce, t('agents.commune.title', { commune: commune.name }), body, ctx.view), ctx.nonce, ctx.https);
  }));

  registerRequestPages(server, deps);
  registerBookingPages(server, deps);
  registerHeadcountPages(server, deps);
  registerFamilyPages(server, deps);
  registerPaperPages(server, deps);
  registerPaperListPage(server, deps);
  registerSecurityPages(server, deps);
  registerTeamPages(server, deps);
  registerInvoicePages(server, deps);
  registerPaymentPages(server, deps);
}
