/// <reference lib="dom" />
/**
 * The agents' back office in a real browser (Debian's Chromium driven by playwright-core): sign-in
 * with the password and the e-mailed code typed in the forms, then the démarches, bookings,
 * head-count and configuration pages; then the authenticator app enrolled and used to sign in, and
 * an agent added and given roles on the agents' page; each page with zero axe violation (WCAG 2.1 A and AA) and no
 * console error (the CSP lets only the page's own nonce run). Skipped without /usr/bin/chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { settableClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { browserDescribe, CHROMIUM } from './chromium';

const describeBrowser = browserDescribe();
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const EMAIL = 'admin.mairie@example.org';
const GOOD = 'Cantine-du-Parc-2026!';

jest.setTimeout(180_000);

let app: RunningApp;
let context: BrowserContext;
let page: Page;
let config: ReturnType<typeof tempConfig>;
const clock = settableClock('2026-11-18T14:00:00Z');
const problems: string[] = [];

async function axe(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  return p.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describeBrowser('the agents\' back office in Chromium', () => {
  beforeAll(async () => {
    config = tempConfig();
    app = await startSeededApp(config, clock);
    await app.core.service.agentTeam.add('carrieres-sous-poissy', EMAIL, ['administration'], `http://${app.host}:${app.port}`);
    await app.core.service.requests.submit({ commune: await app.core.service.getCommune('carrieres-sous-poissy'), kind: 'family_booklet', email: 'ana@example.org', data: { motif: 'naissance' }, locale: 'fr' });
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, locale: 'fr-FR', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
    page.on('pageerror', (e) => problems.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('signs in with the password and the code, and every page passes axe', async () => {
    const mail = outboxMails(config.outboxDir).map((m) => m.replace(/=\r?\n/g, '')).find((m) => m.includes(`To: ${EMAIL}`)) ?? '';
    const link = /http:\/\/\S+\/agents\/mot-de-passe\/[A-Za-z0-9_-]{43}/.exec(mail)?.[0] ?? '';
    await page.goto(link);
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Nouveau mot de passe').fill(GOOD);
    await page.getByLabel('Confirmez le mot de passe').fill(GOOD);
    await page.getByRole('button').click();
    await page.getByRole('link', { name: /Connexion/ }).click();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Adresse e-mail').fill(EMAIL);
    await page.getByLabel('Mot de passe').fill(GOOD);
    await page.getByRole('button').click();
    await page.getByLabel('Code reçu par e-mail').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Code reçu par e-mail').fill(lastCode(config.outboxDir, EMAIL));
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.getByRole('heading', { name: 'Accueil' }).waitFor();
    for (const path_ of ['/agents', '/agents/demarches', '/agents/reservations', '/agents/effectifs?jour=2026-12-03', '/agents/documents', '/agents/commune']) {
      await page.goto(`http://${app.host}:${app.port}${path_}`);
      expect([path_, await axe(page)]).toEqual([path_, []]);
    }
    await page.goto(`http://${app.host}:${app.port}/agents/demarches`);
    await page.locator('tbody a').first().click();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Prendre en charge' }).click();
    await page.getByRole('status').waitFor();
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('enrols the authenticator app, signs in with it, and manages an agent; every page passes axe', async () => {
    const base = `http://${app.host}:${app.port}`;
    await page.goto(`${base}/agents/securite`);
    expect(await axe(page)).toEqual([]);
    const key = ((await page.locator('p.code').textContent()) ?? '').replace(/\s/g, '');
    const code = () => new TOTP({ secret: Secret.fromBase32(key), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: clock.now().getTime() });
    await page.getByLabel("Code de l'application d'authentification").fill(code());
    await page.getByRole('button', { name: "Activer l'application" }).click();
    await page.getByRole('status').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    clock.advance(1);
    await page.goto(`${base}/agents/connexion`);
    await page.getByLabel('Adresse e-mail').fill(EMAIL);
    await page.getByLabel('Mot de passe').fill(GOOD);
    await page.getByRole('button').click();
    await page.getByLabel("Code de l'application d'authentification").fill(code());
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.getByRole('heading', { name: 'Accueil' }).waitFor();
    await page.getByRole('link', { name: 'Agents de la commune' }).first().click();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Adresse e-mail').fill('cantine@example.org');
    await page.getByLabel('périscolaire').check();
    await page.getByRole('button', { name: "Ajouter l'agent" }).click();
    await page.getByRole('status').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'cantine@example.org' }).click();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('état civil').check();
    await page.getByRole('button', { name: 'Enregistrer les rôles' }).click();
    await page.getByRole('status').waitFor();
    expect(await axe(page)).toEqual([]);
    expect((await app.core.service.agentTeam.findByEmail('cantine@example.org'))?.roles).toEqual(['etat-civil', 'periscolaire']);
    expect(problems).toEqual([]);
  });
});
