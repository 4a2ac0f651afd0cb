/// <reference lib="dom" />
/**
 * The back office's invoices and payments pages in a real browser (Debian's Chromium driven by
 * playwright-core), as a régie agent: December's preview with its table, the run by its button,
 * a one-off invoice typed in the form (« 45,50 »), a negative amount refused with its message, a
 * duplicate payment marked refunded with a note; each page with zero axe violation (WCAG 2.1 A
 * and AA) and no console error. The agent signs in over HTTP (the sign-in pages have their own
 * browser test); the session cookie is given to the browser. Skipped without /usr/bin/chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { settableClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { linkedDurand } from '../support/accounts';
import { tempConfig } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { rowsOf } from '../support/sql';
import { browserDescribe, CHROMIUM } from './chromium';

const describeBrowser = browserDescribe();
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const EMAIL = 'regie@example.org';
const GOOD = 'Cantine-du-Parc-2026!';

jest.setTimeout(180_000);

let app: RunningApp;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const clock = settableClock('2026-11-10T09:00:00Z');
const url = (p: string) => `http://${app.host}:${app.port}${p}`;

async function axe(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  return p.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** A form post over HTTP, with the page's cookie and CSRF value: the next page's cookie and CSRF value. */
async function form(p: string, cookie: string, fields: Record<string, string> = {}): Promise<{ cookie: string; csrf: string; location: string }> {
  const read = async (res: Response) => ({ cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] || cookie, csrf: /name="csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '', location: res.headers.get('location') ?? '' });
  const shown = await read(await fetch(url(p), { headers: { cookie }, redirect: 'manual' }));
  if (Object.keys(fields).length === 0) return shown;
  const res = await fetch(url(p), { method: 'POST', headers: { cookie: shown.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrf: shown.csrf, ...fields }).toString(), redirect: 'manual' });
  return read(res);
}

describeBrowser('invoices and payments in Chromium', () => {
  beforeAll(async () => {
    app = await startSeededApp(tempConfig(), clock);
    const { service } = app.core;
    await service.agentTeam.add('carrieres-sous-poissy', EMAIL, ['regie'], url(''));
    const link = /\/agents\/mot-de-passe\/[A-Za-z0-9_-]{43}/.exec(outboxMails(app.core.config.outboxDir).map((m) => m.replace(/=\r?\n/g, '')).find((m) => m.includes(`To: ${EMAIL}`)) ?? '')?.[0] ?? '';
    const set = await form(link, '');
    await form(link, set.cookie, { password: GOOD, confirmation: GOOD });
    // The Durand family's December canteen, booked on time; an invoice paid twice.
    const durand = await linkedDurand(app.core);
    const household = await service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    const lea = (await service.deps.repos.households.listChildren(household!.id)).find((c) => c.firstName === 'Léa')!.id;
    const canteen = (await service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen')!.id;
    const basket = await service.reservations.planBasket(durand, canteen, ['2026-12-03', '2026-12-04'].map((day) => ({ childId: lea, day, action: 'add' as const })));
    await service.reservations.confirmBasket(durand, await service.getCommune('carrieres-sous-poissy'), basket.id);
    clock.advance((new Date('2027-01-04T09:00:00Z').getTime() - clock.now().getTime()) / 60_000);
    const trip = await service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Classe de neige', 8000, undefined, 'agent');
    const [a, b] = [await service.payments.start(durand, trip.id), await service.payments.start(durand, trip.id)];
    await service.payments.notified({ reference: a.attempt.reference, amountCents: 8000, authorization: '123456', errorCode: '00000' });
    await service.payments.notified({ reference: b.attempt.reference, amountCents: 8000, authorization: '654321', errorCode: '00000' });
    await service.deps.repos.invoices.createAttempt({ invoiceId: trip.id, reference: `${trip.number}-NEVERCONFIRMED`, amountCents: 8000, provider: 'sandbox', accountId: durand.id, createdAt: new Date(clock.now().getTime() - 45 * 60_000).toISOString() });

    const signIn = await form('/agents/connexion', '');
    const sent = await form('/agents/connexion', signIn.cookie, { email: EMAIL, password: GOOD });
    await form('/agents/code', sent.cookie, { code: lastCode(app.core.config.outboxDir, EMAIL) });
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, locale: 'fr-FR', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    const [name, value] = sent.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: url('/agents') }]);
    page = context.pages()[0] ?? (await context.newPage());
    // The refused amount's page is a 422, which Chromium logs: the one error expected.
    page.on('console', (m) => void (m.type() === 'error' && !/status of 422/.test(m.text()) && problems.push(m.text())));
    page.on('pageerror', (e) => problems.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('previews and runs December, creates a one-off invoice, refuses a negative amount, marks a refund: every page passes axe', async () => {
    await page.goto(url('/agents'));
    await page.getByRole('link', { name: 'Factures et paiements' }).first().click();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Mois à facturer').fill('2026-12');
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await page.getByRole('table').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: /Émettre les 1 factures/ }).click();
    await page.getByRole('status').waitFor();
    expect(await axe(page)).toEqual([]);
    expect(await rowsOf(app.core, sql`select id from invoices where kind = 'monthly'`)).toHaveLength(1);

    await page.getByLabel('Numéro de dossier famille').fill('CSP-F-000101');
    await page.getByLabel('Libellé').fill('Sortie au musée');
    await page.getByLabel('Montant en euros').fill('-5');
    await page.getByRole('button', { name: 'Créer la facture' }).click();
    await page.getByRole('alert').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Montant en euros').fill('45,50');
    await page.getByRole('button', { name: 'Créer la facture' }).click();
    await page.getByRole('status').waitFor();
    expect(await rowsOf(app.core, sql`select id from invoices where total_cents = 4550`)).toHaveLength(1);

    await page.getByRole('link', { name: 'Paiements à rembourser et en attente' }).first().click();
    await page.getByText('NEVERCONFIRMED').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Note (facultatif)').fill('Remboursé dans Paybox');
    await page.getByRole('button', { name: 'Marquer remboursé' }).click();
    await page.getByRole('status').waitFor();
    expect(await axe(page)).toEqual([]);
    expect(await rowsOf(app.core, sql`select id from payments where status = 'refunded'`)).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
