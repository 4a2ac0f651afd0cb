/**
 * The city site's chat: GET / serves a page with Web Chat (its browser bundle served by the bot
 * itself, no CDN) in the commune's colour, talking to the bot's own Direct Line, or to Azure's when
 * DIRECT_LINE_SECRET is set. `?commune=<id>` picks the commune; /embed.js puts the page in an
 * iframe on the commune's site (allowed by CHAT_EMBED_ORIGINS). The page's words come from the
 * locales, its colour and style sheet from chatPageLook.ts; a strict Content-Security-Policy with one
 * nonce per page covers scripts and styles.
 * The page names its scripts by their content (/webchat/webchat.<hash>.js, /webchat/chat.<hash>.js,
 * and chat.js's parts beside it: chatLook, chatRepairs, chatFiles, chatSending): sent compressed (brotli or gzip,
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
import { accentOf, pageStyle } from './chatPageLook';

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

/** Adaptive Cards write empty style="" attributes: this hash allows those, and nothing else inline. */
const EMPTY_STYLE = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/** JSON inside a <script> element: nothing can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

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
${pageStyle(accent)}
</style>
</head>
<body>
<a class="skip" href="#webchat">${escapeHtml(t('webchat.skip'))}</a>
<header>
<h1>${escapeHtml(title)}</h1>
<button type="button" id="menu" class="menu" aria-expanded="false" aria-controls="tools legal">${escapeHtml(t('webchat.menu'))}</button>
<p>${escapeHtml(t('webchat.intro'))}</p>
<div class="tools" id="tools">
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
<footer class="legal" id="legal">${legalLinks(t, commune)}</footer>
<script type="application/json" id="chat-config">${scriptJson({ ...config, accent })}</script>
<script nonce="${nonce}">${scripts.start}</script>
<script nonce="${nonce}" src="${scripts.bundle}"></script>
${scripts.page.map((src) => `<script nonce="${nonce}" src="${src}"></script>`).join('\n')}
</body>
</html>`;
}

const JS = 'application/javascript; charset=utf-8';
/** The page's own scripts (public/), in the order they run, after Web Chat's: chat.js last, its parts before it. */
export const PAGE_SCRIPTS = ['chatLook', 'chatRepairs', 'chatFiles', 'chatSending', 'chat'] as const;
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
        // A typed message that did not leave: why, and where its text is (public/chatSending.js).
        notSent: { busy: t('webchat.notSent.busy'), kept: t('webchat.notSent.kept'), retry: t('webchat.notSent.retry') },
        // The header once the bot serves another commune (public/chat.js).
        title: t('webchat.title', { commune: '{{commune}}' }),
      },
      maxFileBytes: MAX_DOCUMENT_BYTES,
    };
    // worker-src blob:: Web Chat makes a photo's thumbnail in a worker started from a blob: URL.
    res.sendRaw(200, pageHtml(t, commune, nonce, config, { bundle: hashed('webchat'), page: PAGE_SCRIPTS.map(hashed), start }), {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}' 'unsafe-hashes' '${EMPTY_STYLE}'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; worker-src blob:; connect-src ${connect}; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`,
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
