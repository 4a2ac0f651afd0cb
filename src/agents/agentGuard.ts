/**
 * What every back-office request goes through, as the residents' account pages do
 * (src/web/accountPages.ts): the session cookie (HttpOnly, SameSite=Strict, Path=/agents, Secure
 * with an https PUBLIC_URL) read with the `cookie` package; a post accepted only with the
 * session's CSRF value (an HMAC of the session token under the bot's secret, so nothing more is
 * stored) and, when the browser sends Origin, from the bot's own origin; the agent's role checked
 * against the page's right. A refused post or role is answered 403 and written to the audit log
 * with the agent; nothing else happens.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import type restify from 'restify';
import { agentCan, type Agent, type AgentRight } from '../domain/agents';
import type { MunicipalService } from '../domain/municipalService';
import type { DecisionTeller } from '../domain/requestService';
import type { Texts, Translate } from '../i18n';
import type { Logger } from '../logger';
import { agentPage, escapeHtml, newNonce, sendAgentHtml, type AgentView } from './agentHtml';

export interface AgentPagesDeps {
  service: MunicipalService;
  texts: Texts;
  logger: Logger;
  /** The bot's public base URL (no trailing slash). */
  baseUrl(): string;
  /** The bot's secret: the CSRF values are HMACs under it. */
  secret: string;
  /** Tells a decision in the resident's conversation at once (else the request-notices job does). */
  teller?: DecisionTeller;
}

export const SESSION_COOKIE = 'ec_agent';

export interface AgentContext {
  agent: Agent;
  view: AgentView;
  nonce: string;
  t: Translate;
  https: boolean;
}

/** The request's cookies; one that cannot be decoded is ignored. */
export const cookiesOf = (req: restify.Request): Record<string, string | undefined> => parseCookies(req.header('cookie') ?? '');

export const tokenOf = (req: restify.Request): string => cookiesOf(req)[SESSION_COOKIE] ?? '';

/** A posted form's text field ('' when absent or not text). */
export function formField(body: unknown, name: string): string {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' ? v : '';
}

/** A posted form's repeated field (ticked boxes): its text values. */
export function formList(body: unknown, name: string): string[] {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
}

/** The CSRF value of a session (or of a sign-in form's cookie): 43 characters. */
export const csrfOf = (secret: string, token: string): string => createHmac('sha256', secret).update(`agent-csrf:${token}`).digest('base64url');

/** Whether a post comes from the bot's own origin (when said) with the expected CSRF value. */
export function validPost(req: restify.Request, baseUrl: string, expected: string): boolean {
  const origin = req.header('origin');
  if (origin && origin !== 'null' && origin !== new URL(baseUrl).origin) return false;
  const given = Buffer.from(formField(req.body, 'csrf'));
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export const cookieFor = (name: string, value: string, https: boolean, maxAgeSeconds: number): string =>
  `${name}=${value}; Path=/agents; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${https ? '; Secure' : ''}`;

export const redirect = (res: restify.Response, to: string): void => void res.sendRaw(303, '', { Location: to, 'Cache-Control': 'no-store' });

type Handler = (req: restify.Request, res: restify.Response, ctx: AgentContext) => Promise<void>;

/**
 * A back-office route for signed-in agents with this right (null: any signed-in agent). Without a
 * session: to the sign-in page. A post without the session's CSRF value, or a role without the
 * right: 403, audited.
 */
export function agentRoute(deps: AgentPagesDeps, right: AgentRight | null, handler: Handler): restify.RequestHandler {
  const t = deps.texts.for('fr');
  return async (req, res) => {
    const https = deps.baseUrl().startsWith('https://');
    const nonce = newNonce();
    const token = tokenOf(req);
    const current = token ? await deps.service.agents.current(token) : undefined;
    if (!current) {
      if (req.method === 'GET') return redirect(res, '/agents/connexion');
      return sendAgentHtml(res, 401, agentPage(t, nonce, t('agents.expired.title'), `<p>${escapeHtml(t('agents.expired.text'))}</p><p><a href="/agents/connexion">${escapeHtml(t('agents.signIn.title'))}</a></p>`), nonce, https);
    }
    const { agent } = current;
    const commune = await deps.service.findCommune(agent.communeId);
    const csrf = csrfOf(deps.secret, token);
    const view: AgentView = { agent, communeName: commune?.name ?? agent.communeId, csrf };
    const path = (req.url ?? '').split('?')[0] ?? '';
    const refuse = async (reason: 'csrf' | 'role', titleKey: string, textKey: string) => {
      await deps.service.agents.record(agent, 'agent.refused', path, { reason, method: req.method, ...(right ? { right } : {}) });
      sendAgentHtml(res, 403, agentPage(t, nonce, t(titleKey), `<p>${escapeHtml(t(textKey))}</p>`, view), nonce, https);
    };
    if (req.method === 'POST' && !validPost(req, deps.baseUrl(), csrf)) return refuse('csrf', 'agents.csrf.title', 'agents.csrf.text');
    if (right && !agentCan(agent, right)) return refuse('role', 'agents.forbidden.title', 'agents.forbidden.text');
    try {
      await handler(req, res, { agent, view, nonce, t, https });
    } catch (e) {
      deps.logger.error('agents.page.error', { path, error: e instanceof Error ? e.message : String(e) });
      if (!res.headersSent) sendAgentHtml(res, 500, agentPage(t, nonce, t('agents.error.title'), `<p>${escapeHtml(t('agents.error.text'))}</p>`, view), nonce, https);
    }
  };
}

/** A 404 page for something that is not (or not in this agent's commune), audited as a refusal when it was asked for. */
export async function notFound(deps: AgentPagesDeps, res: restify.Response, ctx: AgentContext, subject: string): Promise<void> {
  await deps.service.agents.record(ctx.agent, 'agent.refused', subject, { reason: 'notFound' });
  sendAgentHtml(res, 404, agentPage(ctx.t, ctx.nonce, ctx.t('agents.notFound.title'), `<p>${escapeHtml(ctx.t('agents.notFound.text'))}</p>`, ctx.view), ctx.nonce, ctx.https);
}
