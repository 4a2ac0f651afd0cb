/**
 * The commune's agents (right `team`: administration):
 * - GET /agents/equipe          the commune's agents (e-mail, roles, last sign-in, state) and the form to add one;
 * - POST /agents/equipe         adds an agent: the same one-time link mailed as `admin agent add`;
 * - GET /agents/equipe/:id      one agent: roles, disable or enable, a new password link;
 * - POST /agents/equipe/:id     `action` roles | disable | enable | link, with what the page showed
 *                               (`seen`): changed meanwhile, refused as stale (409).
 * An agent of another commune is « not found » (404); the commune's last administrator cannot
 * disable themselves or drop their role (409). Every refusal is audited, nothing changed
 * (src/domain/agentTeam.ts).
 */
import type restify from 'restify';
import { AGENT_ROLES, agentState, agentVersion, parseRoles, type Agent } from '../domain/agents';
import type { TeamRefusal } from '../domain/agentTeam';
import { isDomainError } from '../domain/errors';
import { agentPage, alertBlock, escapeHtml, htmlTable, sendAgentHtml, statusBlock } from './agentHtml';
import { agentRoute, formField, formList, notFound, type AgentContext, type AgentPagesDeps } from './agentGuard';

const when = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
type Message = { error?: string; done?: string };

