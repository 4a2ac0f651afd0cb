/**
 * Signing in to the back office, and out:
 * - GET/POST /agents/mot-de-passe/:token   choose the password (the link `admin agent add` mailed);
 * - GET/POST /agents/connexion             e-mail and password: a session waiting for its code;
 * - GET/POST /agents/code                  the second factor: the agent's authenticator app's code
 *                                          when enrolled (securityPages.ts), else the code mailed;
 * - POST /agents/deconnexion               ends the session.
 * Before a session exists, forms are protected by a double-submit value (a random cookie and its
 * HMAC in the form); after, by the session's own value (src/agents/agentGuard.ts).
 */
import { randomBytes } from 'node:crypto';
import type restify from 'restify';
import { AGENT_SESSION_HOURS } from '../domain/agentAccess';
import type { AgentFactor } from '../domain/agents';
import type { PasswordProblem } from '../domain/passwords';
import { agentPage, alertBlock, escapeHtml, newNonce, sendAgentHtml } from './agentHtml';
import { agentRoute, cookieFor, cookiesOf, csrfOf, formField, redirect, SESSION_COOKIE, tokenOf, validPost, type AgentPagesDeps } from './agentGuard';

const FORM_COOKIE = 'ec_agent_form';

export function registerSignInPages(server: restify.Server, deps: AgentPagesDeps): void {
  const t = deps.texts.for('fr');
  const agents = deps.service.agents;
  const https = () => deps.baseUrl().startsWith('https://');
  const send = (res: restify.Response, status: number, nonce: string, title: string, body: string, cookie?: string) =>
    sendAgentHtml(res, status, agentPage(t, nonce, title, body), nonce, https(), cookie);

  /** A form before sign-in: a fresh random cookie, and its HMAC in the form. */
  const formGuard = () => {
    const value = randomBytes(32).toString('base64url');
    return { cookie: cookieFor(FORM_COOKIE, value, https(), 1800), field: `<input type="hidden" name="csrf" value="${csrfOf(deps.secret, value)}">` };
  };
  const formPostOk = (req: restify.Request) => {
    const value = cookiesOf(req)[FORM_COOKIE] ?? '';
    return value.length === 43 && validPost(req, deps.baseUrl(), csrfOf(deps.secret, value));
  };
  const refused = (res: restify.Response) => {
    const nonce = newNonce();
    send(res, 403, nonce, t('agents.csrf.title'), `<p>${escapeHtml(t('agents.csrf.text'))}</p>`);
  };

  // --- Choose the password ------------------------------------------------------------------
  function passwordForm(res: restify.Response, status: number, link: string, email: string, error?: string): void {
    const nonce = newNonce();
    const guard = formGuard();
    const invalid = error ? ' aria-invalid="true" aria-describedby="error rule"' : ' aria-describedby="rule"';
    const body = `${alertBlock(error)}<p>${escapeHtml(t('agents.password.intro', { email }))}</p>
<form method="post" action="/agents/mot-de-passe/${escapeHtml(link)}">
${guard.field}
<input type="email" name="username" value="${escapeHtml(email)}" autocomplete="username" hidden readonly>
<p id="rule">${escapeHtml(t('web.password.rule'))}</p>
<label for="password">${escapeHtml(t('web.password.new'))}</label>
<input id="password" name="password" type="password" autocomplete="new-password" required maxlength="128"${invalid}>
<label for="confirmation">${escapeHtml(t('web.password.confirm'))}</label>
<input id="confirmation" name="confirmation" type="password" autocomplete="new-password" required maxlength="128">
<p><button type="submit">${escapeHtml(t('web.password.submit'))}</button></p>
</form>`;
    send(res, status, nonce, t('agents.password.title'), body, guard.cookie);
  }

  const linkGone = (res: restify.Response, reason: 'invalid' | 'expired') =>
    send(res, reason === 'invalid' ? 404 : 410, newNonce(), t('agents.password.title'), `<p>${escapeHtml(t(`agents.password.${reason}`))}</p>`);

  server.get('/agents/mot-de-passe/:token', async (req, res) => {
    const link = String(req.params.token ?? '');
    const opened = await agents.openLink(link);
    if (!opened.ok) return linkGone(res, opened.reason);
    passwordForm(res, 200, link, opened.agent.email);
  });

  server.post('/agents/mot-de-passe/:token', async (req, res) => {
    const link = String(req.params.token ?? '');
    if (!formPostOk(req)) return refused(res);
    const result = await agents.setPassword(link, formField(req.body, 'password'), formField(req.body, 'confirmation'));
    if (result.ok) return send(res, 200, newNonce(), t('agents.password.doneTitle'), `<p>${escapeHtml(t('agents.password.done'))}</p><p><a href="/agents/connexion">${escapeHtml(t('agents.signIn.title'))}</a></p>`);
    if (result.reason === 'rule' || result.reason === 'mismatch') {
      const opened = await agents.openLink(link);
      const message = 'problems' in result ? result.problems.map((p: PasswordProblem) => t(`web.password.problem.${p}`)).join(' ') : t('web.password.mismatch');
      return passwordForm(res, 422, link, opened.ok ? opened.agent.email : '', message);
    }
    linkGone(res, result.reason);
  });

  // --- E-mail and password --------------------------------------------------------------------
  function signInForm(res: restify.Response, status: number, email: string, error?: string): void {
    const nonce = newNonce();
    const guard = formGuard();
    const described = error ? ' aria-invalid="true" aria-describedby="error"' : '';
    const body = `${alertBlock(error)}<p>${escapeHtml(t('agents.signIn.intro'))}</p>
<form method="post" action="/agents/connexion">
${guard.field}
<label for="email">${escapeHtml(t('web.signIn.email'))}</label>
<input id="email" name="email" type="email" autocomplete="username" required maxlength="254" value="${escapeHtml(email)}"${described}>
<label for="password">${escapeHtml(t('web.signIn.password'))}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128"${described}>
<p><button type="submit">${escapeHtml(t('web.signIn.submit'))}</button></p>
</form>`;
    send(res, status, nonce, t('agents.signIn.title'), body, guard.cookie);
  }

  server.get('/agents/connexion', async (_req, res) => signInForm(res, 200, ''));

  server.post('/agents/connexion', async (req, res) => {
    if (!formPostOk(req)) return refused(res);
    const email = formField(req.body, 'email').trim().slice(0, 254);
    const result = await agents.signIn(email, formField(req.body, 'password'));
    if (!result.ok) return signInForm(res, result.reason === 'locked' ? 429 : 401, email, t(`agents.signIn.${result.reason}`));
    res.sendRaw(303, '', { Location: '/agents/code', 'Cache-Control': 'no-store', 'Set-Cookie': cookieFor(SESSION_COOKIE, result.token, https(), AGENT_SESSION_HOURS * 3600) });
  });

  // --- The second factor: the code mailed, or the authenticator app's -------------------------
  function codeForm(res: restify.Response, status: number, token: string, factor: AgentFactor, error?: string): void {
    const nonce = newNonce();
    const described = error ? ' aria-invalid="true" aria-describedby="error hint"' : ' aria-describedby="hint"';
    const app = factor === 'totp';
    const body = `${alertBlock(error)}<form method="post" action="/agents/code">
<input type="hidden" name="csrf" value="${csrfOf(deps.secret, token)}">
<p id="hint">${escapeHtml(t(app ? 'agents.code.appIntro' : 'agents.code.intro'))}</p>
<label for="code">${escapeHtml(t(app ? 'agents.code.appLabel' : 'agents.code.label'))}</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" maxlength="7" required${described}>
<p><button type="submit">${escapeHtml(t('agents.code.submit'))}</button></p>
</form>`;
    send(res, status, nonce, t('agents.code.title'), body);
  }

  server.get('/agents/code', async (req, res) => {
    const token = tokenOf(req);
    const factor = await agents.awaitedFactor(token);
    if (!factor) return redirect(res, '/agents/connexion');
    codeForm(res, 200, token, factor);
  });

  server.post('/agents/code', async (req, res) => {
    const token = tokenOf(req);
    if (!token || !validPost(req, deps.baseUrl(), csrfOf(deps.secret, token))) return refused(res);
    const result = await agents.confirmCode(token, formField(req.body, 'code'));
    if (result.ok) return redirect(res, '/agents');
    if (result.reason === 'wrong') return codeForm(res, 401, token, (await agents.awaitedFactor(token)) ?? 'email', t('agents.code.wrong'));
    send(res, result.reason === 'locked' ? 429 : 410, newNonce(), t('agents.code.title'), `<p class="error" role="alert">${escapeHtml(t(`agents.code.${result.reason}`))}</p><p><a href="/agents/connexion">${escapeHtml(t('agents.signIn.again'))}</a></p>`);
  });

  // --- Sign out --------------------------------------------------------------------------------
  server.post('/agents/deconnexion', agentRoute(deps, null, async (req, res, ctx) => {
    await agents.signOut(tokenOf(req));
    sendAgentHtml(res, 200, agentPage(t, ctx.nonce, t('agents.signOut.title'), `<p>${escapeHtml(t('agents.signOut.done'))}</p><p><a href="/agents/connexion">${escapeHtml(t('agents.signIn.title'))}</a></p>`), ctx.nonce, ctx.https, cookieFor(SESSION_COOKIE, '', ctx.https, 0));
  }));
}
