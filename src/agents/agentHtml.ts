/**
 * The back office's page shell: plain, accessible HTML in French (lang, title, one h1, a skip link,
 * a labelled menu, visible focus, tables with captions and th scope), words from the locales,
 * every value escaped. Styles and the one script (print) carry the response's CSP nonce: no
 * inline code runs without it.
 */
import { randomBytes } from 'node:crypto';
import type restify from 'restify';
import type { Agent, AgentRight } from '../domain/agents';
import { rightsOf } from '../domain/agents';
import type { Translate } from '../i18n';
import { escapeHtml, sendHtml } from '../payment/html';

export { escapeHtml };

/** Where each right's page is, in the menu's order. */
export const RIGHT_PATHS: Record<AgentRight, string> = {
  requests: '/agents/demarches',
  bookings: '/agents/reservations',
  headcount: '/agents/effectifs',
  families: '/agents/familles',
  papers: '/agents/documents',
  invoices: '/agents/factures',
  configuration: '/agents/commune',
  team: '/agents/equipe',
};

const STYLE = `body{font-family:system-ui,sans-serif;font-size:1.0625rem;line-height:1.5;margin:0;color:#1b1b1b;background:#fff}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
header{background:#000091;color:#fff;padding:.6rem 1rem}header a,header button.link{color:#fff}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0;margin:.4rem 0}
main{max-width:70rem;margin:1rem auto;padding:0 1rem}
a{color:#000091}header a{color:#fff}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #0a76f6;outline-offset:2px}
button{font-size:1rem;padding:.5rem 1rem;margin:.3rem .5rem .3rem 0;border:2px solid #000091;border-radius:4px;background:#000091;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#000091}button.link{background:none;border:none;text-decoration:underline;padding:0;margin:0}
label{display:block;font-weight:bold;margin-top:.8rem}
input,select,textarea{font-size:1rem;padding:.4rem;border:2px solid #3a3a3a;border-radius:4px;max-width:30rem;box-sizing:border-box}
textarea{width:100%}
table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:bold;margin-bottom:.4rem}
th,td{border:1px solid #929292;padding:.35rem .6rem;text-align:left;vertical-align:top}thead th{background:#eeeef8}
.error{color:#ce0500;font-weight:bold;border-left:4px solid #ce0500;padding-left:.6rem}
.done{color:#18753c;font-weight:bold;border-left:4px solid #18753c;padding-left:.6rem}
.code{font-size:1.6rem;font-weight:bold;letter-spacing:.3rem}
.qr svg{width:14rem;height:14rem;display:block;margin:.5rem 0}
fieldset{border:1px solid #929292;margin:1rem 0;padding:.5rem 1rem}legend{font-weight:bold}
label.inline{display:inline;font-weight:normal;margin:0 1rem 0 .3rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.3rem 1rem}dt{font-weight:bold}
@media print{header,.noprint,form{display:none}body{font-size:11pt}}`;

export interface AgentView {
  agent: Agent;
  /** The commune's name, shown in the header. */
  communeName: string;
  /** The session's CSRF value, for the sign-out form. */
  csrf: string;
}

/** A back-office page: the header (commune, menu, sign-out) for a signed-in agent, then the h1 and the body (already escaped). */
export function agentPage(t: Translate, nonce: string, title: string, body: string, view?: AgentView, script = ''): string {
  const header = view
    ? `<header><p>${escapeHtml(t('agents.header', { commune: view.communeName, email: view.agent.email }))}</p>
<nav aria-label="${escapeHtml(t('agents.menu'))}"><ul>
<li><a href="/agents">${escapeHtml(t('agents.home.title'))}</a></li>
${rightsOf(view.agent).map((r) => `<li><a href="${RIGHT_PATHS[r]}">${escapeHtml(t(`agents.right.${r}`))}</a></li>`).join('\n')}
<li><a href="/agents/securite">${escapeHtml(t('agents.security.title'))}</a></li>
<li><form method="post" action="/agents/deconnexion"><input type="hidden" name="csrf" value="${view.csrf}"><button type="submit" class="link">${escapeHtml(t('agents.signOutButton'))}</button></form></li>
</ul></nav></header>`
    : '';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(t('agents.siteName'))}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<a class="skip" href="#contenu">${escapeHtml(t('agents.skip'))}</a>
${header}
<main id="contenu" tabindex="-1">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
${script ? `<script nonce="${nonce}">${script}</script>` : ''}
</body>
</html>`;
}

/** A new nonce for a response's inline style and script. */
export const newNonce = (): string => randomBytes(16).toString('base64');

/** Sends a back-office page: never cached, never framed, only its own nonce's style and script. */
export function sendAgentHtml(res: restify.Response, status: number, html: string, nonce: string, https: boolean, cookie?: string): void {
  const headers: Record<string, string> = {
    'Content-Security-Policy': `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  };
  if (https) headers['Strict-Transport-Security'] = 'max-age=31536000';
  if (cookie) headers['Set-Cookie'] = cookie;
  sendHtml(res, status, html, headers);
}

/** A paragraph saying what went wrong (alert) or what was done (status). */
export const alertBlock = (message?: string): string => (message ? `<p class="error" role="alert" id="error">${escapeHtml(message)}</p>\n` : '');
export const statusBlock = (message?: string): string => (message ? `<p class="done" role="status">${escapeHtml(message)}</p>\n` : '');

/** A table with a caption, a header row (th scope=col) and rows (cells already escaped; a first cell may be a th scope=row). */
export function htmlTable(caption: string, head: string[], rows: string[][], rowHeaders = false): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 && rowHeaders ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
