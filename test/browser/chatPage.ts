/**
 * The chat page's set-up shared by the browser tests: a seeded bot on the test clock (18 November 2026,
 * 15:00 in Paris), optionally Françoise DURAND's account linked to the family file CSP-F-000101, then
 * Chromium at the given size on Carrières-sous-Poissy's page, the welcome's menu card shown, every script
 * error of the page kept in `problems` (each test file checks it is empty at its end).
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';
import { ARTIFACTS, openBrowser, press, say, WAIT } from './chatDriver';

/** The resident of the browser tests: Françoise DURAND, mother of Léa and Hugo (file CSP-F-000101). */
export const EMAIL = 'francoise.durand@example.org';

export interface ChatPage {
  app: RunningApp;
  context: BrowserContext;
  page: Page;
  /** The page's script errors, as they come. */
  problems: string[];
}

export interface ChatPageOptions {
  viewport: { width: number; height: number };
  /** The browser's text size in px (see openBrowser). */
  fontSize?: number;
  /** Françoise's account, linked to the DURAND file (signs in by the mailed code). */
  resident?: boolean;
  /** Done on the started bot before the browser opens (an invoice made…). */
  seed?: (app: RunningApp) => Promise<unknown>;
  /** Listeners of the test's own on the page, added before it is opened. */
  watch?: (page: Page) => void;
  /** false: the page is not opened (the test opens it itself). */
  open?: boolean;
}

/** Where the bot's page is, for Carrières-sous-Poissy. */
export const chatUrl = (app: RunningApp) => `http://${app.host}:${app.port}/?commune=carrieres-sous-poissy`;

/** Waits for the welcome's menu card (its « Me connecter »; the last one, after « Nouvelle conversation »). */
export const menuShown = (p: Page) => p.locator('.webchat__basic-transcript .ac-pushButton', { hasText: 'Me connecter' }).last().waitFor({ timeout: WAIT });

/** Françoise's account, linked to the DURAND family file. */
export async function residentAccount(app: RunningApp): Promise<void> {
  const repos = app.core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
  await repos.accounts.linkHousehold(account.id, household?.id as number);
}

/** The bot started, the browser opened on its page and the menu shown (unless `open` is false). */
export async function openChatPage(options: ChatPageOptions): Promise<ChatPage> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const app = await startSeededApp(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
  if (options.resident) await residentAccount(app);
  await options.seed?.(app);
  const context = await openBrowser(options.viewport, options.fontSize);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  options.watch?.(page);
  if (options.open !== false) {
    await page.goto(chatUrl(app), { timeout: WAIT });
    await menuShown(page);
  }
  return { app, context, page, problems };
}

/** Closes the browser, then stops the bot. */
export async function closeChatPage(chat: ChatPage | undefined): Promise<void> {
  await chat?.context.close();
  await chat?.app.stop();
}

/** Françoise signed in from the menu card: « Me connecter », her e-mail, the code mailed. */
export async function signIn(chat: ChatPage): Promise<void> {
  await press(chat.page, 'Me connecter', /adresse e-mail de votre espace/);
  await say(chat.page, EMAIL, 'Tapez le code reçu.');
  await say(chat.page, lastCode(chat.app.core.config.outboxDir, EMAIL), /Bonjour Madame DURAND/);
}
