/// <reference lib="dom" />
/**
 * Two errands with the keyboard alone on a 375 px phone, in Chromium, axe (WCAG 2.1 A and AA) at
 * each step: a démarche (livret de famille) whose identity paper is sent with the web chat's attach
 * button, reached and pressed from the keyboard; then an invoice paid through the Paybox sandbox:
 * « Payer » on the card, the payment link in the chat, the payment page, the sandbox's « Payer », the
 * return page, and the confirmation in the chat. Keys only: Tab, Shift+Tab, arrows, Enter, Space,
 * typing. Screenshots go to test-artifacts/browser/keys-*.png.
 */
import type { FileChooser, Page } from 'playwright-core';
import type { RunningApp } from '../../src/index';
import { lastCode } from '../support/outbox';
import { andThen, focusedName, keyTo, pattern, shot, WAIT } from './chatDriver';
import { closeChatPage, EMAIL, openChatPage, type ChatPage } from './chatPage';
import { axe } from './pageChecks';
import { browserDescribe } from './chromium';

const describeBrowser = browserDescribe();

jest.setTimeout(180_000);

const COMMUNE = 'Carrières-sous-Poissy';
let chat: ChatPage;
let app: RunningApp;
let page: Page;
/**
 * The file choosers the page opened. Listened to from the start: Playwright turns on intercepting them when the
 * first listener is added, without waiting, so a key pressed right after `waitForEvent('filechooser')` may open
 * the browser's own dialog instead (seen under load) and the event never comes.
 */
const choosers: FileChooser[] = [];

async function nextChooser(): Promise<FileChooser> {
  for (const end = Date.now() + WAIT; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const chooser = choosers.shift();
    if (chooser) return chooser;
  }
  throw new Error('No file chooser opened.');
}

const t = (key: string, params?: Record<string, unknown>) => app.core.texts.for('fr')(key, params);

/** Types in the send box (focused from the keyboard's point of view: it is where typing goes) and sends with Enter. */
const type = (p: Page, text: string, expected: string | RegExp) =>
  andThen(p, async () => {
    await p.getByRole('textbox').first().focus();
    await p.keyboard.type(`${text}\n`);
  }, expected);

/** Presses Tab until the focused element is named `name`, then Enter (on a page other than the chat). */
async function tabTo(p: Page, name: string | RegExp): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    await p.keyboard.press('Tab');
    const focused = await focusedName(p);
    seen.push(focused);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return p.keyboard.press('Enter');
  }
  throw new Error(`« ${String(name)} » not reached with Tab: ${seen.join(' | ')}`);
}

async function noViolation(p: Page): Promise<void> {
  expect(await axe(p)).toEqual([]);
}

describeBrowser('errands with the keyboard only, on a 375 px phone', () => {
  beforeAll(async () => {
    const invoice = (a: RunningApp) => a.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
    const watch = (p: Page) => p.on('filechooser', (chooser) => choosers.push(chooser));
    chat = await openChatPage({ viewport: { width: 375, height: 667 }, resident: true, seed: invoice, watch });
    ({ app, page } = chat);
  });
  afterAll(() => closeChatPage(chat));

  it('asks for a livret de famille and sends the identity paper with the attach button', async () => {
    await type(page, 'je voudrais un duplicata du livret de famille', t('demarche.family_booklet.ask.reason'));
    await noViolation(page);
    await andThen(page, () => keyTo(page, t('demarche.family_booklet.reason.lost')), t('demarche.family_booklet.ask.holder'));
    await type(page, 'oui', t('demarche.family_booklet.ask.livesHere', { commune: COMMUNE }));
    await type(page, 'oui', t('demarche.family_booklet.ask.lastName'));
    await type(page, 'Durand', t('demarche.family_booklet.ask.firstName'));
    await type(page, 'Françoise', "Quel est le nom de l'autre parent");
    await type(page, 'Marc Durand', 'Quelle est la date de votre mariage ?');
    await type(page, '15/06/2012', t('demarche.family_booklet.ask.children'));
    await type(page, 'deux', t('demarche.family_booklet.ask.email'));
    await type(page, EMAIL, t('demarche.family_booklet.ask.address', { commune: COMMUNE }));
    await type(page, '1 rue de la Demo 78955 Carrières-sous-Poissy', t('demarche.family_booklet.ask.identity'));
    await noViolation(page);

    // The attach button, reached from the send box with Shift+Tab, opened with Enter.
    await page.getByRole('textbox').first().focus();
    for (let i = 0; i < 4 && !(await page.evaluate(() => !!document.activeElement?.closest('.webchat__upload-button'))); i += 1) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.webchat__upload-button'))).toBe(true);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 32)]);
    await andThen(page, async () => {
      await page.keyboard.press('Enter');
      await (await nextChooser()).setFiles({ name: 'cni.pdf', mimeType: 'application/pdf', buffer: pdf });
    }, /Pièce d['’]identité : reçu \(cni\.pdf\)/);
    await shot(page, 'keys-1-paper');
    await noViolation(page);
    await type(page, 'oui', /CSP-2026-\d{6}/);
    await noViolation(page);
    const paper = app.core.db.$client.prepare('select d.kind, d.file_name, d.size_bytes, r.kind as request from documents d join requests r on r.id = d.request_id').get();
    expect(paper).toEqual({ kind: 'piece_identite', file_name: 'cni.pdf', size_bytes: pdf.length, request: 'family_booklet' });
  });

  it('pays an invoice through the Paybox sandbox, from the card to the confirmation in the chat', async () => {
    await andThen(page, () => keyTo(page, 'Me connecter'), t('signIn.askEmail'));
    await type(page, EMAIL, 'Tapez le code reçu.');
    await type(page, lastCode(app.core.config.outboxDir, EMAIL), /Bonjour Madame DURAND/);
    await type(page, 'payer ma facture', /Séjour CT 3/);
    await noViolation(page);
    await andThen(page, () => keyTo(page, /^Payer 73,80/), /Pour payer la facture CSP-FAC-2026-000001/);
    await noViolation(page);

    // The link in the bot's message, reached like any control of a message; it opens the payment page in a new tab.
    const opened = chat.context.waitForEvent('page');
    await keyTo(page, /\/paiement\//);
    const pay = await opened;
    await pay.waitForLoadState();
    await pay.getByText('Continuer vers le paiement sécurisé').waitFor();
    await noViolation(pay);
    await Promise.all([pay.waitForURL(/\/paybox-sandbox$/), tabTo(pay, 'Continuer vers le paiement sécurisé')]);
    await pay.getByText('Paiement de démonstration').first().waitFor();
    await noViolation(pay);
    await Promise.all([pay.waitForURL(/\/paybox\/retour\/effectue\?/), tabTo(pay, t('payment.sandbox.pay'))]);
    await pay.getByText('Paiement transmis').first().waitFor();
    await noViolation(pay);
    await pay.close();

    // Back in the chat: the bank's confirmation, told in the conversation.
    await page.locator('.webchat__basic-transcript').getByText(pattern(/Votre paiement de 73,80\s€ pour la facture CSP-FAC-2026-000001 est confirmé\./)).last().waitFor({ timeout: WAIT });
    await shot(page, 'keys-2-paid');
    await noViolation(page);
    expect(app.core.db.$client.prepare('select status from invoices').get()).toEqual({ status: 'paid' });
    expect(app.core.db.$client.prepare('select status, error_code as code from payments').all()).toEqual([{ status: 'paid', code: '00000' }]);
  });

  it('raised no script error', () => {
    expect(chat.problems).toEqual([]);
  });
});
