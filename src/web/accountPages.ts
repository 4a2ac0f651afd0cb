/**
 * The account pages the bot serves, so that no password is ever typed in a conversation:
 * - GET/POST /compte/mot-de-passe/:token   choose a password (after « Créer mon espace » or a reset link);
 * - GET/POST /connexion/:token             sign in with e-mail and password; shows the code to type in the conversation;
 * - GET/POST /compte/mot-de-passe-oublie   ask for a reset link (same answer whether or not the e-mail has an account).
 *
 * Forms are protected against cross-site requests by a double-submit token: the page sets a
 * random value in a SameSite=Strict, HttpOnly cookie and in a hidden field, and a post is
 * accepted only when both match (and, when the browser sends Origin, when it is the bot's own).
 * With an https PUBLIC_URL the cookie is Secure and pages send Strict-Transport-Security.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import type restify from 'restify';
import type { MunicipalService } from '../domain/municipalService';
import type { Commune } from '../domain/types';
import type { LinkState } from '../domain/passwordAccess';
import type { PasswordProblem } from '../domain/passwords';
import type { Texts, Translate } from '../i18n';
import type { Logger } from '../logger';
import { sweepLinks } from './sweepLinks';
import { escapeHtml, page as htmlPage, sendHtml } from '../payment/html';
import { legalLinks } from './legalLinks';
import { isEmail } from '../domain/accounts';
import { queryParam } from './query';

export interface AccountPagesDeps {
  service: MunicipalService;
  texts: Texts;
  logger: Logger;
  /** The bot's public base URL (no trailing slash). */
  baseUrl(): string;
}

const COOKIE = 'ec_csrf';
const LINK_STATUS: Record<LinkState, number> = { invalid: 404, expired: 410, used: 410 };

/** The request's cookies; a cookie of the site that cannot be decoded is ignored, never an error. */
function cookies(req: restify.Request): Record<string, string | undefined> {
  return parseCookies(req.header('cookie') ?? '');
}

const field = (body: unknown, name: string): string => {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' ? v : '';
};

