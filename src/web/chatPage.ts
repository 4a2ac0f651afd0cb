/**
 * The city site's chat: GET / serves a page with Web Chat (its browser bundle served by the bot
 * itself, no CDN) in the commune's colour, talking to the bot's own Direct Line, or to Azure's when
 * DIRECT_LINE_SECRET is set. `?commune=<id>` picks the commune; /embed.js puts the page in an
 * iframe on the commune's site (allowed by CHAT_EMBED_ORIGINS). The page's words come from the
 * locales; a strict Content-Security-Policy with one nonce per page covers scripts and styles.
 * The page names its scripts by their content (/webchat/webchat.<hash>.js, /webchat/chat.<hash>.js,
 * and chat.js's parts beside it: chatLook, chatRepairs, chatFiles): sent compressed (brotli or gzip,
 * as the browser accepts) and cached for a year. They are asked for at once, side by side with Web
 * Chat's script, which is far the longest: its parts come in long before it. The fixed names
 * (/webchat/webchat.js, /webchat/chat.js…, /embed.js) are still served, compressed, cached briefly.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import { uploadTexts } from '../directline/uploadReasons';
import { MAX_DOCUMENT_BYTES } from '../domain/documents';
import type { Commune } from '../domain/types';
import type { Texts, Translate } from '../i18n';
import type { Logger } from '../logger';
import { escapeHtml } from '../payment/html';
import { IMMUTABLE, sendAsset } from './assetResponse';
import { loadAsset, type CompressedAsset } from './compressedAsset';
import { queryParam } from './query';
import { legalLinks } from './legalLinks';

export interface ChatPageDeps {
  texts: Texts;
  logger: Logger;
  findCommune(id: string): Promise<Commune | undefined>;
  defaultCommune?: string;
  bundleFile: string;
  /** Folder of the page's own script (public/). */
  publicDir: string;
  embedOrigins: readonly string[];
  /** Azure's Direct Line domain when it is used instead of the bot's own. */
  azureDomain?: string;
}

/** The default colour: the État's blue, 9:1 against white. */
export const DEFAULT_ACCENT = '#000091';
const HEX = /^#[0-9a-fA-F]{6}$/;
/** Adaptive Cards write empty style="" attributes: this hash allows those, and nothing else inline. */
const EMPTY_STYLE = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/** JSON inside a <script> element: nothing can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** WCAG 2.1 contrast ratio of a #rrggbb colour against white (1 to 21). */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/**
 * The page's colour: the commune's when white text on it (and it on white) reads at 4.5:1 at least
 * (WCAG AA), the default otherwise.
 */
export function accentOf(commune: Commune | undefined): string {
  const color = commune?.accentColor;
  return color && HEX.test(color) && contrastWithWhite(color) >= 4.5 ? color : DEFAULT_ACCENT;
}

