/// <reference lib="dom" />
/**
 * Where the focus goes once a card's button is pressed: with the keyboard (a screen reader's user
 * too), to the send box, as Web Chat does after a suggested answer, so that the resident types the
 * answer asked for at once (the bot's reply is read from Web Chat's live region); with a tap, it
 * stays on the button (the send box would open a phone's keyboard). Skipped without Chromium.
 */
import type { Page } from 'playwright-core';
import { andThen, keyTo, press } from './chatDriver';
import { closeChatPage, EMAIL, menuShown, openChatPage, type ChatPage } from './chatPage';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();

jest.setTimeout(180_000);

let chat: ChatPage;
let page: Page;

const focused = (p: Page) => p.evaluate(() => {
  const e = document.activeElement as HTMLElement | null;
  if (e?.matches('.webchat__send-box-text-box__input')) return 'send box';
  return e?.closest('.ac-adaptiveCard') ? `card: ${e.innerText.trim()}` : `${e?.tagName}`;
});

describeBrowser('the focus after a card\'s button', () => {
  beforeAll(async () => {
    chat = await openChatPage({ viewport: { width: 375, height: 667 }, resident: true });
    ({ page } = chat);
  });
  afterAll(() => closeChatPage(chat));

  it('tapped: the focus stays on the button', async () => {
    await press(page, 'Me connecter', /adresse e-mail de votre espace/);
    expect(await focused(page)).toBe('card: Me connecter');
  });

  it('pressed with the keyboard: the focus goes to the send box, where the answer asked for is typed at once', async () => {
    await page.getByRole('button', { name: 'Nouvelle conversation' }).click();
    await menuShown(page);
    await andThen(page, () => keyTo(page, 'Me connecter'), /adresse e-mail de votre espace/);
    expect(await focused(page)).toBe('send box');
    // Typed where the focus is, without reaching the send box first: the bot takes the e-mail.
    await andThen(page, async () => {
      await page.keyboard.type(EMAIL);
      await page.keyboard.press('Enter');
    }, 'Tapez le code reçu.');
  });

  it('raised no script error', () => {
    expect(chat.problems).toEqual([]);
  });
});
