/**
 * The few pages the bot serves (payment, password, sign-in): plain, accessible HTML in French (lang, title,
 * one heading, readable without script or styles), words from the locales, every value escaped.
 */
import type restify from 'restify';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/**
 * A page: title and heading, then paragraphs (escaped) and an optional raw block (already escaped by
 * the caller); an optional footer (already escaped: the legal links, src/web/legalLinks.ts).
 */
export function page(lang: string, title: string, paragraphs: string[], raw = '', footer = ''): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
button{font-size:1.125rem;padding:.6rem 1.2rem;margin:.3rem .5rem .3rem 0;border:2px solid #000091;border-radius:4px;background:#000091;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#000091}
button:focus,a:focus{outline:3px solid #0a76f6;outline-offset:2px}
label{display:block;font-weight:bold;margin-top:1rem}
input[type=email],input[type=password]{font-size:1.125rem;padding:.5rem;width:100%;max-width:26rem;border:2px solid #3a3a3a;border-radius:4px;box-sizing:border-box}
input:focus{outline:3px solid #0a76f6;outline-offset:2px}
.hint{color:#3a3a3a;margin:.2rem 0}
.error{color:#ce0500;font-weight:bold;border-left:4px solid #ce0500;padding-left:.6rem}
.code{font-size:2rem;font-weight:bold;letter-spacing:.3rem}
a{color:#000091}
dl{display:grid;grid-template-columns:auto 1fr;gap:.3rem 1rem}dt{font-weight:bold}
h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}
footer{margin-top:3rem;padding-top:1rem;border-top:1px solid #929292;font-size:1rem}
footer ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
/* A phone: a heading that fits the screen (« démonstration » went past a 320 px screen's edge) and leaves the page's button in view; a long reference breaks rather than widening the page. */
h1{overflow-wrap:break-word}dd{overflow-wrap:anywhere}
@media (max-width:30em){body{margin:1rem auto}h1{font-size:1.6rem;line-height:1.25}}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${raw}
</main>
${footer ? `<footer>\n${footer}\n</footer>\n` : ''}</body>
</html>`;
}

/** Hidden inputs for a form's fields, in their order. */
export const hiddenFields = (fields: Array<[string, string]>): string => fields.map(([n, v]) => `<input type="hidden" name="${escapeHtml(n)}" value="${escapeHtml(v)}">`).join('\n');

/** Sends a page, never cached, never framed, never sniffed. */
export function sendHtml(res: restify.Response, status: number, html: string, extra: Record<string, string> = {}): void {
  res.sendRaw(status, html, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    ...extra,
  });
}
