/**
 * Paying an invoice over HTTP through the offline sandbox, as a resident would: « payer ma
 * facture » in the chat, « Payer » on the card, the link, the sandbox's page, « Payer »; then the
 * invoice is paid once, the receipt arrives in the SMTP test server and the conversation is told
 * proactively (a local connector receives it). Forged, replayed and mismatched notifications,
 * and a forged browser return, change nothing and are audited.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { signQuery } from '../../src/payment/paybox';
import { tempConfig } from '../support/harness';
import { startSmtp, type TestSmtp } from '../support/smtp';
import { sql } from 'drizzle-orm';
import { oneOf, rowsOf } from '../support/sql';

let mails: string[] = [];
const proactive: string[] = [];
let smtp: TestSmtp;
let connector: http.Server;
let connectorUrl: string;
let app: RunningApp;
let base: string;

beforeAll(async () => {
  smtp = await startSmtp();
  mails = smtp.mails;
  // The channel's connector: where the bot posts a message it sends first.
  connector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.method === 'POST' && req.url?.includes('/activities')) proactive.push((JSON.parse(body) as { text?: string }).text ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'a1' }));
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
  app = await startSeededApp(tempConfig({ SMTP_URL: smtp.url }), fixedClock('2026-11-18T14:00:00Z'));
  base = `http://${app.host}:${app.port}`;
  const repos = app.core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
  await repos.accounts.linkHousehold(account.id, household?.id as number);
  await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', '7916 - Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
});
afterAll(async () => {
  await app.stop();
  await smtp.close();
  await new Promise<void>((resolve) => connector.close(() => resolve()));
});

interface Reply {
  text?: string;
  attachments?: Array<{ contentType: string; content: { fallbackText: string; speak: string; actions: Array<{ type: string; title: string; data?: Record<string, unknown>; url?: string }> } }>;
}

async function post(activity: Record<string, unknown>): Promise<Reply[]> {
  const res = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'webchat', serviceUrl: connectorUrl, deliveryMode: 'expectReplies', locale: 'fr-FR',
      conversation: { id: 'conv-pay' }, from: { id: 'parent-1' }, recipient: { id: 'bot' }, channelData: { commune: 'carrieres-sous-poissy' }, ...activity,
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Reply[] }).activities;
}
const words = (replies: Reply[]) => replies.map((a) => a.text ?? '').join('\n').replace(/[\u202f\u00a0]/g, ' ');
const say = async (text: string) => words(await post({ text }));
const hidden = (html: string): Array<[string, string]> => [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m): [string, string] => [m[1] as string, (m[2] as string).replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')]);
const audits = async (action: string) => (await oneOf<{ n: number }>(app.core, sql`select cast(count(*) as integer) as n from audit_log where action = ${action}`))?.n;
const invoiceStatus = async () => (await oneOf<{ status: string }>(app.core, sql`select status from invoices`))?.status;
const notify = (query: string) => fetch(`${base}/paybox/notification?${query}`);
const sandboxKey = () => fs.readFileSync(path.join(app.core.config.dataDir, 'paybox-sandbox', 'private.pem'), 'utf8');

/** « Payer » on the invoice card, then the payment link said in the chat. */
async function payLink(): Promise<string> {
  const detail = await post({ text: 'payer ma facture' });
  const card = detail.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  expect(card?.fallbackText.replace(/[\u202f\u00a0]/g, ' ')).toContain('Total : 73,80 €');
  expect(card?.speak.replace(/[\u202f\u00a0]/g, ' ')).toContain('À payer avant le 15 décembre 2026');
  const pay = card?.actions.find((a) => a.title.replace(/[\u202f\u00a0]/g, ' ') === 'Payer 73,80 €');
  expect(card?.actions.find((a) => a.type === 'Action.OpenUrl')?.url).toMatch(/\/factures\/.+\.pdf$/);
  const text = words(await post({ value: pay?.data }));
  expect(text).toContain('Pour payer la facture CSP-FAC-2026-000001 (73,80 €)');
  return /(http:\/\/\S+\/paiement\/\S+)/.exec(text)?.[1] as string;
}

let signedPaid = '';