function pageHtml(t: Translate, commune: Commune | undefined, nonce: string, config: Record<string, unknown>, scripts: { bundle: string; page: readonly string[]; start: string }): string {
  const accent = accentOf(commune);
  const title = commune ? t('webchat.title', { commune: commune.name }) : t('webchat.titleNoCommune');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">
:root{--accent:${accent};--focus:#1b1b1b}
html,body{height:100%;margin:0}
body{height:100dvh;font-family:system-ui,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#f6f6f6;display:flex;flex-direction:column}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:var(--accent);padding:.5rem 1rem;z-index:10}
.skip:focus{left:1rem;top:1rem}
header{flex:none;background:var(--accent);color:#fff;padding:.75em 1em}
header h1{font-size:1.35em;margin:0}
header p{margin:.25em 0 0}
.tools{margin-top:.5em}
.tools button{font:inherit;font-size:1em;padding:.4em .9em;border:2px solid #fff;border-radius:4px;background:#fff;color:#1b1b1b;cursor:pointer;margin:.25em .5em .25em 0}
.tools button[aria-pressed="true"]{background:#1b1b1b;color:#fff}
.tools .narrow{display:none}
button:focus-visible,a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
main{flex:1;display:flex;flex-direction:column;min-height:0;max-width:56rem;width:100%;margin:0 auto;background:#fff}
#webchat{flex:1;min-height:0}
@media (min-height:40em) and (min-width:40em){main,#webchat{min-height:24rem}}
#status{flex:none;margin:0;padding:0 1rem}
#status:empty{display:none}
/* The bot's welcome as text while Web Chat loads (public/chatStart.js), where its first message will be. */
.early{flex:none;margin:.75rem 1rem;padding:.5rem .75rem;max-width:36rem;border:1px solid #e0e0e0;border-radius:.5rem;background:#fff;color:#1b1b1b;white-space:pre-line}
.early p{margin:0 0 .5rem}.early p:last-child{margin:0}
.early[hidden]{display:none}
#status.problem{color:#b00000;font-weight:bold;padding:.75rem 1rem;border-left:4px solid #b00000}
/* Phones (and short windows, and the page in a frame): the header is one compact bar, the intro is left to screen readers. */
@media (max-width:40em),(max-height:40em){
header{display:flex;flex-wrap:wrap;align-items:center;gap:0 .5em;padding:.25em .75em}
header h1{flex:1 1 12em;font-size:1em;line-height:1.3;padding:.2em 0}
header p{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.tools{margin:0;display:flex;flex-wrap:wrap;gap:0 .5em}
.tools button{margin:.2em 0;padding:.15em .5em;font-size:.875em;line-height:1.3;min-height:2.25em;white-space:nowrap}
.tools .wide{display:none}
.tools .narrow{display:inline}
}
/* Web Chat paints a card's main button #0078D7, 4.49:1 against white (AA asks 4.5): the commune's colour instead. */
#webchat .ac-pushButton.style-positive{background-color:var(--accent);border-color:var(--accent);color:#fff}
#webchat .ac-pushButton.style-positive:hover,#webchat .ac-pushButton.style-positive:active{background-color:#1b1b1b;border-color:#1b1b1b}
#webchat .ac-pushButton.style-destructive{background-color:#b00000;border-color:#b00000;color:#fff}
/*
 * The focus of card controls: a dark ring 2px outside the control, on the card's white (17:1), never
 * clipped: the renderer wraps an action set in a box with overflow:hidden and no room around the
 * buttons, so that box lets them overflow and the set keeps room for the ring.
 */
#webchat .ac-adaptiveCard :focus-visible{outline:3px solid var(--focus);outline-offset:2px;box-shadow:none}
#webchat .ac-adaptiveCard div:has(> .ac-actionSet){overflow:visible!important}
#webchat .ac-actionSet{padding:5px}
#webchat .ac-adaptiveCard input[type="checkbox"]{width:1.25em;height:1.25em}
/* A button's whole label, on two lines if need be, rather than cut with « … » (reflow at 320 px): the card's buttons (their label's box has the renderer's inline style) and the suggested answers. */
#webchat .ac-pushButton,#webchat .ac-pushButton>div{white-space:normal!important;overflow:visible!important;text-overflow:clip!important}
#webchat .webchat__suggested-action{white-space:normal;height:auto;min-height:40px;padding-top:.25em;padding-bottom:.25em}
#webchat .webchat__suggested-action__text{white-space:normal;overflow:visible;text-overflow:clip}
/* A day of the calendar card is a row tall enough for a finger on a phone, its label (which ticks the box) filling it. */
@media (max-width:40em){#webchat .ac-toggleInput{min-height:2.75rem;align-items:stretch!important}#webchat .ac-toggleInput>input{align-self:center}#webchat .ac-toggleInput>label{display:flex!important;align-items:center;flex:1 1 auto}}
/* A fact's title (« Montant », « Émise le ») breaks between words only, never inside one (« Monta-nt » at 320 px). */
#webchat .ac-fact-title *{overflow-wrap:normal!important;word-break:normal!important}
/* The name and size of a file the resident sent, in white on the bubble's colour (Web Chat paints them in the accent, on the accent). */
#webchat .webchat__bubble--from-user .webchat__fileContent__fileName,#webchat .webchat__bubble--from-user .webchat__fileContent__size{color:#fff}
body.large #webchat{zoom:1.3}
/* The send box's field may shrink (its default width would push the send button out at 320 px in large text). */
#webchat .webchat__send-box__main>*,#webchat .webchat__send-box-text-box__input{min-width:0}
body.large header,body.large #status{font-size:1.3rem}
body.large #webchat .ac-pushButton.style-positive{background-color:#000;border-color:#000}
body.large{background:#fff}
body.large header{background:#000}
/* Legal links (src/web/legalLinks.ts) */
footer.legal{flex:none;padding:.5rem 1rem;font-size:.95rem}footer.legal ul{list-style:none;margin:0 auto;padding:0;max-width:56rem;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}footer.legal a{color:#1b1b1b}
/* On a phone the links take one or two short lines, so that the conversation keeps its room (large text leaves them as they are). */
@media (max-width:40em),(max-height:40em){footer.legal{padding:0 .5rem;font-size:.75rem;line-height:1.3}footer.legal ul{gap:0 .6rem}}
</style>
</head>
<body>
<a class="skip" href="#webchat">${escapeHtml(t('webchat.skip'))}</a>
<header>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t('webchat.intro'))}</p>
<div class="tools">
<button type="button" id="large" aria-pressed="false"><span class="wide">${escapeHtml(t('webchat.large'))}</span><span class="narrow">${escapeHtml(t('webchat.largeShort'))}</span></button>
<button type="button" id="restart">${escapeHtml(t('webchat.restart'))}</button>
</div>
</header>
<main>
<p id="status" role="status" aria-live="polite">${escapeHtml(t('webchat.connecting'))}</p>
<div id="early" class="early" aria-hidden="true" hidden></div>
<div id="webchat" role="region" aria-label="${escapeHtml(t('webchat.region'))}" tabindex="-1"></div>
<noscript><p>${escapeHtml(t('webchat.noscript'))}</p></noscript>
</main>
<footer class="legal">${legalLinks(t, commune)}</footer>
<script type="application/json" id="chat-config">${scriptJson({ ...config, accent })}</script>
<script nonce="${nonce}">${scripts.start}</script>
<script nonce="${nonce}" src="${scripts.bundle}"></script>
${scripts.page.map((src) => `<script nonce="${nonce}" src="${src}"></script>`).join('\n')}
</body>
</html>`;
}

const JS = 'application/javascript; charset=utf-8';
/** The page's own scripts (public/), in the order they run, after Web Chat's: chat.js last, its parts before it. */
export const PAGE_SCRIPTS = ['chatLook', 'chatRepairs', 'chatFiles', 'chat'] as const;
type ScriptName = 'webchat' | (typeof PAGE_SCRIPTS)[number];

/** The page's scripts by their name in /webchat/: read again when their file changes. */
function scriptsOf(deps: ChatPageDeps): Record<ScriptName, () => CompressedAsset | undefined> {
  const own = Object.fromEntries(PAGE_SCRIPTS.map((name) => [name, () => loadAsset(path.join(deps.publicDir, `${name}.js`), JS)]));
  return { webchat: () => loadAsset(deps.bundleFile, JS), ...own } as Record<ScriptName, () => CompressedAsset | undefined>;
}

export function registerChatPage(server: restify.Server, deps: ChatPageDeps): void {
  const t = deps.texts.for('fr');
  const ancestors = ["'self'", ...deps.embedOrigins].join(' ');
  if (!fs.existsSync(deps.bundleFile)) deps.logger.warn('webchat.bundleMissing', { file: deps.bundleFile, fix: 'npm run webchat:fetch' });
  const scripts = scriptsOf(deps);
  // Inlined in the page (its header comment left out): it runs before Web Chat's script is even downloaded.
  const start = fs.readFileSync(path.join(deps.publicDir, 'chatStart.js'), 'utf8').replace(/^\/\*[\s\S]*?\*\/\s*/, '');
  const hashed = (name: ScriptName) => {
    const asset = scripts[name]();
    return `/webchat/${asset ? asset.hashedName(`${name}.js`) : `${name}.js`}`;
  };

  server.get('/', async (req, res) => {
    const asked = queryParam(req, 'commune');
    const commune = (asked ? await deps.findCommune(asked) : undefined) ?? (deps.defaultCommune ? await deps.findCommune(deps.defaultCommune) : undefined);
    if (commune?.accentColor && accentOf(commune) !== commune.accentColor) deps.logger.warn('webchat.accentRefused', { commune: commune.id, color: commune.accentColor, fix: 'a colour with 4.5:1 contrast against white' });
    const nonce = randomBytes(16).toString('base64');
    // blob: the attach button's files are read from the page's own blob URLs before they are sent.
    const connect = deps.azureDomain ? `'self' ${new URL(deps.azureDomain).origin} ${new URL(deps.azureDomain).origin.replace(/^http/, 'ws')} blob:` : "'self' blob:";
    const config = {
      commune: commune?.id ?? null,
      locale: 'fr-FR',
      tokenUrl: '/api/webchat/token',
      domain: deps.azureDomain ?? null,
      nonce,
      texts: {
        unavailable: t('webchat.unavailable'),
        busy: t('webchat.busy'),
        missing: t('webchat.missing'),
        placeholder: t('webchat.placeholder'),
        large: t('webchat.large'),
        // A file sent with the paper clip that is not sent, or not taken (public/chatFiles.js).
        upload: uploadTexts(t),
        // The header once the bot serves another commune (public/chat.js).
        title: t('webchat.title', { commune: '{{commune}}' }),
      },
      maxFileBytes: MAX_DOCUMENT_BYTES,
    };
    res.sendRaw(200, pageHtml(t, commune, nonce, config, { bundle: hashed('webchat'), page: PAGE_SCRIPTS.map(hashed), start }), {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}' 'unsafe-hashes' '${EMPTY_STYLE}'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; connect-src ${connect}; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`,
    });
  });

  // webchat.js, chat.js… (fixed names, cached briefly) and webchat.<hash>.js, chat.<hash>.js… (for a year).
  server.get('/webchat/:file', async (req, res) => {
    const match = /^([a-zA-Z]+)(?:\.([0-9a-f]{12}))?\.js$/.exec(String(req.params.file ?? ''));
    const name = match && Object.hasOwn(scripts, match[1] as string) ? (match[1] as ScriptName) : undefined;
    const asset = name ? scripts[name]() : undefined;
    if (!match || !name) {
      res.sendRaw(404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    if (!asset) {
      res.sendRaw(404, `/* ${t('webchat.missing')} */`, { 'Content-Type': JS });
      return;
    }
    const hash = match[2];
    if (hash && hash !== asset.hash) {
      // A page from before the last update: the script as it is now.
      res.sendRaw(302, '', { Location: `/webchat/${asset.hashedName(`${name}.js`)}`, 'Cache-Control': 'no-store' });
      return;
    }
    await sendAsset(req, res, asset, hash ? IMMUTABLE : `public, max-age=${name === 'webchat' ? 86_400 : 300}`);
  });

  const embed = loadAsset(path.join(deps.publicDir, 'embed.js'), JS, (text) => text.replace("'__FRAME_TITLE__'", scriptJson(t('webchat.frameTitle'))));
  server.get('/embed.js', async (req, res) => {
    if (embed) await sendAsset(req, res, embed, 'public, max-age=300');
    else res.sendRaw(404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8' });
  });
}
