/// <reference lib="dom" />
/**
 * The chat page on a phone and for an RGAA audit, in Chromium: at 320×640 and 375×667 (and in the
 * commune's frame at 375 px) the conversation takes at least 60 % of the height, the send box is
 * in view, nothing scrolls sideways; every card control shows a focus indicator of 3:1 at least,
 * never clipped; the calendar's boxes are named with the child and the day, children and weeks are
 * headings, days in order; the invoice list is numbered 1..n; lines stay lines; times are French,
 * 24-hour; « texte agrandi » scales the header too; the menu is read once; axe finds nothing at each
 * step. Screenshots go to test-artifacts/browser/a11y-*.png.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';
import { ARTIFACTS, andThen, openBrowser, press, say, shot, shownText, WAIT } from './chatDriver';
import { EMAIL, menuShown, residentAccount } from './chatPage';
import { axe, cardTree, focusIndicators, layout, namesOf, type Layout } from './pageChecks';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();

jest.setTimeout(180_000);

let hostSite: http.Server;
let HOST_SITE = '';
let app: RunningApp;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const figures: Record<string, Layout | string> = {};

const url = () => `http://${app.host}:${app.port}/?commune=carrieres-sous-poissy`;

/** The phone's promise: 60 % of the height for the conversation, the send box in view, no sideways scroll. */
function expectPhoneFit(l: Layout): void {
  expect(l.conversation).toBeGreaterThanOrEqual(0.6 * l.viewport.height);
  expect(l.sendBox.top).toBeGreaterThanOrEqual(0);
  expect(l.sendBox.bottom).toBeLessThanOrEqual(l.viewport.height);
  expect(l.scrollWidth).toBeLessThanOrEqual(l.viewport.width);
}

async function expectVisibleFocus(p: Page): Promise<void> {
  const indicators = await focusIndicators(p);
  expect(indicators.length).toBeGreaterThan(0);
  expect(indicators.filter((i) => i.problem || i.clippedBy || i.ratio < 3)).toEqual([]);
}

