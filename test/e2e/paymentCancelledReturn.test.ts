/**
 * The resident back from a payment cancelled or refused on the payment page (the sandbox's « Annuler » and « Simuler un
 * refus », Paybox's signed return): Paybox sends no notification for a cancel, so the attempt stayed pending and the
 * conversation said nothing. Now the signed return closes the attempt unpaid, the invoice stays to pay, the conversation is
 * told once (nothing charged, how to try again), and a new payment link works. A return not signed changes nothing.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { settableClock } from '../../src/domain/clock';
import type { Account } from '../../src/domain/types';
import type { RunningApp } from '../../src/index';
import { signQuery } from '../../src/payment/paybox';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { oneOf, rowsOf } from '../support/sql';

const clock = settableClock('2026-11-18T14:00:00Z');
const proactive: string[] = [];
let connector: http.Server;
let app: RunningApp;
let account: Account;
let base: string;

beforeAll(async () => {
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
  app = await startSeededApp(tempConfig(), clock);
  base = `http://${app.host}:${app.port}`;
  const repos = app.core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const created = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
  await repos.accounts.linkHousehold(created.id, household!.id);
  account = (await repos.accounts.get(created.id))!;
  const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
  const reference = { channelId: 'webchat', serviceUrl, conversation: { id: 'conv-cancel' }, user: { id: 'parent-1' }, bot: { id: 'bot' } };
  await app.core.service.rememberConversation(account, { channelId: 'webchat', userId: 'parent-1', conversationId: 'conv-cancel', reference });
});
afterAll(async () => {
  await app.stop();
  await new Promise<void>((resolve) => connector.close(() => resolve()));
});

const hidden = (html: string): Array<[string, string]> => [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m): [string, string] => [m[1] as string, (m[2] as string).replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')]);
const sandboxKey = () => fs.readFileSync(path.join(app.core.config.dataDir, 'paybox-sandbox', 'private.pem'), 'utf8');
const told = (number: string) => proactive.filter((p) => p.includes(number)).length;

/** A new attempt at the invoice, its link opened and the sandbox's choice made: the page the browser comes back to. */
async function decide(invoiceId: number, choice: 'cancel' | 'refuse'): Promise<{ reference: string; back: string }> {
  const started = await app.core.service.payments.start(account, invoiceId);
  const html = await (await fetch(`${base}/paiement/${started.token}`)).text();
  const fields = hidden(html);
  const decided = await fetch(`${base}/paybox-sandbox/decision`, { method: 'POST', body: new URLSearchParams([...fields, ['choice', choice]]), redirect: 'manual' });
  expect(decided.status).toBe(303);
  return { reference: started.attempt.reference, back: decided.headers.get('location') as string };
}

it.each([['cancel' as const, 'annule', 1100], ['refuse' as const, 'refuse', 1200]])('%s on the payment page: the attempt closed unpaid, the invoice to pay, told once', async (choice, page, cents) => {
  const invoice = await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', `Séjour ${choice}`, cents, undefined, 'agent');
  const { reference, back } = await decide(invoice.id, choice);
  expect(back).toContain(`/paybox/retour/${page}?`);
  expect((await fetch(back)).status).toBe(200);
  await app.core.service.outbox.idle();
  expect(await oneOf(app.core, sql`select status from payments where reference = ${reference}`)).toEqual({ status: 'refused' });
  expect(await oneOf(app.core, sql`select status from invoices where id = ${invoice.id}`)).toEqual({ status: 'issued' });
  expect(told(invoice.number)).toBe(1);
  // The page opened again (the back button): told no more.
  await fetch(back);
  await app.core.service.outbox.idle();
  expect(told(invoice.number)).toBe(1);
  // Trying again: a new link, its page open.
  const again = await app.core.service.payments.start(account, invoice.id);
  expect((await fetch(`${base}/paiement/${again.token}`)).status).toBe(200);
}, 60_000);

it('a return not signed, or signed as paid, changes nothing', async () => {
  const invoice = await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour forgé', 1300, undefined, 'agent');
  const { attempt } = await app.core.service.payments.start(account, invoice.id);
  await fetch(`${base}/paybox/retour/annule?Mt=1300&Ref=${attempt.reference}&Auto=XXXXXX&Erreur=00001`);
  await fetch(`${base}/paybox/retour/refuse?${signQuery(`Mt=1300&Ref=${attempt.reference}&Auto=123456&Erreur=00000`, sandboxKey())}`);
  await app.core.service.outbox.idle();
  expect(await rowsOf(app.core, sql`select status from payments where reference = ${attempt.reference}`)).toEqual([{ status: 'pending' }]);
  expect(await oneOf(app.core, sql`select status from invoices where id = ${invoice.id}`)).toEqual({ status: 'issued' });
  expect(told(invoice.number)).toBe(0);
});
