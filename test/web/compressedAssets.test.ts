/**
 * The chat page's scripts over HTTP: named by their content, sent in brotli or gzip as the
 * browser accepts (the body, decompressed, is the file itself), as is without Accept-Encoding,
 * with `Vary: Accept-Encoding`, a year's immutable caching for hashed names, ETag and 304; the
 * fixed names still served, briefly cached; compressed copies written at install used only when
 * they are the file's.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import restify from 'restify';
import { Texts } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { acceptedEncodings } from '../../src/web/assetResponse';
import { PAGE_SCRIPTS, registerChatPage } from '../../src/web/chatPage';
import { CompressedAsset, loadAsset } from '../../src/web/compressedAsset';

const ROOT = path.resolve(__dirname, '../..');
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Some JavaScript that compresses as code does (repeated words, varying numbers). */
const someScript = (lines: number, seed = 1) => Buffer.from(Array.from({ length: lines }, (_, i) => `window.f${i}=function(a){return a*${(i * 7919 + seed) % 10007}+"${(i * seed).toString(36)}";};`).join('\n'));

let dir: string;
let server: restify.Server;
let base: string;

async function startWith(bundle: Buffer | undefined): Promise<void> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-assets-'));
  fs.mkdirSync(path.join(dir, 'public'));
  for (const f of [...PAGE_SCRIPTS.map((name) => `${name}.js`), 'chatStart.js', 'embed.js']) fs.copyFileSync(path.join(ROOT, 'public', f), path.join(dir, 'public', f));
  if (bundle) fs.writeFileSync(path.join(dir, 'webchat.js'), bundle);
  server = restify.createServer();
  registerChatPage(server, {
    texts: Texts.create(path.join(ROOT, 'locales')),
    logger: createLogger('silent'),
    findCommune: async () => undefined,
    bundleFile: path.join(dir, 'webchat.js'),
    publicDir: path.join(dir, 'public'),
    embedOrigins: [],
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A GET with these headers, the body as sent (not decompressed). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(`${base}${url}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const decode = (encoding: string | undefined, body: Buffer) => (encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body);
const hashOf = (b: Buffer) => createHash('sha256').update(b).digest('hex').slice(0, 12);
const scriptsOf = (html: string) => [...html.matchAll(/<script nonce="[^"]+" src="([^"]+)"><\/script>/g)].map((m) => m[1] as string);

describe('the scripts of the chat page', () => {
  const bundle = someScript(3000);

  it('are named by their content in the page: Web Chat\'s, then chat.js\'s parts, then chat.js', async () => {
    await startWith(bundle);
    const own = (name: string) => `/webchat/${name}.${hashOf(fs.readFileSync(path.join(ROOT, 'public', `${name}.js`)))}.js`;
    const html = (await get('/')).body.toString();
    expect(scriptsOf(html)).toEqual([`/webchat/webchat.${hashOf(bundle)}.js`, own('chatLook'), own('chatRepairs'), own('chatFiles'), own('chatSending'), own('chat')]);
  });

  it('start the conversation before Web Chat\'s script: the early start is inlined first, with the page\'s nonce', async () => {
    await startWith(bundle);
    const res = await get('/');
    const html = res.body.toString();
    const nonce = /script-src 'nonce-([^']+)'/.exec(String(res.headers['content-security-policy']))?.[1];
    const inline = html.indexOf(`<script nonce="${nonce}">`);
    expect(nonce).toBeTruthy();
    expect(inline).toBeGreaterThan(html.indexOf('id="chat-config"'));
    expect(inline).toBeLessThan(html.indexOf(`<script nonce="${nonce}" src="/webchat/webchat.`));
    expect(html.slice(inline)).toMatch(/^<script nonce="[^"]+">\(function \(\) \{[\s\S]*window\.chatStarted = started;[\s\S]*?\}\)\(\);\n<\/script>/);
  });

  it('are sent in brotli, gzip or as they are, as the browser accepts, the same once decompressed', async () => {
    await startWith(bundle);
    const chat = fs.readFileSync(path.join(ROOT, 'public', 'chat.js'));
    const [bundleUrl, , , filesUrl, , chatUrl] = scriptsOf((await get('/')).body.toString()) as [string, string, string, string, string, string];
    const files = fs.readFileSync(path.join(ROOT, 'public', 'chatFiles.js'));
    const cases: Array<[string | undefined, string | undefined]> = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=1, br;q=0.5', 'gzip'],
      ['*', 'br'],
      ['identity', undefined],
      ['deflate', undefined],
      [undefined, undefined],
    ];
    for (const [url, original] of [[bundleUrl, bundle], [filesUrl, files], [chatUrl, chat]] as const) {
      for (const [accept, expected] of cases) {
        const res = await get(url, accept === undefined ? {} : { 'Accept-Encoding': accept });
        expect([accept, res.status, res.headers['content-encoding']]).toEqual([accept, 200, expected]);
        expect(decode(expected, res.body).equals(original)).toBe(true);
        expect(res.headers.vary).toBe('Accept-Encoding');
        expect(res.headers['cache-control']).toBe(IMMUTABLE);
        expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
        expect(Number(res.headers['content-length'])).toBe(res.body.length);
      }
    }
    const br = await get(bundleUrl, { 'Accept-Encoding': 'br' });
    const gz = await get(bundleUrl, { 'Accept-Encoding': 'gzip' });
    expect(br.body.length).toBeLessThan(gz.body.length);
    expect(gz.body.length).toBeLessThan(bundle.length / 3);
  });

  it('answer 304 to a browser that has them, by ETag', async () => {
    await startWith(bundle);
    const [bundleUrl] = scriptsOf((await get('/')).body.toString()) as [string];
    const first = await get(bundleUrl, { 'Accept-Encoding': 'br' });
    const etag = first.headers.etag as string;
    expect(etag).toBe(`W/"${hashOf(bundle)}"`);
    const again = await get(bundleUrl, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect([again.status, again.body.length, again.headers.vary, again.headers['cache-control']]).toEqual([304, 0, 'Accept-Encoding', IMMUTABLE]);
    expect((await get(bundleUrl, { 'If-None-Match': 'W/"000000000000"' })).status).toBe(200);
  });

  it('are still served under their fixed names, cached briefly, and an old hash leads to the current one', async () => {
    await startWith(bundle);
    const old = await get('/webchat/webchat.js', { 'Accept-Encoding': 'gzip' });
    expect([old.status, old.headers['content-encoding'], old.headers['cache-control'], old.headers.vary]).toEqual([200, 'gzip', 'public, max-age=86400', 'Accept-Encoding']);
    expect(zlib.gunzipSync(old.body).equals(bundle)).toBe(true);
    expect((await get('/webchat/chat.js')).headers['cache-control']).toBe('public, max-age=300');
    expect((await get('/webchat/chatFiles.js')).headers['cache-control']).toBe('public, max-age=300');
    const stale = await get('/webchat/webchat.0123456789ab.js');
    expect([stale.status, stale.headers.location, stale.headers['cache-control']]).toEqual([302, `/webchat/webchat.${hashOf(bundle)}.js`, 'no-store']);
    expect((await get('/webchat/other.js')).status).toBe(404);
    expect((await get('/webchat/constructor.js')).status).toBe(404);
    expect((await get('/webchat/webchat.XYZ.js')).status).toBe(404);
  });

  it('sends embed.js compressed with its title filled in, cached for five minutes', async () => {
    await startWith(bundle);
    const res = await get('/embed.js', { 'Accept-Encoding': 'br' });
    expect([res.status, res.headers['content-encoding'], res.headers['cache-control'], res.headers.vary]).toEqual([200, 'br', 'public, max-age=300', 'Accept-Encoding']);
    const text = zlib.brotliDecompressSync(res.body).toString();
    expect(text).not.toContain('__FRAME_TITLE__');
    expect(text).toContain('var FRAME_TITLE = "');
  });

  it('without the bundle, the page names the fixed name, which answers 404', async () => {
    await startWith(undefined);
    expect(scriptsOf((await get('/')).body.toString())[0]).toBe('/webchat/webchat.js');
    expect((await get('/webchat/webchat.js', { 'Accept-Encoding': 'br' })).status).toBe(404);
  });
});