it('pays an invoice through the sandbox: paid once, receipt mailed, the conversation told', async () => {
  await say('bonjour');
  await say('Me connecter');
  await say('francoise.durand@example.org');
  const codeMail = mails.filter((m) => m.includes('To: francoise.durand@example.org')).at(-1) ?? '';
  await say(/: (\d{6})\b/.exec(codeMail)?.[1] ?? 'no code');
  const link = await payLink();
  const pagePay = await fetch(link);
  const html = await pagePay.text();
  expect(pagePay.status).toBe(200);
  expect(html).toContain('Continuer vers le paiement sécurisé');
  expect(html).toContain(`action="${base}/paybox-sandbox"`);
  // the legal links at its foot name the payer's commune
  expect(html).toContain('href="/accessibilite?commune=carrieres-sous-poissy"');
  expect(html).toContain('href="/confidentialite?commune=carrieres-sous-poissy"');
  const fields = hidden(html);
  expect(Object.fromEntries(fields)).toMatchObject({ PBX_TOTAL: '7380', PBX_DEVISE: '978', PBX_PORTEUR: 'francoise.durand@example.org', PBX_REPONDRE_A: `${base}/paybox/notification` });

  const sandbox = await fetch(`${base}/paybox-sandbox`, { method: 'POST', body: new URLSearchParams(fields) });
  expect(await sandbox.text()).toContain('Paiement de démonstration');
  // The browser leaves the sandbox: the notification was sent and checked before the redirect.
  const decided = await fetch(`${base}/paybox-sandbox/decision`, { method: 'POST', body: new URLSearchParams([...fields, ['choice', 'pay']]), redirect: 'manual' });
  expect(decided.status).toBe(303);
  const back = decided.headers.get('location') as string;
  expect(back).toMatch(/\/paybox\/retour\/effectue\?Mt=7380&Ref=CSP-FAC-2026-000001-\w+&Auto=\d{6}&Erreur=00000&Sign=/);
  signedPaid = back.split('?')[1] as string;
  expect(await invoiceStatus()).toBe('paid');
  expect(await rowsOf(app.core, sql`select status, error_code as code from payments`)).toEqual([{ status: 'paid', code: '00000' }]);
  const returned = await fetch(back);
  expect(await returned.text()).toContain('Paiement transmis');

  // The receipt is sent right after the commit, outside Paybox's notification: let it finish.
  await app.core.service.outbox.idle();
  const receipt = mails.find((m) => m.includes('Gardez ce message'));
  expect(receipt).toContain('To: francoise.durand@example.org');
  expect(receipt?.replace(/[\u202f\u00a0]/g, ' ')).toContain('Montant payé : 73,80 €');
  expect(receipt).toMatch(/Numéro d'autorisation : \d{6}/);
  expect(proactive.join('\n').replace(/[\u202f\u00a0]/g, ' ')).toContain('Votre paiement de 73,80 € pour la facture CSP-FAC-2026-000001 est confirmé.');

  // Afterwards: nothing left to pay, and the old link says so.
  expect(await say('payer ma facture')).toContain('Toutes vos factures sont réglées.');
  expect(await (await fetch(link)).text()).toContain('Cette facture est déjà réglée.');
});

it('a notification replayed ten times pays nothing more and is audited each time', async () => {
  for (let i = 0; i < 10; i += 1) expect((await notify(signedPaid)).status).toBe(200);
  expect(await oneOf(app.core, sql`select cast(count(*) as integer) as n from payments where status = 'paid'`)).toEqual({ n: 1 });
  expect(await audits('payment.replayed')).toBe(10);
  expect(mails.filter((m) => m.includes('Gardez ce message'))).toHaveLength(1);
});

it('forged, unknown, mismatched and unsigned notifications change nothing, each answered and audited', async () => {
  // Another invoice, not paid yet, with a pending attempt.
  const invoice = await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour CT 4', 1000, undefined, 'agent');
  const account = (await app.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'francoise.durand@example.org'))!;
  const { attempt } = await app.core.service.payments.start(account, invoice.id);
  const unpaid = async () => (await oneOf<{ status: string }>(app.core, sql`select status from invoices where id = ${invoice.id}`))?.status;

  const genuine = signQuery(`Mt=1000&Ref=${attempt.reference}&Auto=123456&Erreur=00000`, sandboxKey());
  expect((await notify(genuine.replace('Mt=1000', 'Mt=1'))).status).toBe(403);
  expect((await notify(`Mt=1000&Ref=${attempt.reference}&Auto=123456&Erreur=00000`)).status).toBe(403);
  expect(await audits('payment.badNotification')).toBe(2);

  expect((await notify(signQuery('Mt=1000&Ref=NOT-OURS&Auto=123456&Erreur=00000', sandboxKey()))).status).toBe(200);
  expect(await audits('payment.unknownReference')).toBe(1);
  expect((await notify(signQuery(`Mt=1&Ref=${attempt.reference}&Auto=123456&Erreur=00000`, sandboxKey()))).status).toBe(200);
  expect(await audits('payment.wrongAmount')).toBe(1);

  // A browser return made up to look successful: a page, nothing paid.
  const forgedReturn = await fetch(`${base}/paybox/retour/effectue?Mt=1000&Ref=${attempt.reference}&Auto=123456&Erreur=00000`);
  expect(forgedReturn.status).toBe(200);
  expect(await unpaid()).toBe('issued');

  // A refusal by the bank: the attempt is refused, the invoice still to pay, the resident told.
  expect((await notify(signQuery(`Mt=1000&Ref=${attempt.reference}&Auto=XXXXXX&Erreur=00105`, sandboxKey()))).status).toBe(200);
  expect(await unpaid()).toBe('issued');
  expect(await audits('payment.declined')).toBe(1);
  await app.core.service.outbox.idle();
  expect(proactive.join('\n')).toContain('Le paiement de la facture CSP-FAC-2026-000002 n\'est pas passé.');
});

it('an invoice paid by a second attempt is flagged as a duplicate to refund, never paid twice', async () => {
  const invoice = await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour CT 5', 2000, undefined, 'agent');
  const account = (await app.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'francoise.durand@example.org'))!;
  const first = await app.core.service.payments.start(account, invoice.id);
  const second = await app.core.service.payments.start(account, invoice.id);
  await notify(signQuery(`Mt=2000&Ref=${first.attempt.reference}&Auto=111111&Erreur=00000`, sandboxKey()));
  await notify(signQuery(`Mt=2000&Ref=${second.attempt.reference}&Auto=222222&Erreur=00000`, sandboxKey()));
  expect(await rowsOf(app.core, sql`select status from payments where invoice_id = ${invoice.id} order by id`)).toEqual([{ status: 'paid' }, { status: 'duplicate' }]);
  expect(await audits('payment.duplicate')).toBe(1);
});

it('the invoice PDF is served for its link only', async () => {
  const account = (await app.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'francoise.durand@example.org'))!;
  const [invoice] = await app.core.service.invoices.list(account);
  const token = await app.core.service.invoices.pdfToken(account, invoice!.id);
  const pdf = await fetch(`${base}/factures/${token}.pdf`);
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  // A character changed inside the token (the last one may carry only base64 padding bits).
  const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
  expect((await fetch(`${base}/factures/${tampered}.pdf`)).status).toBe(404);
});
