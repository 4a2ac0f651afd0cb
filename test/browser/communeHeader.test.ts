/**
 * « changer de commune » on the chat page: the header and the tab's title show the commune now served, not the one
 * the page was opened for; « Nouvelle conversation » starts again in the page's commune and shows it again.
 *
 * Skipped, saying so, without /usr/bin/chromium (test/browser/chromium.ts).
 */
import type { Page } from 'playwright-core';
import { say } from './chatDriver';
import { chatUrl, closeChatPage, openChatPage, type ChatPage } from './chatPage';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();

jest.setTimeout(180_000);

let chat: ChatPage;
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
    chat = await openChatPage({ viewport: { width: 1024, height: 900 }, open: false });
    ({ page } = chat);
  });
  afterAll(() => closeChatPage(chat));

  it('shows the commune now served, then the page\'s again in a new conversation', async () => {
    await page.goto(chatUrl(chat.app));
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
