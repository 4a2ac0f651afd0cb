/**
 * The agent's own « Sécurité » page (any signed-in agent): the authenticator app as second factor.
 * - GET /agents/securite                 enrolled: since when, and the form to remove it (password);
 *                                        else a new secret as a QR code (inline SVG, from `uqr`) and
 *                                        as text in groups of 4, and the form for a first code;
 * - POST /agents/securite/activer        the code the app shows: right, the secret is stored (sealed);
 * - POST /agents/securite/retirer        the password again: the app is removed, the code is mailed.
 * The secret is never shown again once enrolled (src/domain/agentSecurity.ts).
 */
import type restify from 'restify';
import { renderSVG } from 'uqr';
import type { TotpEnrolment } from '../domain/agentSecurity';
import { dateFormat } from '../domain/formats';
import { agentPage, alertBlock, escapeHtml, sendAgentHtml, statusBlock } from './agentHtml';
import { agentRoute, formField, redirect, type AgentContext, type AgentPagesDeps } from './agentGuard';

const day = dateFormat('fr', { timeZone: 'Europe/Paris', dateStyle: 'long' });

export function registerSecurityPages(server: restify.Server, deps: AgentPagesDeps): void {
  const security = deps.service.agentSecurity;
  const issuer = (ctx: AgentContext) => ctx.t('agents.security.issuer', { commune: ctx.view.communeName });

  function enrolForm(ctx: AgentContext, enrolment: TotpEnrolment, error?: string): string {
    const { t } = ctx;
    // The QR code is an image for sight; the same secret follows as text to type.
    const qr = renderSVG(enrolment.uri, { border: 2 }).replace('<svg ', `<svg role="img" aria-labelledby="qr-text" focusable="false" `);
    const described = error ? ' aria-invalid="true" aria-describedby="error code-hint"' : ' aria-describedby="code-hint"';
    return `${alertBlock(error)}<p>${escapeHtml(t('agents.security.intro'))}</p>
<h2>${escapeHtml(t('agents.security.step1'))}</h2>
<div class="qr">${qr}</div>
<p id="qr-text">${escapeHtml(t('agents.security.qrText', { issuer: issuer(ctx), account: ctx.agent.email }))}</p>
<p>${escapeHtml(t('agents.security.typeKey'))}</p>
<p class="code" lang="en">${escapeHtml(enrolment.grouped)}</p>
<h2>${escapeHtml(t('agents.security.step2'))}</h2>
<form method="post" action="/agents/securite/activer">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
<input type="hidden" name="pending" value="${escapeHtml(enrolment.pending)}">
<label for="code">${escapeHtml(t('agents.code.appLabel'))}</label>
<p id="code-hint">${escapeHtml(t('agents.security.codeHint'))}</p>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" maxlength="7" required${described}>
<p><button type="submit">${escapeHtml(t('agents.security.enrol'))}</button></p>
</form>`;
  }

  function removeForm(ctx: AgentContext, error?: string): string {
    const { t } = ctx;
    const described = error ? ' aria-invalid="true" aria-describedby="error"' : '';
    return `${alertBlock(error)}<p>${escapeHtml(t('agents.security.enrolled', { date: day.format(new Date(ctx.agent.totpEnrolledAt ?? '')) }))}</p>
<h2>${escapeHtml(t('agents.security.removeTitle'))}</h2>
<p>${escapeHtml(t('agents.security.removeIntro'))}</p>
<form method="post" action="/agents/securite/retirer">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
<input type="email" name="username" value="${escapeHtml(ctx.agent.email)}" autocomplete="username" hidden readonly>
<label for="password">${escapeHtml(t('web.signIn.password'))}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128"${described}>
<p><button type="submit" class="secondary">${escapeHtml(t('agents.security.remove'))}</button></p>
</form>`;
  }

  const send = (res: restify.Response, ctx: AgentContext, status: number, body: string) =>
    sendAgentHtml(res, status, agentPage(ctx.t, ctx.nonce, ctx.t('agents.security.title'), body, ctx.view), ctx.nonce, ctx.https);

  server.get('/agents/securite', agentRoute(deps, null, async (_req, res, ctx) => {
    send(res, ctx, 200, ctx.agent.totpEnrolledAt ? removeForm(ctx) : enrolForm(ctx, security.startEnrolment(ctx.agent, issuer(ctx))));
  }));

  server.post('/agents/securite/activer', agentRoute(deps, null, async (req, res, ctx) => {
    const { t } = ctx;
    const pending = formField(req.body, 'pending').slice(0, 1000);
    const result = await security.confirmEnrolment(ctx.agent, pending, formField(req.body, 'code'));
    if (result === 'already') return redirect(res, '/agents/securite');
    if (result === 'enrolled') return send(res, ctx, 200, `${statusBlock(t('agents.security.done'))}<p><a href="/agents">${escapeHtml(t('agents.home.title'))}</a></p>`);
    if (result === 'wrong') {
      const again = security.pendingEnrolment(ctx.agent, issuer(ctx), pending);
      if (again) return send(res, ctx, 422, enrolForm(ctx, again, t('agents.code.wrong')));
    }
    if (result === 'locked') return send(res, ctx, 429, `${alertBlock(t('agents.security.locked'))}`);
    // Expired (or not this agent's): a new secret, to scan again.
    send(res, ctx, 410, enrolForm(ctx, security.startEnrolment(ctx.agent, issuer(ctx)), t('agents.security.expired')));
  }));

  server.post('/agents/securite/retirer', agentRoute(deps, null, async (req, res, ctx) => {
    const { t } = ctx;
    const result = await security.remove(ctx.agent, formField(req.body, 'password'));
    if (result === 'none') return redirect(res, '/agents/securite');
    if (result === 'removed') return send(res, ctx, 200, `${statusBlock(t('agents.security.removed'))}<p><a href="/agents/securite">${escapeHtml(t('agents.security.enrolAgain'))}</a></p>`);
    if (result === 'locked') return send(res, ctx, 429, alertBlock(t('agents.signIn.locked')));
    send(res, ctx, 401, removeForm(ctx, t('agents.security.wrongPassword')));
  }));
}
