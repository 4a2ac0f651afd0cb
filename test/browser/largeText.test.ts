/// <reference lib="dom" />
/**
 * A resident who reads with the browser's text at 200 % (32 px) on a 320×568 phone: the
 * conversation keeps most of the height (the header a small bar, the page's buttons and legal
 * links behind « Menu », the suggested answers scrolling within a quarter of the height), nothing
 * is cut and nothing scrolls sideways (WCAG 1.4.10, reflow at 320 px). Skipped without Chromium.
 */
import type { Page } from 'playwright-core';
import { press, say, shot } from './chatDriver';
import { closeChatPage, openChatPage, signIn, type ChatPage } from './chatPage';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();

jest.setTimeout(180_000);

let chat: ChatPage;
let page: Page;
const figures: Record<string, unknown> = {};

/** Heights of the page's parts in the viewport, what goes past its edges, and the conversation's share of the height. */
const measure = (p: Page) => p.evaluate(() => {
  const height = window.innerHeight;
  const seen = (selector: string) => {
    const e = document.querySelector(selector);
    if (!e) return 0;
    const r = e.getBoundingClientRect();
    return Math.round(Math.max(0, Math.min(r.bottom, height) - Math.max(r.top, 0)));
  };
  const visible = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((e) => e.offsetParent);
  const name = (e: HTMLElement) => (e.innerText || e.getAttribute('aria-label') || e.tagName).trim().slice(0, 30);
  // Past the screen's right or left edge: any control (a suggested answer scrolled out of its box is not cut).
  const sideways = visible('header button, footer a, .webchat__send-box button, .webchat__send-box textarea, .webchat__send-box input').filter((e) => {
    const r = e.getBoundingClientRect();
    return r.left < 0 || r.right > window.innerWidth + 0.5;
  }).map(name);
  // Above or below the screen: the header's buttons and the send box's field and buttons.
  const outside = visible('header button, .webchat__send-box__main button, .webchat__send-box__main textarea, .webchat__send-box__main input').filter((e) => {
    const r = e.getBoundingClientRect();
    return r.top < 0 || r.bottom > height + 0.5;
  }).map(name);
  const transcript = seen('.webchat__basic-transcript');
  return {
    height,
    header: seen('header'),
    suggested: seen('.webchat__suggested-actions'),
    sendBox: seen('.webchat__send-box'),
    footer: seen('footer'),
    transcript,
    share: Math.round((100 * transcript) / height),
    scrollWidth: document.documentElement.scrollWidth,
    sideways,
    outside,
  };
});

describeBrowser('a resident with the browser\'s text at 200 % on a 320×568 phone', () => {
  beforeAll(async () => {
    chat = await openChatPage({ viewport: { width: 320, height: 568 }, fontSize: 32, resident: true });
    ({ page } = chat);
  });
  afterAll(async () => {
    console.log(`Measured (px of 568): ${JSON.stringify(figures)}`);
    await closeChatPage(chat);
  });

  it('gives the conversation 70 % of the height, with every control in view and no sideways scroll', async () => {
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    // Web Chat's « Connexion en cours… » line, shown until its connection settles (after the welcome, on a loaded machine).
    const t0 = Date.now();
    await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 30_000 });
    figures.connectingMs = Date.now() - t0;
    const welcome = await measure(page);
    figures.welcome = welcome;
    await shot(page, 'text200-welcome');
    expect(welcome.share).toBeGreaterThanOrEqual(70);
    expect([welcome.outside, welcome.sideways]).toEqual([[], []]);
    expect(welcome.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('with suggested answers: they scroll within a quarter of the height, the conversation keeps half of it', async () => {
    await signIn(chat);
    await say(page, 'réserver', 'Quelle activité voulez-vous modifier ?');
    await page.locator('.webchat__suggested-actions button').first().waitFor();
    const answers = await measure(page);
    figures.answers = answers;
    await shot(page, 'text200-answers');
    expect(answers.suggested).toBeGreaterThan(0);
    expect(answers.suggested).toBeLessThanOrEqual(0.25 * 568 + 1);
    expect(answers.share).toBeGreaterThanOrEqual(50);
    expect([answers.outside, answers.sideways]).toEqual([[], []]);
    expect(answers.scrollWidth).toBeLessThanOrEqual(320);
    // The last suggested answer, scrolled to, is pressed as the others.
    await press(page, 'Restauration scolaire', 'Pour quel enfant ?');
  });

  it('shows the page\'s buttons and legal links with « Menu », each in view, and hides them again', async () => {
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(page.getByRole('button', { name: 'Nouvelle conversation' }).isVisible()).resolves.toBe(false);
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    const opened = await measure(page);
    figures.menu = opened;
    await shot(page, 'text200-menu');
    for (const name of ['Texte agrandi', 'Nouvelle conversation']) await expect(page.getByRole('button', { name }).isVisible()).resolves.toBe(true);
    await expect(page.locator('footer a').first().isVisible()).resolves.toBe(true);
    await page.locator('#large').scrollIntoViewIfNeeded();
    // The page may scroll down while the menu is open; never sideways.
    expect(opened.sideways).toEqual([]);
    expect(opened.scrollWidth).toBeLessThanOrEqual(320);
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('button', { name: 'Nouvelle conversation' }).isVisible()).resolves.toBe(false);
  });

  it('raised no script error', () => {
    expect(chat.problems).toEqual([]);
  });
});
