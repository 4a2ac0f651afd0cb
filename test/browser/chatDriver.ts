/// <reference lib="dom" />
/**
 * Drives the chat page as a resident does (types, presses a card's buttons) and waits for the bot's
 * answer: every wait is for something on the page, never a delay.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'browser');

/** Chromium in French, Paris time, at the given size. */
export function openBrowser(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A text as a pattern: Web Chat's markdown turns ' into ’, both match. */
export const pattern = (text: string | RegExp) => (typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")) : text);

/** Does something, then waits until one more message matching `expected` is in the conversation than before. */
export async function andThen(p: Page, act: () => Promise<void>, expected: string | RegExp): Promise<void> {
  const found = p.locator('.webchat__basic-transcript').getByText(pattern(expected));
  const before = await found.count();
  await act();
  const end = Date.now() + 30_000;
  while ((await found.count()) <= before) {
    if (Date.now() > end) {
      const last = await p.locator('.webchat__basic-transcript__activity').evaluateAll((nodes) => nodes.slice(-3).map((n) => (n as HTMLElement).innerText.slice(0, 300)));
      throw new Error(`No new message matching ${String(expected)}; the last messages: ${last.join(' / ')}`);
    }
    await p.waitForTimeout(50);
  }
}

/** Types in the send box and sends with Enter, then waits for the answer. */
export const say = (p: Page, text: string, expected: string | RegExp) =>
  andThen(p, async () => {
    const box = p.getByRole('textbox').first();
    await box.fill(text);
    await box.press('Enter');
  }, expected);

/** Presses a button of the conversation or a suggested answer (the last one with that name; not the live region's copies), then waits for the answer. */
export const press = (p: Page, button: string, expected: string | RegExp) =>
  andThen(p, () => p.locator(':is(.webchat__basic-transcript__activity, .webchat__suggested-actions)').getByRole('button', { name: button, exact: true }).last().click(), expected);

/** The text of the last bot message that contains `text`, as shown (one line per line seen). */
export const shownText = (p: Page, text: string | RegExp) =>
  p.locator('.webchat__bubble__content').filter({ hasText: pattern(text) }).last().innerText();

/** The page at this size, the conversation scrolled to its last message, saved under test-artifacts/browser/. */
export async function shot(p: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await p.locator('.webchat__basic-transcript__activity').last().scrollIntoViewIfNeeded();
  await p.screenshot({ path: file });
  return path.relative(path.join(__dirname, '..', '..'), file);
}