describe('compressed copies written at install', () => {
  it('are sent as they are when they decompress to the file, ignored otherwise', async () => {
    const bundle = someScript(2000, 3);
    await startWith(bundle);
    const file = path.join(dir, 'webchat.js');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'fetch-webchat.js'), '--precompress', file]);
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).equals(bundle)).toBe(true);
    expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).equals(bundle)).toBe(true);
    // A .br made otherwise (quality 4: not the bytes the server would make), to see it is the one sent.
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(bundle, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }));
    // A wrong .gz (another file's): not used.
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(someScript(2000, 4)));
    const url = `/webchat/webchat.${hashOf(bundle)}.js`;
    expect((await get(url, { 'Accept-Encoding': 'br' })).body.equals(fs.readFileSync(`${file}.br`))).toBe(true);
    expect(zlib.gunzipSync((await get(url, { 'Accept-Encoding': 'gzip' })).body).equals(bundle)).toBe(true);
  });
});

describe('compressing a large file', () => {
  it('gives a quick brotli first, then quality 11, both the file once decompressed', async () => {
    const content = someScript(12_000, 5);
    expect(content.length).toBeGreaterThan(512 * 1024);
    const asset = new CompressedAsset(path.join(os.tmpdir(), 'no-such-file.js'), content, 'application/javascript');
    const quick = (await asset.encoded('br')) as Buffer;
    expect(zlib.brotliDecompressSync(quick).equals(content)).toBe(true);
    await asset.ready();
    const best = (await asset.encoded('br')) as Buffer;
    expect(zlib.brotliDecompressSync(best).equals(content)).toBe(true);
    expect(best.length).toBeLessThan(quick.length);
  });

  it('is not done for a file that cannot be read', () => {
    expect(loadAsset(path.join(os.tmpdir(), 'no-such-file.js'), 'application/javascript')).toBeUndefined();
  });
});

it('reads Accept-Encoding with its q-values, brotli first', () => {
  expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip']);
  expect(acceptedEncodings('gzip;q=0.8, br;q=0.9')).toEqual(['br', 'gzip']);
  expect(acceptedEncodings('gzip;q=1.0, br;q=0.1')).toEqual(['gzip', 'br']);
  expect(acceptedEncodings('br;q=0')).toEqual([]);
  expect(acceptedEncodings('*;q=0.5, gzip;q=0')).toEqual(['br']);
  expect(acceptedEncodings('BR')).toEqual(['br']);
  expect(acceptedEncodings('br;q=abc')).toEqual([]);
  expect(acceptedEncodings(undefined)).toEqual([]);
  expect(acceptedEncodings('')).toEqual([]);
});