export function registerTeamPages(server: restify.Server, deps: AgentPagesDeps): void {
  const team = deps.service.agentTeam;
  const by = (ctx: AgentContext) => ({ kind: 'agent' as const, agent: ctx.agent });

  const rolesOf = (ctx: AgentContext, agent: Pick<Agent, 'roles'>) => agent.roles.map((r) => ctx.t(`agents.role.${r}`)).join(', ');

  function roleBoxes(ctx: AgentContext, checked: readonly string[], legend: string): string {
    const boxes = AGENT_ROLES.map((r) => `<input type="checkbox" name="role" value="${r}" id="role-${r}"${checked.includes(r) ? ' checked' : ''}><label for="role-${r}" class="inline">${escapeHtml(ctx.t(`agents.role.${r}`))}</label>`).join('\n');
    return `<fieldset><legend>${escapeHtml(legend)}</legend>\n${boxes}\n</fieldset>`;
  }

  async function listPage(res: restify.Response, ctx: AgentContext, status: number, message: Message = {}, typed = ''): Promise<void> {
    const { t } = ctx;
    const agents = await team.list(ctx.agent.communeId);
    const rows = agents.map((a) => [
      `<a href="/agents/equipe/${a.id}">${escapeHtml(a.email)}</a>`,
      escapeHtml(rolesOf(ctx, a)),
      escapeHtml(a.lastLoginAt ? when.format(new Date(a.lastLoginAt)) : t('agents.team.never')),
      escapeHtml(t(`agents.team.state.${agentState(a)}`)),
      escapeHtml(t(a.totpEnrolledAt ? 'agents.team.factor.totp' : 'agents.team.factor.email')),
    ]);
    const invalid = message.error ? ' aria-invalid="true" aria-describedby="error"' : '';
    const body = `${alertBlock(message.error)}${statusBlock(message.done)}${htmlTable(t('agents.team.caption', { count: agents.length }), ['email', 'roles', 'lastLogin', 'state', 'factor'].map((h) => t(`agents.team.column.${h}`)), rows, true)}
<h2>${escapeHtml(t('agents.team.addTitle'))}</h2>
<form method="post" action="/agents/equipe">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
<label for="email">${escapeHtml(t('web.signIn.email'))}</label>
<input id="email" name="email" type="email" autocomplete="off" required maxlength="254" value="${escapeHtml(typed)}"${invalid}>
${roleBoxes(ctx, [], t('agents.team.column.roles'))}
<p>${escapeHtml(t('agents.team.addHint'))}</p>
<p><button type="submit">${escapeHtml(t('agents.team.add'))}</button></p>
</form>`;
    sendAgentHtml(res, status, agentPage(t, ctx.nonce, t('agents.team.title'), body, ctx.view), ctx.nonce, ctx.https);
  }

  function detailPage(res: restify.Response, ctx: AgentContext, status: number, agent: Agent, message: Message = {}): void {
    const { t } = ctx;
    const seen = `<input type="hidden" name="csrf" value="${ctx.view.csrf}">\n<input type="hidden" name="seen" value="${escapeHtml(agentVersion(agent))}">`;
    const action = `/agents/equipe/${agent.id}`;
    const state = agentState(agent);
    const body = `${alertBlock(message.error)}${statusBlock(message.done)}<dl>
<dt>${escapeHtml(t('agents.team.column.roles'))}</dt><dd>${escapeHtml(rolesOf(ctx, agent))}</dd>
<dt>${escapeHtml(t('agents.team.column.state'))}</dt><dd>${escapeHtml(t(`agents.team.state.${state}`))}</dd>
<dt>${escapeHtml(t('agents.team.column.lastLogin'))}</dt><dd>${escapeHtml(agent.lastLoginAt ? when.format(new Date(agent.lastLoginAt)) : t('agents.team.never'))}</dd>
<dt>${escapeHtml(t('agents.team.column.factor'))}</dt><dd>${escapeHtml(t(agent.totpEnrolledAt ? 'agents.team.factor.totp' : 'agents.team.factor.email'))}</dd>
</dl>
<h2>${escapeHtml(t('agents.team.rolesTitle'))}</h2>
<form method="post" action="${action}">
${seen}
${roleBoxes(ctx, agent.roles, t('agents.team.column.roles'))}
<p><button type="submit" name="action" value="roles">${escapeHtml(t('agents.team.saveRoles'))}</button></p>
</form>
<h2>${escapeHtml(t('agents.team.accessTitle'))}</h2>
<form method="post" action="${action}">
${seen}
<p>${state === 'disabled'
    ? `<button type="submit" name="action" value="enable">${escapeHtml(t('agents.team.enable'))}</button>`
    : `<button type="submit" name="action" value="disable" class="secondary">${escapeHtml(t('agents.team.disable'))}</button>
<button type="submit" name="action" value="link" class="secondary">${escapeHtml(t('agents.team.link'))}</button>`}</p>
</form>
<p><a href="/agents/equipe">${escapeHtml(t('agents.team.back'))}</a></p>`;
    sendAgentHtml(res, status, agentPage(t, ctx.nonce, t('agents.team.agentTitle', { email: agent.email }), body, ctx.view), ctx.nonce, ctx.https);
  }

  server.get('/agents/equipe', agentRoute(deps, 'team', (_req, res, ctx) => listPage(res, ctx, 200)));

  server.post('/agents/equipe', agentRoute(deps, 'team', async (req, res, ctx) => {
    const { t, agent } = ctx;
    const email = formField(req.body, 'email').trim().slice(0, 254);
    const roles = parseRoles(formList(req.body, 'role').join(','));
    const refuse = async (reason: string, status: number, key: string, params: Record<string, string> = {}) => {
      await deps.service.agents.record(agent, 'agent.refused', 'agents', { reason, action: 'add' });
      return listPage(res, ctx, status, { error: t(key, params) }, email);
    };
    if (!roles) return refuse('badForm', 422, 'agents.team.noRole');
    try {
      await team.add(agent.communeId, email, roles, deps.baseUrl(), by(ctx));
    } catch (e) {
      if (!isDomainError(e) || !['agent.badEmail', 'agent.exists'].includes(e.code)) throw e;
      return e.code === 'agent.exists' ? refuse('exists', 409, 'errors.agent.exists', { email }) : refuse('badForm', 422, 'errors.agent.badEmail', { email });
    }
    await listPage(res, ctx, 200, { done: t('agents.team.added', { email }) });
  }));

  /** The agent of the path in this agent's commune, or the 404 (audited). */
  async function target(req: restify.Request, res: restify.Response, ctx: AgentContext): Promise<Agent | undefined> {
    const id = String(req.params.id ?? '');
    const found = /^\d{1,9}$/.test(id) ? await team.find(Number(id), by(ctx)) : undefined;
    if (found?.ok) return found.agent;
    await notFound(deps, res, ctx, `agent:${id.slice(0, 20)}`);
    return undefined;
  }

  server.get('/agents/equipe/:id', agentRoute(deps, 'team', async (req, res, ctx) => {
    const agent = await target(req, res, ctx);
    if (agent) detailPage(res, ctx, 200, agent);
  }));

  const REFUSALS: Record<TeamRefusal, number> = { notFound: 404, forbidden: 403, stale: 409, lastAdmin: 409, disabled: 409, unchanged: 200 };

  server.post('/agents/equipe/:id', agentRoute(deps, 'team', async (req, res, ctx) => {
    const { t } = ctx;
    const agent = await target(req, res, ctx);
    if (!agent) return;
    const action = formField(req.body, 'action');
    const seen = formField(req.body, 'seen');
    const subject = `agent:${agent.id}`;
    const roles = action === 'roles' ? parseRoles(formList(req.body, 'role').join(',')) : undefined;
    if (!['roles', 'disable', 'enable', 'link'].includes(action) || !seen || (action === 'roles' && !roles)) {
      await deps.service.agents.record(ctx.agent, 'agent.refused', subject, { reason: 'badForm', action: action.slice(0, 20) });
      return detailPage(res, ctx, 422, agent, { error: t(action === 'roles' ? 'agents.team.noRole' : 'agents.team.badForm') });
    }
    // A new link is not a change of the agent, but it is still refused from a stale page (disabled meanwhile).
    const result =
      action === 'roles' ? await team.setRoles(agent.id, roles ?? [], by(ctx), seen)
      : action === 'disable' ? await team.disable(agent.id, by(ctx), seen)
      : action === 'enable' ? await team.enable(agent.id, by(ctx), seen)
      : agentVersion(agent) !== seen ? ({ ok: false, reason: 'stale' } as const)
      : await team.sendLink(agent.id, deps.baseUrl(), by(ctx));
    if (result.ok) return detailPage(res, ctx, 200, action === 'link' ? agent : result.agent, { done: t(`agents.team.done.${action}`, { email: agent.email }) });
    if (result.reason === 'notFound') return notFound(deps, res, ctx, subject);
    if (result.reason !== 'unchanged') await deps.service.agents.record(ctx.agent, 'agent.refused', subject, { reason: result.reason, action });
    const now = (await team.find(agent.id, by(ctx)));
    detailPage(res, ctx, REFUSALS[result.reason], now.ok ? now.agent : agent, result.reason === 'unchanged' ? { done: t('agents.team.unchanged') } : { error: t(`agents.team.refused.${result.reason}`) });
  }));
}
