/// <reference lib="dom" />
/**
 * What a resident meets on a 320×568 phone, in Chromium: every button's whole label (a card's, a
 * suggested answer's) shown, none cut with « … »; the days of the calendar card tall enough for a
 * finger; a file the bot would refuse (not a PDF, JPEG or PNG; more than 10 MB) not sent, the page
 * saying why in its status line, then a good one sent and stored, its name readable in its bubble;
 * a file the server refuses or that does not arrive, the page saying why and what to do next.
 * Skipped without Chromium, as the other browser tests.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningApp } from '../../src/index';
import { ARTIFACTS, press, say, shot, WAIT } from './chatDriver';
import { closeChatPage, openChatPage, signIn, type ChatPage } from './chatPage';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();

jest.setTimeout(180_000);

let chat: ChatPage;
let app: RunningApp;
let page: Page;

/** The buttons of the last card and the suggested answers whose label is cut (its text wider than its box) or that go past the screen's edge. */
const cutLabels = (p: Page) => p.evaluate(() => {
  const last = Array.from(document.querySelectorAll('.webchat__basic-transcript .ac-adaptiveCard')).pop();
  const buttons = [...Array.from(last?.querySelectorAll('.ac-pushButton') ?? []), ...Array.from(document.querySelectorAll('.webchat__suggested-actions button'))] as HTMLElement[];
  const cut: string[] = [];
  for (const b of buttons) {
    const label = (b.getAttribute('aria-label') || b.innerText).trim();
    const boxes = [b, ...Array.from(b.querySelectorAll<HTMLElement>('*'))];
    if (boxes.some((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) || b.getBoundingClientRect().right > window.innerWidth) cut.push(label);
  }
  return { buttons: buttons.length, cut };
});

const documents = () => app.core.db.$client.prepare('select kind, file_name as name, size_bytes as size from documents').all();
const status = (p: Page) => p.locator('#status').innerText();

describeBrowser('a resident on a 320 px phone: labels, days, files', () => {
  beforeAll(async () => {
    chat = await openChatPage({ viewport: { width: 320, height: 568 }, resident: true });
    ({ app, page } = chat);
    await signIn(chat);
  });
  afterAll(() => closeChatPage(chat));

  it('shows the whole label of every suggested answer and of every button of the calendar card', async () => {
    await say(page, 'réserver', 'Quelle activité voulez-vous modifier ?');
    await page.locator('.webchat__suggested-actions button').first().waitFor();
    const activities = await cutLabels(page);
    await shot(page, 'phone-320-activities');
    expect(activities.buttons).toBeGreaterThanOrEqual(4);
    expect(activities.cut).toEqual([]);
    await press(page, 'Restauration scolaire', 'Pour quel enfant ?');
    await press(page, 'Léa', /^Tout décocher$/);
    const calendar = await cutLabels(page);
    expect(calendar.buttons).toBeGreaterThanOrEqual(4);
    expect(calendar.cut).toEqual([]);
  });

  it('gives each day of the calendar card a row 44 px tall at least, the whole row ticking the day', async () => {
    const rows = page.locator('.webchat__basic-transcript .ac-adaptiveCard').last().locator('.ac-toggleInput');
    const heights = await rows.evaluateAll((all) => all.map((r) => Math.round(r.getBoundingClientRect().height)));
    expect(heights.length).toBeGreaterThan(5);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    // The day's words face its box: the label's text (one line or two) centred on the box, within 4 px.
    const offsets = await rows.evaluateAll((all) => all.map((r) => {
      const box = (r.querySelector('input') as HTMLElement).getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(r.querySelector('label') as HTMLElement);
      const line = range.getBoundingClientRect();
      return Math.abs(line.top + line.height / 2 - (box.top + box.height / 2));
    }));
    expect(Math.max(...offsets)).toBeLessThanOrEqual(4);
    // A tap near the row's top right corner, beyond its label's text, ticks the day.
    const row = rows.first();
    await row.scrollIntoViewIfNeeded();
    const box = await row.boundingBox();
    await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) - 4, (box?.y ?? 0) + 4);
    await expect(row.locator('input').isChecked()).resolves.toBe(true);
    await shot(page, 'phone-320-calendar');
  });

  it('does not send a file of another type or too big, says why in the status line, then sends a PDF', async () => {
    await say(page, 'annuler', /./);
    await say(page, 'envoyer un document', 'Quel document envoyez-vous ?');
    await press(page, 'Avis d\'imposition', /avec le trombone/);
    const input = page.locator('input.webchat__upload-button--file-input');
    await expect(input.getAttribute('accept')).resolves.toMatch(/application\/pdf/);
    const posted = () => app.core.db.$client.prepare('select count(*) as n from directline_activities').get();
    const before = posted();

    await input.setInputFiles({ name: 'notes.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK not a paper') });
    await page.locator('#status').filter({ hasText: 'notes.docx' }).waitFor({ timeout: WAIT });
    await expect(page.locator('#status').getAttribute('role')).resolves.toBe('status');
    await shot(page, 'phone-320-wrong-type');
    await input.setInputFiles({ name: 'avis-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024, 32)]) });
    await page.locator('#status').filter({ hasText: 'avis-scan.pdf' }).waitFor({ timeout: WAIT });
    expect(await status(page)).toMatch(/\b11\b/);
    // Nothing went to the bot, nothing is stored, no message is left « failed » in the conversation.
    expect(posted()).toEqual(before);
    expect(documents()).toEqual([]);
    await expect(page.locator('.webchat__basic-transcript .webchat__bubble--from-user .webchat__fileContent').count()).resolves.toBe(0);

    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 32)]);
    await input.setInputFiles({ name: 'avis-2025.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator('.webchat__basic-transcript').getByText(/Avis d['’]imposition \(avis-2025\.pdf\)/).last().waitFor({ timeout: WAIT });
    expect(documents()).toEqual([{ kind: 'avis_imposition', name: 'avis-2025.pdf', size: pdf.length }]);
    expect(await status(page)).toBe('');
    await shot(page, 'phone-320-sent');
  });

  it('says why a file the page sent was not taken, and what to do: not a real PDF, over the server\'s limit, not arrived', async () => {
    const input = page.locator('input.webchat__upload-button--file-input');
    const reason = () => page.locator('#status').getAttribute('data-reason');
    const stored = documents();
    await say(page, 'envoyer un document', 'Quel document envoyez-vous ?');
    await press(page, 'Avis d\'imposition', /avec le trombone/);
    // Named .pdf, declared a PDF, but not one: the server refuses it (415).
    await input.setInputFiles({ name: 'avis-faux.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Bonjour, ceci est un texte.') });
    await page.locator('#status[data-reason]').waitFor({ timeout: WAIT });
    expect([await reason(), await status(page)]).toEqual(['notPaper', expect.stringContaining('avis-faux.pdf')]);
    await shot(page, 'phone-320-not-paper');
    // A server whose limit is below the page's (413): the page says the file is too big.
    await page.route('**/upload?*', (route) => route.fulfill({ status: 413, contentType: 'application/json', body: JSON.stringify({ error: { code: 'MessageSizeTooBig', message: 'too big', reason: 'tooBig' } }) }));
    await input.setInputFiles({ name: 'avis-lourd.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
    await page.locator('#status[data-reason="tooBig"]').waitFor({ timeout: WAIT });
    expect(await status(page)).toContain('avis-lourd.pdf');
    // The network, or a server error: Direct Line retries silently; once Web Chat stops waiting, the page says so.
    await page.unroute('**/upload?*');
    await page.route('**/upload?*', (route) => route.abort('failed'));
    await input.setInputFiles({ name: 'avis-perdu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
    await page.locator('#status[data-reason="failed"]').waitFor({ timeout: WAIT });
    expect(await status(page)).toContain('avis-perdu.pdf');
    await page.unroute('**/upload?*');
    // Nothing was stored; the next good file goes, and what was said goes with it.
    expect(documents()).toEqual(stored);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1000, 32)]);
    await input.setInputFiles({ name: 'avis-vrai.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator('.webchat__basic-transcript').getByText(/avis-vrai\.pdf\)/).last().waitFor({ timeout: WAIT });
    expect(documents()).toHaveLength(stored.length + 1);
    expect([await reason(), await status(page)]).toEqual([null, '']);
  });

  it('shows the name of the file sent in its bubble at 4.5:1 at least', async () => {
    const ratio = await page.locator('.webchat__bubble--from-user .webchat__fileContent__fileName').last().evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) => c.map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * ([0.2126, 0.7152, 0.0722][i] as number), 0);
      let bg = 'rgb(255, 255, 255)';
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') {
          bg = c;
          break;
        }
      }
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(bg))].sort((x, y) => y - x) as [number, number];
      return (a + 0.05) / (b + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('shows the titles of the invoice card whole, no word broken in two', async () => {
    await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
    await say(page, 'Mes factures', /Séjour CT 3/);
    // Each title's longest word, measured on one line, against the width its column gives it.
    const titles = await page.locator('.webchat__basic-transcript .ac-adaptiveCard').last().locator('.ac-fact-title p').evaluateAll((all) => all.map((p) => {
      const word = (p.textContent ?? '').split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
      // Measured outside the card (inside, it would widen the column it measures), in the title's font.
      const probe = document.createElement('span');
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(p).font}`;
      probe.textContent = word;
      document.body.appendChild(probe);
      const fits = probe.getBoundingClientRect().width <= p.clientWidth + 0.5;
      probe.remove();
      return { word, fits };
    }));
    await shot(page, 'phone-320-invoices');
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles.filter((t) => !t.fits)).toEqual([]);
  });

  it('pays from the phone: each payment page as wide as the screen, its heading leaving its button in view', async () => {
    await say(page, 'payer ma facture', /Pour payer la facture/);
    const opened = chat.context.waitForEvent('page');
    await page.locator('.webchat__basic-transcript a[href*="/paiement/"]').last().click();
    const pay = await opened;
    const fit = async (name: string) => {
      await pay.screenshot({ path: path.join(ARTIFACTS, `phone-320-${name}.png`) });
      return pay.evaluate(() => ({
        page: document.documentElement.scrollWidth <= window.innerWidth,
        heading: (document.querySelector('h1') as HTMLElement).getBoundingClientRect().height <= window.innerHeight / 4,
        button: ((b) => (b ? b.getBoundingClientRect().bottom <= window.innerHeight : null))(document.querySelector('button')),
      }));
    };
    const inView = { page: true, heading: true, button: true };
    await pay.getByText('Continuer vers le paiement sécurisé').waitFor();
    expect(await fit('payment')).toEqual(inView);
    await Promise.all([pay.waitForURL(/\/paybox-sandbox$/), pay.getByRole('button', { name: 'Continuer vers le paiement sécurisé' }).click()]);
    await pay.getByText('Paiement de démonstration').first().waitFor();
    expect(await fit('sandbox')).toEqual(inView);
    await Promise.all([pay.waitForURL(/\/paybox\/retour\/effectue\?/), pay.getByRole('button', { name: 'Payer' }).click()]);
    await pay.getByText('Paiement transmis').first().waitFor();
    expect(await fit('returned')).toEqual({ ...inView, button: null });
    await pay.close();
    await page.locator('.webchat__basic-transcript').getByText(/est confirmé\./).last().waitFor({ timeout: WAIT });
    expect(app.core.db.$client.prepare('select status from invoices').get()).toEqual({ status: 'paid' });
  });

  it('raised no script error', () => {
    expect(chat.problems).toEqual([]);
  });
});
