/// <reference lib="dom" />
/**
 * Drives the chat page as a resident does (types, presses a card's buttons) and waits for the bot's
 * answer: every wait is for something on the page, never a delay.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from './chromium';

export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'browser');
/** How long a browser test waits for the bot's answer: CI runs them beside two jest workers on two cores. */
export const WAIT = 60_000;

/** Chromium in French, Paris time, at the given size; `fontSize`: the browser's text size in px (16 by default, 32 for « 200 % »). */
export function openBrowser(viewport: { width: number; height: number }, fontSize?: number): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-chromium-'));
  if (fontSize) {
    // The setting a resident changes in the browser (Paramètres › Apparence › Taille de la police).
    fs.mkdirSync(path.join(profile, 'Default'));
    fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: fontSize } } }));
  }
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
  const end = Date.now() + WAIT;
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

/** The accessible name of the focused element, as a screen reader would say it. */
export const focusedName = (p: Page) => p.evaluate(() => {
  const e = document.activeElement as HTMLElement | null;
  if (!e) return '';
  const labelled = e.getAttribute('aria-labelledby');
  const byId = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.innerText ?? '').join(' ') : '';
  return (e.getAttribute('aria-label') || byId || e.innerText || e.getAttribute('title') || '').trim();
});

/**
 * Reaches a control with the keyboard alone, as Web Chat's help says: from the send box, Shift+Tab
 * goes back through the suggested answers to the conversation; there the arrows move between
 * messages, Enter goes into one, Tab through its controls, Escape out. Then Enter (or Space for a
 * check box, when `press` is false) activates it.
 */
export async function keyTo(p: Page, label: string | RegExp, press = true): Promise<void> {
  const trail: string[] = [];
  const found = async () => {
    const name = await focusedName(p);
    trail.push(`${name.slice(0, 30)}[${await p.evaluate(() => `${document.activeElement?.tagName}.${String(document.activeElement?.className).slice(0, 80)} role=${document.activeElement?.getAttribute('role')}`)}]`);
    if (label instanceof RegExp) return label.test(name);
    return name === label || name.startsWith(`${label}\n`) || name === label.replace(/'/g, '’');
  };
  const act = () => p.keyboard.press(press ? 'Enter' : 'Space');
  const at = (selector: string) => p.evaluate((sel) => !!document.activeElement?.matches(sel), selector);
  const within = (selector: string) => p.evaluate((sel) => !!document.activeElement?.closest(sel), selector);
  await p.getByRole('textbox').first().focus();
  // Back from the send box: the suggested answers (one Tab stop, arrows between them), then the conversation.
  for (let i = 0; i < 6 && !(await at('.webchat__basic-transcript')); i += 1) {
    await p.keyboard.press('Shift+Tab');
    if (await found()) return act();
    if (await within('.webchat__suggested-actions')) {
      // The arrows go round the suggested answers: once round is enough.
      const first = await focusedName(p);
      for (let j = 0; j < 15; j += 1) {
        await p.keyboard.press('ArrowRight');
        if (await found()) return act();
        if ((await focusedName(p)) === first) break;
      }
    }
  }
  if (!(await at('.webchat__basic-transcript'))) throw new Error(`The conversation was not reached with Shift+Tab: ${trail.join(' | ')}`);
  // In the conversation: the last message, then upwards; Enter goes into a message, Tab through it, Escape out.
  await p.keyboard.press('End');
  for (let message = 0; message < 8; message += 1) {
    await p.keyboard.press('Enter');
    trail.push('(Enter)');
    for (let i = 0; i < 80 && (await within('.webchat__basic-transcript')); i += 1) {
      await p.keyboard.press('Tab');
      if (await found()) return act();
    }
    // A message with no control lets Tab out of the conversation: Shift+Tab goes back into it.
    // (Escape there would go to the send box.)
    if (!(await within('.webchat__basic-transcript'))) {
      for (let i = 0; i < 4 && !(await at('.webchat__basic-transcript')); i += 1) await p.keyboard.press('Shift+Tab');
    } else await p.keyboard.press('Escape');
    await p.keyboard.press('ArrowUp');
    trail.push('(ArrowUp)');
    if (await found()) return act();
  }
  throw new Error(`Could not reach « ${String(label)} » with the keyboard; focus went through: ${trail.slice(-40).join(' | ')}`);
}
