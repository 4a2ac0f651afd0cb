/// <reference lib="dom" />
/**
 * The chat page in a real browser (Debian's Chromium driven by playwright-core): the welcome, a
 * sign-in, a booking made by clicking the calendar card, the confirmation; the invoice card; axe
 * (WCAG 2.1 A and AA) with zero violations at each step and in « texte agrandi / contraste
 * renforcé »; a reload that keeps the conversation; the same booking with the keyboard only; the
 * avis d'imposition sent with the attach button.
 * Screenshots go to test-artifacts/browser/. Every wait is for something on the page, never a delay.
 *
 * Without /usr/bin/chromium these tests are skipped, saying so; .ci/run installs it and sets
 * REQUIRE_BROWSER=1, so that in CI a missing browser fails instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';
import { andThen, focusedName, keyTo, pattern, press, say, WAIT } from './chatDriver';
import { EMAIL, residentAccount } from './chatPage';
import { browserDescribe, CHROMIUM } from './chromium';

const describeBrowser = browserDescribe();

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'browser');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

jest.setTimeout(180_000);

let app: RunningApp;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

async function openBrowser(): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fr-FR',
    viewport: { width: 1024, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

function watch(p: Page): void {
  p.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  p.on('pageerror', (e) => problems.push(e.message));
}

const url = () => `http://${app.host}:${app.port}/?commune=carrieres-sous-poissy`;
/** The page as the resident sees it, the conversation scrolled to its last message. */
async function shot(p: Page, name: string): Promise<void> {
  await p.locator('.webchat__basic-transcript__activity').last().scrollIntoViewIfNeeded();
  await p.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}
/** The last card alone. */
const cardShot = (p: Page, name: string) => p.locator('.ac-adaptiveCard').last().screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

/** axe-core in the page, WCAG 2.1 A and AA rules; returns the violations, each with its nodes. */
async function axe(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  const violations = await p.evaluate(async () => {
    type Node = { target: unknown[]; any: Array<{ message: string }> };
    const w = window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Node[] }> }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.any.map((a) => a.message).join(' ')}`).join(', ')})`);
  });
  return violations;
}

/** A text to appear in the conversation, waited for. Web Chat's markdown turns ' into ’: both match. */
const botSays = (p: Page, text: string | RegExp) => {
  return p.getByText(pattern(text)).last().waitFor({ state: 'visible', timeout: WAIT });
};

