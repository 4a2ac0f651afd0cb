/**
 * How heavy and how slow the chat page is on a mobile network, measured in Chromium with its
 * network emulation (CDP Network.emulateNetworkConditions): Lighthouse's throttling, 150 ms RTT,
 * 1.6 Mbps down and 750 kbps up, both ×0.9. From a cold cache: every byte the browser received
 * (HTTP bodies and headers as sent, WebSocket frames) until the bot's welcome is on screen, and the
 * time it took; then a second visit with the cache kept. The figures are printed and written to
 * test-artifacts/browser/page-weight.json.
 *
 * Skipped, saying so, without /usr/bin/chromium (see webchat.test.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { fixedClock } from '../../src/domain/clock';
import { startApp, type RunningApp } from '../../src/index';
import { loadAsset } from '../../src/web/compressedAsset';
import { tempConfig } from '../support/harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available && process.env.REQUIRE_BROWSER === '1') throw new Error(`Chromium is required here but missing at ${CHROMIUM}`);
const describeBrowser = available ? describe : describe.skip;
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'browser');

/** Lighthouse's mobile throttling, in CDP's units (ms, bytes per second): what the issue measures with. */
const LIGHTHOUSE_MOBILE = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
/** Chromium DevTools' « Fast 4G » preset (9 Mbps down, 1.5 Mbps up, ×0.9; 60 ms ×2.75), printed alongside. */
const DEVTOOLS_FAST_4G = { offline: false, latency: 165, downloadThroughput: (9 * 1000 * 1000 * 0.9) / 8, uploadThroughput: (1.5 * 1000 * 1000 * 0.9) / 8 };
const WELCOME = /Bonjour ! Je suis l['’]assistant de l['’]Espace Citoyens/;
/** The issue's aim: the page, Web Chat and the welcome in at most 1.2 MB. */
const BUDGET_BYTES = 1.2 * 1024 * 1024;

jest.setTimeout(180_000);

interface Visit {
  transferredBytes: number;
  requests: number;
  welcomeMs: number;
  bundle?: { url: string; encoding: string | undefined; transferredBytes: number };
}

/** Opens the page on the throttled network and counts what arrives until the welcome is visible. */
async function visit(page: Page, cdp: CDPSession, url: string): Promise<Visit> {
  const urls = new Map<string, string>();
  const encodings = new Map<string, string | undefined>();
  const sizes = new Map<string, number>();
  let frames = 0;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.responseReceived', (e) => encodings.set(e.requestId, e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding']));
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  cdp.on('Network.webSocketFrameReceived', (e) => {
    frames += Buffer.byteLength(e.response.payloadData);
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.getByText(WELCOME).first().waitFor({ state: 'visible', timeout: 120_000 });
  const welcomeMs = Date.now() - start;
  const bundleId = [...urls].find(([, u]) => /\/webchat\/webchat[.\w]*\.js/.test(u))?.[0];
  const transferredBytes = [...sizes.values()].reduce((a, b) => a + b, 0) + frames;
  return {
    transferredBytes,
    requests: sizes.size,
    welcomeMs,
    ...(bundleId ? { bundle: { url: new URL(urls.get(bundleId) as string).pathname, encoding: encodings.get(bundleId), transferredBytes: sizes.get(bundleId) ?? 0 } } : {}),
  };
}

describeBrowser('the chat page on a mobile network', () => {
  let app: RunningApp;
  let context: BrowserContext;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    // As after `npm install` (scripts/fetch-webchat.js writes the bundle's .br and .gz): brotli 11 ready.
    await loadAsset(app.core.config.webchat.bundleFile, 'application/javascript; charset=utf-8')?.ready();
    context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'fr-FR',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('brings the welcome in at most 1.2 MB from a cold cache, and little more on a second visit', async () => {
    const url = `http://${app.host}:${app.port}/?commune=carrieres-sous-poissy`;
    const measure = async (network: typeof LIGHTHOUSE_MOBILE, cold: boolean) => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      if (cold) await cdp.send('Network.clearBrowserCache');
      await cdp.send('Network.emulateNetworkConditions', network);
      const result = await visit(page, cdp, url);
      await page.close();
      return result;
    };
    const cold = await measure(LIGHTHOUSE_MOBILE, true);
    const warm = await measure(LIGHTHOUSE_MOBILE, false);
    const fast4g = await measure(DEVTOOLS_FAST_4G, true);
    const report = { lighthouseMobile: { network: '150 ms RTT, 1.6 Mbps ×0.9 down, 750 kbps ×0.9 up', cold, warm }, devtoolsFast4g: { network: '165 ms RTT, 9 Mbps ×0.9 down, 1.5 Mbps ×0.9 up', cold: fast4g } };
    fs.writeFileSync(path.join(ARTIFACTS, 'page-weight.json'), `${JSON.stringify(report, null, 2)}\n`);
    const line = (v: Visit) => `${(v.transferredBytes / 1024).toFixed(0)} KB in ${v.requests} requests, welcome after ${(v.welcomeMs / 1000).toFixed(2)} s${v.bundle ? ` (bundle ${v.bundle.url} ${v.bundle.encoding ?? 'identity'}, ${(v.bundle.transferredBytes / 1024).toFixed(0)} KB)` : ''}`;
    console.log(`Chat page on ${report.lighthouseMobile.network}:\n  cold: ${line(cold)}\n  warm: ${line(warm)}\nOn DevTools' Fast 4G, ${report.devtoolsFast4g.network}:\n  cold: ${line(fast4g)}`);
    expect(cold.bundle).toBeDefined();
    expect(cold.bundle?.encoding).toBe('br');
    expect(cold.transferredBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    // The second visit takes the scripts from the cache (immutable: not even asked again).
    expect(warm.transferredBytes).toBeLessThan(100 * 1024);
  });
});