export function registerAccountPages(server: restify.Server, deps: AccountPagesDeps): void {
  const t: Translate = deps.texts.for('fr');
  const { passwords } = deps.service;
  const https = () => deps.baseUrl().startsWith('https://');
  /** A page with the legal links at its foot (for the commune, when the page knows it). */
  const page = (lang: string, title: string, paragraphs: string[], raw = '', commune?: Commune) => htmlPage(lang, title, paragraphs, raw, legalLinks(t, commune));

  /** Headers of every account page; a new CSRF value when the page holds a form. */
  function headers(csrf?: string): Record<string, string> {
    const h: Record<string, string> = {
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    };
    if (https()) h['Strict-Transport-Security'] = 'max-age=31536000';
    if (csrf) h['Set-Cookie'] = `${COOKIE}=${csrf}; Path=/; HttpOnly; SameSite=Strict; Max-Age=1800${https() ? '; Secure' : ''}`;
    return h;
  }

  /** Whether a post carries the page's CSRF value in both the cookie and the form, from the bot's own origin. */
  function sameSite(req: restify.Request): boolean {
    const origin = req.header('origin');
    if (origin && origin !== 'null' && origin !== new URL(deps.baseUrl()).origin) return false;
    const fromCookie = Buffer.from(cookies(req)[COOKIE] ?? '');
    const fromForm = Buffer.from(field(req.body, 'csrf'));
    return fromCookie.length === 43 && fromCookie.length === fromForm.length && timingSafeEqual(fromCookie, fromForm);
  }

  const closed = (res: restify.Response, reason: LinkState, titleKey: string) =>
    sendHtml(res, LINK_STATUS[reason], page('fr', t(titleKey), [t(`web.link.${reason}`)]), headers());

  const refusedPost = (res: restify.Response) => sendHtml(res, 403, page('fr', t('web.csrf.title'), [t('web.csrf.text')]), headers());

  const errorBlock = (message?: string) => (message ? `<p class="error" role="alert" id="error">${escapeHtml(message)}</p>\n` : '');
  const csrfField = (csrf: string) => `<input type="hidden" name="csrf" value="${csrf}">`;

  // --- Choose a password ---------------------------------------------------------------
  function passwordForm(res: restify.Response, status: number, token: string, email: string, commune: Commune | undefined, error?: string): void {
    const csrf = randomBytes(32).toString('base64url');
    const invalid = error ? ' aria-invalid="true" aria-describedby="error rule"' : ' aria-describedby="rule"';
    const form = `${errorBlock(error)}<form method="post" action="/compte/mot-de-passe/${escapeHtml(token)}">
${csrfField(csrf)}
<input type="email" name="username" value="${escapeHtml(email)}" autocomplete="username" hidden readonly>
<p class="hint" id="rule">${escapeHtml(t('web.password.rule'))}</p>
<label for="password">${escapeHtml(t('web.password.new'))}</label>
<input id="password" name="password" type="password" autocomplete="new-password" required maxlength="128"${invalid}>
<label for="confirmation">${escapeHtml(t('web.password.confirm'))}</label>
<input id="confirmation" name="confirmation" type="password" autocomplete="new-password" required maxlength="128">
<p><button type="submit">${escapeHtml(t('web.password.submit'))}</button></p>
</form>`;
    sendHtml(res, status, page('fr', t('web.password.title'), [t('web.password.intro', { email })], form, commune), headers(csrf));
  }

  server.get('/compte/mot-de-passe/:token', async (req, res) => {
    const token = String(req.params.token ?? '');
    const opened = await passwords.open(token, 'set_password');
    if (!opened.ok) return closed(res, opened.reason, 'web.password.title');
    passwordForm(res, 200, token, opened.account?.email ?? '', opened.commune);
  });

  server.post('/compte/mot-de-passe/:token', async (req, res) => {
    const token = String(req.params.token ?? '');
    if (!sameSite(req)) return refusedPost(res);
    const result = await passwords.setPassword(token, field(req.body, 'password'), field(req.body, 'confirmation'));
    if (result.ok) {
      deps.logger.info('password.set', { account: result.account.id });
      await sweepLinks(deps);
      sendHtml(res, 200, page('fr', t('web.password.doneTitle'), [t('web.password.done'), t('web.backToChat')]), headers());
      return;
    }
    if (result.reason === 'rule' || result.reason === 'mismatch') {
      const opened = await passwords.open(token, 'set_password');
      const message = 'problems' in result ? result.problems.map((p: PasswordProblem) => t(`web.password.problem.${p}`)).join(' ') : t('web.password.mismatch');
      passwordForm(res, 422, token, opened.ok ? (opened.account?.email ?? '') : '', opened.ok ? opened.commune : undefined, message);
      return;
    }
    closed(res, result.reason, 'web.password.title');
  });

  // --- Sign in with a password -----------------------------------------------------------
  function signInForm(res: restify.Response, status: number, token: string, commune: Commune, email: string, error?: string): void {
    const csrf = randomBytes(32).toString('base64url');
    const described = error ? ' aria-invalid="true" aria-describedby="error"' : '';
    const form = `${errorBlock(error)}<form method="post" action="/connexion/${escapeHtml(token)}">
${csrfField(csrf)}
<label for="email">${escapeHtml(t('web.signIn.email'))}</label>
<input id="email" name="email" type="email" autocomplete="username" required maxlength="254" value="${escapeHtml(email)}"${described}>
<label for="password">${escapeHtml(t('web.signIn.password'))}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128"${described}>
<p><button type="submit">${escapeHtml(t('web.signIn.submit'))}</button></p>
</form>
<p><a href="/compte/mot-de-passe-oublie?commune=${encodeURIComponent(commune.id)}">${escapeHtml(t('web.signIn.forgot'))}</a></p>`;
    sendHtml(res, status, page('fr', t('web.signIn.title'), [t('web.signIn.intro')], form, commune), headers(csrf));
  }

  server.get('/connexion/:token', async (req, res) => {
    const token = String(req.params.token ?? '');
    const opened = await passwords.open(token, 'web_sign_in');
    if (!opened.ok) return closed(res, opened.reason, 'web.signIn.title');
    signInForm(res, 200, token, opened.commune, '');
  });

  server.post('/connexion/:token', async (req, res) => {
    const token = String(req.params.token ?? '');
    if (!sameSite(req)) return refusedPost(res);
    const email = field(req.body, 'email').slice(0, 254);
    const result = await passwords.checkPagePassword(token, email, field(req.body, 'password'));
    if (result.ok) {
      await sweepLinks(deps);
      const code = `${result.code.slice(0, 3)} ${result.code.slice(3)}`;
      const raw = `<p>${escapeHtml(t('web.signIn.codeIs'))}</p>\n<p class="code" aria-label="${escapeHtml(result.code.split('').join(' '))}">${code}</p>`;
      sendHtml(res, 200, page('fr', t('web.signIn.codeTitle'), [], `${raw}\n<p>${escapeHtml(t('web.signIn.typeIt', { minutes: result.minutes }))}</p>`), headers());
      return;
    }
    if (result.reason === 'wrong' || result.reason === 'locked') {
      const opened = await passwords.open(token, 'web_sign_in');
      if (!opened.ok) return closed(res, opened.reason, 'web.signIn.title');
      signInForm(res, result.reason === 'locked' ? 429 : 401, token, opened.commune, email, t(`web.signIn.${result.reason}`));
      return;
    }
    closed(res, result.reason, 'web.signIn.title');
  });

  // --- Forgotten password ----------------------------------------------------------------
  function forgotForm(res: restify.Response, status: number, commune: Commune, email: string, error?: string): void {
    const csrf = randomBytes(32).toString('base64url');
    const form = `${errorBlock(error)}<form method="post" action="/compte/mot-de-passe-oublie">
${csrfField(csrf)}
<input type="hidden" name="commune" value="${escapeHtml(commune.id)}">
<label for="email">${escapeHtml(t('web.signIn.email'))}</label>
<input id="email" name="email" type="email" autocomplete="username" required maxlength="254" value="${escapeHtml(email)}"${error ? ' aria-invalid="true" aria-describedby="error"' : ''}>
<p><button type="submit">${escapeHtml(t('web.forgot.submit'))}</button></p>
</form>`;
    sendHtml(res, status, page('fr', t('web.forgot.title'), [t('web.forgot.intro')], form, commune), headers(csrf));
  }

  server.get('/compte/mot-de-passe-oublie', async (req, res) => {
    const communeId = queryParam(req, 'commune') ?? '';
    const commune = await deps.service.findCommune(communeId);
    if (!commune) return sendHtml(res, 404, page('fr', t('web.forgot.title'), [t('web.forgot.noCommune')]), headers());
    forgotForm(res, 200, commune, '');
  });

  server.post('/compte/mot-de-passe-oublie', async (req, res) => {
    if (!sameSite(req)) return refusedPost(res);
    const commune = await deps.service.findCommune(field(req.body, 'commune'));
    if (!commune) return sendHtml(res, 404, page('fr', t('web.forgot.title'), [t('web.forgot.noCommune')]), headers());
    const email = field(req.body, 'email').trim().slice(0, 254);
    if (!isEmail(email)) return forgotForm(res, 422, commune, email, t('web.forgot.badEmail'));
    await passwords.forgotPassword(commune, email, 'fr', deps.baseUrl());
    sendHtml(res, 200, page('fr', t('web.forgot.sentTitle'), [t('web.forgot.sent', { minutes: 15 }), t('web.backToChat')], '', commune), headers());
  });
}