describeBrowser('the chat page in Chromium', () => {
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    app = await startSeededApp(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    await residentAccount(app);
    await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
    context = await openBrowser();
    page = context.pages()[0] ?? (await context.newPage());
    watch(page);
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('opens with the welcome and the menu card, with no axe violation', async () => {
    await page.goto(url());
    await expect(page.title()).resolves.toBe('Assistant de Carrières-sous-Poissy');
    await botSays(page, "Bonjour ! Je suis l'assistant de l'Espace Citoyens de Carrières-sous-Poissy. Je vous aide dans vos démarches, à toute heure.");
    await page.getByRole('button', { name: 'Me connecter' }).first().waitFor();
    await shot(page, '1-welcome');
    expect(await axe(page)).toEqual([]);
  });

  it('signs in, opens the calendar card, books by clicking it and sees the confirmation', async () => {
    await press(page, 'Me connecter', "Quelle est l'adresse e-mail de votre espace ?");
    await say(page, EMAIL, 'Tapez le code reçu.');
    await say(page, lastCode(app.core.config.outboxDir, EMAIL), /Bonjour Madame DURAND/);
    await say(page, 'réserver', 'Quelle activité voulez-vous modifier ?');
    await press(page, 'Restauration scolaire', 'Pour quel enfant ?');
    await press(page, 'Léa', /^Tout décocher$/);
    await shot(page, '2-calendar');
    await cardShot(page, '2-calendar-card');
    expect(await axe(page)).toEqual([]);
    await press(page, 'Tout cocher', /^Tout décocher$/);
    await press(page, 'Valider', /Léa : à réserver les 3, 4, 7, 8, 10, 11, 14, 15, 17 et 18 décembre\./);
    await press(page, 'Confirmer', /Référence : CSP-RES-2026-000001\./);
    await shot(page, '3-confirmed');
    const booked = app.core.db.$client.prepare("select count(*) as n from reservations where status != 'cancelled'").get() as { n: number };
    expect(booked.n).toBe(11);
  });

  it('shows the invoice card, with no axe violation, also in large text and high contrast', async () => {
    await say(page, 'Mes factures', /Séjour CT 3/);
    await shot(page, '4-invoices');
    await cardShot(page, '4-invoices-card');
    expect(await axe(page)).toEqual([]);
    const large = page.getByRole('button', { name: 'Texte agrandi et contraste renforcé' });
    await large.click();
    await expect(large.getAttribute('aria-pressed')).resolves.toBe('true');
    await shot(page, '5-large');
    expect(await axe(page)).toEqual([]);
    await large.click();
  });

  it('keeps the conversation when the page is reloaded', async () => {
    await page.reload();
    await botSays(page, /Référence : CSP-RES-2026-000001\./);
    await botSays(page, "Bonjour ! Je suis l'assistant");
    // One conversation, greeted once: the reload did not start another.
    const stored = app.core.db.$client.prepare("select count(distinct conversation_id) as conversations, sum(activity like '%Bonjour ! Je suis%') as welcomes from directline_activities").get();
    expect(stored).toEqual({ conversations: 1, welcomes: 1 });
  });

  it('books with the keyboard only, in a new conversation', async () => {
    // The page's own buttons come first in the Tab order.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 5 && (await focusedName(page)) !== 'Nouvelle conversation'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Nouvelle conversation');
    await page.keyboard.press('Enter');
    // A new conversation: the earlier one's messages leave the transcript, a new welcome comes.
    const transcript = page.locator('.webchat__basic-transcript');
    await transcript.getByText(/Référence : CSP-RES-2026-000001\./).first().waitFor({ state: 'detached', timeout: WAIT });
    await transcript.getByText(pattern("Bonjour ! Je suis l'assistant")).first().waitFor({ state: 'visible', timeout: WAIT });
    const stored = app.core.db.$client.prepare("select count(distinct conversation_id) as conversations from directline_activities where activity like '%Bonjour ! Je suis%'").get();
    expect(stored).toEqual({ conversations: 2 });
    const box = page.getByRole('textbox').first();
    await box.focus();
    await andThen(page, () => keyTo(page, 'Me connecter'), "Quelle est l'adresse e-mail de votre espace ?");
    // The menu's buttons are the card's: back to the send box after choosing one.
    await andThen(page, async () => {
      await box.focus();
      await page.keyboard.type(`${EMAIL}\n`);
    }, 'Tapez le code reçu.');
    await andThen(page, () => page.keyboard.type(`${lastCode(app.core.config.outboxDir, EMAIL)}\n`), /Bonjour Madame DURAND/);
    await andThen(page, () => page.keyboard.type('réserver\n'), 'Quelle activité voulez-vous modifier ?');
    // Only Hugo goes to the maternelle's evening care: his calendar comes at once.
    await andThen(page, () => keyTo(page, 'Accueil Périscolaire Maternelle — soir'), /^Tout décocher$/);
    // Space ticks the day's box: nothing is sent until « Valider ».
    await keyTo(page, 'jeudi 3 décembre', false);
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).resolves.toBe(true);
    await andThen(page, () => keyTo(page, 'Valider'), /Hugo : à réserver le 3 décembre\./);
    await andThen(page, () => keyTo(page, 'Confirmer'), /Référence : CSP-RES-2026-000002\./);
    await shot(page, '6-keyboard');
    const booked = app.core.db.$client.prepare("select count(*) as n from reservations where day = '2026-12-03' and status != 'cancelled'").get() as { n: number };
    expect(booked.n).toBe(2);
  });

  it('shows the attach button and sends the avis d\'imposition with it: the paper is stored', async () => {
    await say(page, 'envoyer un document', 'Quel document envoyez-vous ?');
    await press(page, 'Avis d\'imposition', /avec le trombone/);
    const button = page.locator('.webchat__upload-button').first();
    await button.waitFor({ state: 'visible' });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 32)]);
    // The file chooser's input, as a click on the button opens it.
    await andThen(page, () => page.locator('input.webchat__upload-button--file-input').setInputFiles({ name: 'avis-2025.pdf', mimeType: 'application/pdf', buffer: pdf }), /Avis d['’]imposition \(avis-2025\.pdf\)/);
    await shot(page, '7-uploaded');
    expect(await axe(page)).toEqual([]);
    const row = app.core.db.$client.prepare('select kind, size_bytes from documents').get();
    expect(row).toEqual({ kind: 'avis_imposition', size_bytes: pdf.length });
  });

  it('loads with no console error and no script blocked by the page policy', () => {
    expect(problems).toEqual([]);
  });
});
