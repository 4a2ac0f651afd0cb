/// <reference lib="dom" />
/**
 * Where the focus goes once a card's button is pressed: with the keyboard (a screen reader's user
 * too), to the send box, as Web Chat does after a suggested answer, so that the resident types the
 * answer asked for at once (the bot's reply is read from Web Chat's live region); with a tap, it
 * stays on the button (the send box would open a phone's keyboard). Skipped without Chromium.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { andThen, keyTo, openBrowser, press, WAIT } from './chatDriver';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();

jest.setTimeout(180_000);

const EMAIL = 'francoise.durand@example.org';
let app: RunningApp;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

const focused = (p: Page) => p.evaluate(() => {
  const e = document.activeElement as HTMLElement | null;
  if (e?.matches('.webchat__send-box-text-box__input')) return 'send box';
  return e?.closest('.ac-adaptiveCard') ? `card: ${e.innerText.trim()}` : `${e?.tagName}`;
});
const menuShown = (p: Page) => p.locator('.webchat__basic-transcript .ac-pushButton', { hasText: 'Me connecter' }).last().waitFor({ timeout: WAIT });

describeBrowser('the focus after a card\'s button', () => {
  beforeAll(async () => {
    app = await startSeededApp(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const repos = app.core.service.deps.repos;
    const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
    await repos.accounts.linkHousehold(account.id, household?.id as number);
    context = await openBrowser({ width: 375, height: 667 });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`http://${app.host}:${app.port}/?commune=carrieres-sous-poissy`);
    await menuShown(page);
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

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
    expect(problems).toEqual([]);
  });
});