describeBrowser('the chat page on a phone, for an RGAA audit', () => {
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    // The commune's own site (another origin), with the one tag that puts the chat in a frame.
    hostSite = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Mairie</title></head><body style="margin:0"><script src="http://${app.host}:${app.port}/embed.js" data-commune="carrieres-sous-poissy"></script></body></html>`);
    });
    await new Promise<void>((resolve) => hostSite.listen(0, '127.0.0.1', resolve));
    HOST_SITE = `http://127.0.0.1:${(hostSite.address() as AddressInfo).port}`;
    app = await startSeededApp(tempConfig({ CHAT_EMBED_ORIGINS: HOST_SITE }), fixedClock('2026-11-18T14:00:00Z'));
    await residentAccount(app);
    await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
    await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Classe de découverte', 4500, '2026-12-20', 'agent');
    context = await openBrowser({ width: 320, height: 640 });
    // What the page gives screen readers to say (Web Chat's live region), as it comes.
    await context.addInitScript(() => {
      const w = window as unknown as { told: string[] };
      w.told = [];
      new MutationObserver((changes) => {
        for (const change of changes) for (const node of Array.from(change.addedNodes)) if (node instanceof HTMLElement && node.closest('.webchat__live-region-transcript')) w.told.push(node.textContent ?? '');
      }).observe(document, { childList: true, subtree: true });
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
  });
  afterAll(async () => {
    console.log(`Measured: ${JSON.stringify(figures, null, 1)}`);
    await context?.close();
    await app?.stop();
    hostSite?.close();
  });

  it('at 320×640: the conversation takes 60 % of the height, the send box is in view, no sideways scroll', async () => {
    await page.goto(url());
    await menuShown(page);
    figures['320x640'] = await layout(page);
    figures['screenshot 320'] = await shot(page, 'a11y-320');
    expectPhoneFit(figures['320x640'] as Layout);
    expect(await axe(page)).toEqual([]);
  });

  it('at 375×667: the same; the menu is read once; times are French, 24-hour', async () => {
    await page.setViewportSize({ width: 375, height: 667 });
    figures['375x667'] = await layout(page);
    figures['screenshot 375'] = await shot(page, 'a11y-375');
    expectPhoneFit(figures['375x667'] as Layout);
    // What a screen reader is told: each menu entry once (as a button), not again in the card's words.
    const told = await page.evaluate(() => (window as unknown as { told: string[] }).told.filter((t) => t.includes('Me connecter')));
    expect(told.length).toBeGreaterThan(0);
    for (const said of told) expect(said.split('Me connecter').length).toBe(2);
    // The times shown and their words for screen readers (« Envoyé à … »). 14:00 UTC is 15:00 in Paris; in 12-hour form, « 3:00 PM ».
    const times = (await page.locator('.webchat__stacked-layout__status').allTextContents()).filter((t) => t.trim());
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) {
      expect(time).toMatch(/18 novembre à 15:00/);
      expect(time).not.toMatch(/AM|PM|\b3:00/);
    }
    expect(await axe(page)).toEqual([]);
  });

  it('in the commune site\'s frame on a 375 px phone: the same', async () => {
    const host = await context.newPage();
    await host.setViewportSize({ width: 375, height: 667 });
    await host.goto(`${HOST_SITE}/`);
    const frame = await (await host.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('no frame');
    await frame.locator('.webchat__basic-transcript .ac-pushButton', { hasText: 'Me connecter' }).first().waitFor({ timeout: WAIT });
    figures['frame 375 (640 high)'] = await layout(frame);
    await host.screenshot({ path: `${ARTIFACTS}/a11y-375-frame.png` });
    expectPhoneFit(figures['frame 375 (640 high)'] as Layout);
    const frameBox = await host.locator('iframe').boundingBox();
    expect((frameBox?.y ?? 0) + (frameBox?.height ?? 0)).toBeLessThanOrEqual(667);
    expect(await axe(frame)).toEqual([]);
    await host.close();
  });

  it('shows a focus indicator of 3:1 at least, never clipped, on every button of the menu card', async () => {
    await expectVisibleFocus(page);
  });

  it('names each box of the calendar with the child and the day, with headings, days in order', async () => {
    await press(page, 'Me connecter', "Quelle est l'adresse e-mail de votre espace ?");
    await say(page, EMAIL, 'Tapez le code reçu.');
    await say(page, lastCode(app.core.config.outboxDir, EMAIL), /Bonjour Madame DURAND/);
    await say(page, 'réserver', 'Quelle activité voulez-vous modifier ?');
    await press(page, 'Restauration scolaire', 'Pour quel enfant ?');
    await press(page, 'Tous les enfants', /^Tout décocher$/);
    await shot(page, 'a11y-375-calendar');
    const tree = await cardTree(page);
    const boxes = namesOf(tree, 'checkbox');
    expect(boxes.length).toBeGreaterThan(10);
    expect(new Set(boxes).size).toBe(boxes.length);
    for (const name of boxes) expect(name).toMatch(/^(Léa|Hugo), \S+ \d{1,2}(?:er)? décembre/);
    const headings = namesOf(tree, 'heading');
    expect(headings).toEqual(expect.arrayContaining(['Léa', 'Hugo']));
    expect(headings.filter((h) => h.startsWith('Semaine du')).length).toBeGreaterThanOrEqual(2);
    // Days in the card's reading order, per child: each after the one before.
    const order: Record<string, number[]> = {};
    let child = '';
    for (const line of tree.split('\n')) {
      const heading = /- heading "(Léa|Hugo)"/.exec(line);
      if (heading) child = heading[1] as string;
      const day = /(?:lundi|mardi|mercredi|jeudi|vendredi) (\d{1,2})(?:er)? décembre/.exec(line);
      if (day && child && !line.includes('heading')) (order[child] ??= []).push(Number(day[1]));
    }
    for (const name of ['Léa', 'Hugo']) {
      const days = order[name] ?? [];
      expect(days.length).toBeGreaterThan(5);
      expect(days).toEqual([...days].sort((a, b) => a - b));
    }
    expect(order['Léa']?.[0]).toBe(1); // Tuesday 1st, past, comes first.
    await expectVisibleFocus(page);
    expect(await axe(page)).toEqual([]);
  });

  it('keeps the lines of the basket and of the confirmation', async () => {
    await press(page, 'Tout cocher', /^Tout décocher$/);
    await press(page, 'Valider', /Léa : à réserver le/);
    const basket = (await shownText(page, 'Votre panier')).split('\n').filter((l) => l.trim());
    expect(basket.length).toBeGreaterThanOrEqual(3);
    expect(basket.some((l) => l.startsWith('Léa :'))).toBe(true);
    expect(basket.some((l) => l.startsWith('Hugo :'))).toBe(true);
    await press(page, 'Confirmer', /Référence : CSP-RES-2026-000001\./);
    const confirmation = (await shownText(page, 'Référence : CSP-RES-2026-000001')).split('\n').filter((l) => l.trim());
    expect(confirmation.length).toBeGreaterThanOrEqual(3);
    expect(await axe(page)).toEqual([]);
  });

  it('numbers the invoice list 1..n, as the bot says', async () => {
    await say(page, 'Mes factures', /Quelle facture voulez-vous voir \? Tapez son numéro, de 1 à 2/);
    const card = page.locator('.webchat__basic-transcript .ac-adaptiveCard').filter({ hasText: 'Vos factures' }).last();
    const headings = namesOf(await card.ariaSnapshot(), 'heading').slice(1);
    expect(headings.map((h) => h.slice(0, 3))).toEqual(['1. ', '2. ']);
    expect(await card.locator('ol, ul').count()).toBe(0);
    await shot(page, 'a11y-375-invoices');
    expect(await axe(page)).toEqual([]);
    await andThen(page, () => card.getByRole('button').first().click(), /Voulez-vous payer cette facture/);
    await expectVisibleFocus(page);
    expect(await axe(page)).toEqual([]);
  });

  it('in « texte agrandi », scales the header too, and still fits a 320 px phone', async () => {
    const size = () => page.evaluate(() => ({ title: parseFloat(getComputedStyle(document.querySelector('h1') as Element).fontSize), box: (document.querySelector('.webchat__send-box') as Element).getBoundingClientRect().height }));
    const before = await size();
    const large = page.getByRole('button', { name: 'Texte agrandi' });
    await large.click();
    await expect(large.getAttribute('aria-pressed')).resolves.toBe('true');
    const after = await size();
    expect(after.title / before.title).toBeGreaterThanOrEqual(1.25);
    expect(after.box / before.box).toBeGreaterThanOrEqual(1.2);
    await page.setViewportSize({ width: 320, height: 640 });
    figures['320x640 large'] = await layout(page);
    await shot(page, 'a11y-320-large');
    const l = figures['320x640 large'] as Layout;
    expect(l.scrollWidth).toBeLessThanOrEqual(320);
    expect(l.sendBox.bottom).toBeLessThanOrEqual(640);
    expect(l.conversation).toBeGreaterThanOrEqual(0.6 * 640);
    expect(await axe(page)).toEqual([]);
    await large.click();
  });

  it('loads with no console error and no script blocked by the page policy', () => {
    expect(problems).toEqual([]);
  });
});
