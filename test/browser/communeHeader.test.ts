/**
 * « changer de commune » on the chat page: the header and the tab's title show the commune now served, not the one
 * the page was opened for; « Nouvelle conversation » starts again in the page's commune and shows it again.
 *
 * Skipped, saying so, without /usr/bin/chromium (test/browser/chromium.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { openBrowser, say } from './chatDriver';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();

jest.setTimeout(180_000);

let app: RunningApp;
let context: BrowserContext;
let page: Page;

/**
 * The header once it names `commune` (or after 10 s, whatever it shows): the page changes it when the bot's answer
 * arrives, and the conversation may already show the resident's own message naming the commune.
 */
async function header(p: Page, commune: string): Promise<string> {
  await p.locator('header h1', { hasText: commune }).waitFor({ timeout: 10_000 }).catch(() => undefined);
  return p.locator('header h1').innerText();
}

describeBrowser('the page header after « changer de commune »', () => {
  beforeAll(async () => {
    app = await startSeededApp(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    context = await openBrowser({ width: 1024, height: 900 });
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('shows the commune now served, then the page\'s again in a new conversation', async () => {
    await page.goto(`http://${app.host}:${app.port}/?commune=carrieres-sous-poissy`);
    await page.locator('.webchat__basic-transcript').getByText(/Bonjour/).first().waitFor();
    expect(await header(page, 'Carrières-sous-Poissy')).toContain('Carrières-sous-Poissy');
    await say(page, 'changer de commune', /Quelle est votre commune/);
    await say(page, 'Chanteloup-les-Vignes', /Chanteloup-les-Vignes/);
    expect(await header(page, 'Chanteloup-les-Vignes')).toContain('Chanteloup-les-Vignes');
    expect(await page.title()).toContain('Chanteloup-les-Vignes');
    await page.getByRole('button', { name: 'Nouvelle conversation' }).click();
    expect(await header(page, 'Carrières-sous-Poissy')).toContain('Carrières-sous-Poissy');
    expect(await page.title()).toContain('Carrières-sous-Poissy');
  });
});
