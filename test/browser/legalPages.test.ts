/// <reference lib="dom" />
/**
 * The published pages (accessibility statement, privacy notice, terms of use, the 404 for an
 * unknown commune) and the chat page's legal links in Chromium: axe (WCAG 2.1 A and AA) finds no
 * violation, also for a commune that gives every fact. Skipped, saying so, without Chromium
 * (test/browser/chromium.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readCommuneFile } from '../../src/communes/communeRead';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { ZONES } from '../support/demoCommunes';
import { tempConfig } from '../support/harness';
import { browserDescribe, CHROMIUM } from './chromium';

const describeBrowser = browserDescribe();
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

jest.setTimeout(60_000);

const AUDITED = `id: saint-audit
name: Saint-Audit
portalName: Espace Famille
portalUrl: https://www.saint-audit.fr/famille
familyKeyName: Clé Enfance
schoolZone: B
requestPrefix: SAU
topics: {general: mairie}
services:
  - {code: mairie, name: Mairie, email: mairie@saint-audit.fr, phone: 01 02 03 04 05, address: 1 place de la Mairie}
publication:
  host: Hébergeur Exemple SAS
  dpo: {email: dpo@saint-audit.fr, postalAddress: 1 place de la Mairie}
  accessibility: {status: partial, auditDate: 2026-05-12, rate: 81.5, derogations: [La carte des écoles], contactUrl: https://www.saint-audit.fr/contact}
`;

async function axe(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  return p.evaluate(async () => {
    type Node = { target: unknown[] };
    const w = window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Node[] }> }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}

describeBrowser('the published pages in Chromium', () => {
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    app = await startSeededApp(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
    const read = readCommuneFile(AUDITED, ZONES);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    await app.core.service.saveCommune(read.config);
    context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'fr-FR',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it.each([
    '/accessibilite?commune=carrieres-sous-poissy',
    '/accessibilite?commune=saint-audit',
    '/confidentialite?commune=saint-audit',
    '/conditions?commune=carrieres-sur-seine',
    '/conditions',
    '/confidentialite?commune=atlantis',
  ])('%s has no axe violation', async (url) => {
    await page.goto(`http://${app.host}:${app.port}${url}`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
  });

  it("the chat page's legal links lead to the commune's statement", async () => {
    await page.goto(`http://${app.host}:${app.port}/?commune=saint-audit`);
    await page.getByRole('navigation', { name: 'Informations légales' }).getByRole('link', { name: 'Accessibilité : partiellement conforme' }).click();
    await page.waitForURL(/\/accessibilite\?commune=saint-audit$/);
    expect(await page.locator('h1').innerText()).toContain('Saint-Audit');
  });
});
