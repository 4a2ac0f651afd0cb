/// <reference lib="dom" />
/**
 * The resident's message when the server is busy (its proxy answering 503) or the conversation has
 * sent too many messages (429, with Retry-After as the bot's Direct Line answers): the page says so in its status line within a few seconds (Direct
 * Line's script made Web Chat wait 20 s, and the page said nothing), and the typed text is back in
 * the send box, sent with Enter once the server answers again. Skipped without Chromium.
 */
import type { Page, Route } from 'playwright-core';
import type { RunningApp } from '../../src/index';
import { WAIT } from './chatDriver';
import { closeChatPage, openChatPage, type ChatPage } from './chatPage';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();

jest.setTimeout(180_000);

let chat: ChatPage;
let app: RunningApp;
let page: Page;
const figures: Record<string, number> = {};

const POSTS = /\/v3\/directline\/conversations\/[0-9a-f]+\/activities$/;
const stored = () => (app.core.db.$client.prepare('select count(*) as n from directline_activities').get() as { n: number }).n;
const botMessages = (p: Page) => p.locator('.webchat__basic-transcript .webchat__bubble:not(.webchat__bubble--from-user)').count();
const box = (p: Page) => p.getByRole('textbox').first();

/** The resident's messages answered `status` until `refuse` is undone; returns how long the page took to say so (ms). */
async function refused(p: Page, status: number, typed: string, reason: string, headers: Record<string, string> = {}): Promise<number> {
  const answer = (route: Route) => (route.request().method() === 'POST'
    ? route.fulfill({ status, contentType: 'application/json', headers, body: JSON.stringify({ error: { code: status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', message: 'busy' } }) })
    : route.continue());
  await p.route(POSTS, answer);
  const before = stored();
  await box(p).fill(typed);
  const sent = Date.now();
  await box(p).press('Enter');
  await p.locator(`#status[data-reason="${reason}"]`).waitFor({ timeout: WAIT });
  const took = Date.now() - sent;
  await p.unroute(POSTS, answer);
  expect(stored()).toBe(before);
  return took;
}

describeBrowser('a message sent while the server is busy', () => {
  beforeAll(async () => {
    chat = await openChatPage({ viewport: { width: 375, height: 667 } });
    ({ app, page } = chat);
  });
  afterAll(async () => {
    console.log(`Measured: ${JSON.stringify(figures)}`);
    await closeChatPage(chat);
  });

  it('says at once that a message refused with 503 did not leave, keeps its text in the send box, and sends it with Enter', async () => {
    const typed = 'je voudrais les horaires de la mairie';
    figures.busyMs = await refused(page, 503, typed, 'busy');
    expect(figures.busyMs).toBeLessThan(5000);
    await expect(page.locator('#status').getAttribute('role')).resolves.toBe('status');
    await expect(page.locator('#status').innerText()).resolves.not.toBe('');
    await expect(box(page).inputValue()).resolves.toBe(typed);
    // The server answers again: Enter sends the same words, the bot answers, the status line is emptied.
    const before = { stored: stored(), answers: await botMessages(page) };
    await box(page).press('Enter');
    const end = Date.now() + WAIT;
    while ((await botMessages(page)) <= before.answers && Date.now() < end) await page.waitForTimeout(50);
    expect(await botMessages(page)).toBeGreaterThan(before.answers);
    expect(stored()).toBeGreaterThan(before.stored);
    const last = app.core.db.$client.prepare("select json_extract(activity, '$.text') as text from directline_activities where json_extract(activity, '$.from.role') = 'user' order by rowid desc limit 1").get() as { text: string };
    expect(last.text).toBe(typed);
    await expect(page.locator('#status').innerText()).resolves.toBe('');
  });

  it('says at once that a message refused with 429 (too many messages, Retry-After) did not leave, its text in the send box', async () => {
    figures.tooManyMs = await refused(page, 429, 'et le samedi matin ?', 'busy', { 'Retry-After': '1' });
    expect(figures.tooManyMs).toBeLessThan(5000);
    await expect(box(page).inputValue()).resolves.toBe('et le samedi matin ?');
  });

  it('raised no script error', () => {
    expect(chat.problems).toEqual([]);
  });
});
