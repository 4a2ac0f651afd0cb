/**
 * The payment's side effects after the commit, through the outbox: with the mail server down, Paybox
 * still gets its 200 and the invoice is paid; the receipt waits in the outbox and the `outbox` job
 * sends it once the server is back, once only. A second payment of a paid invoice is told to the
 * resident (mail and conversation) and listed by `npm run admin -- refunds` until marked refunded.
 * A message that keeps failing is given up after ten attempts and counted in `jobs`.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { main } from '../../src/admin/cli';
import { settableClock } from '../../src/domain/clock';
import type { Account } from '../../src/domain/types';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { runJob, type JobDefinition } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { signQuery } from '../../src/payment/paybox';
import { tempConfig } from '../support/harness';
import { startSmtp, type TestSmtp } from '../support/smtp';
import { oneOf, rowsOf } from '../support/sql';

const clock = settableClock('2026-11-18T14:00:00Z');
const proactive: string[] = [];
let smtp: TestSmtp | undefined;
let smtpPort: number;
let connector: http.Server;
let app: RunningApp;
let account: Account;
let cliEnv: Record<string, string>;

beforeAll(async () => {
  smtp = await startSmtp();
  smtpPort = Number(new URL(smtp.url).port);
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
  const config = tempConfig({ SMTP_URL: smtp.url });
  cliEnv = { DATA_DIR: config.dataDir, LOG_LEVEL: 'silent', JOBS: 'off', ...(config.postgres ? { DATABASE_URL: config.postgres.url } : {}) };
  app = await startSeededApp(config, clock);
  const repos = app.core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const created = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
  await repos.accounts.linkHousehold(created.id, household!.id);
  account = (await repos.accounts.get(created.id))!;
  // The conversation she last used, reached through the local connector.
  const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
  const reference = { channelId: 'webchat', serviceUrl, conversation: { id: 'conv-outbox' }, user: { id: 'parent-1' }, bot: { id: 'bot' } };
  await app.core.service.rememberConversation(account, { channelId: 'webchat', userId: 'parent-1', conversationId: 'conv-outbox', reference });
});
afterAll(async () => {
  await app.stop();
  await smtp?.close();
  await new Promise<void>((resolve) => connector.close(() => resolve()));
});

const sandboxKey = () => fs.readFileSync(path.join(app.core.config.dataDir, 'paybox-sandbox', 'private.pem'), 'utf8');
const mails = () => smtp?.mails ?? [];
const receipts = (number: string) => mails().filter((m) => m.includes('Gardez ce message') && m.includes(number)).length;
const outboxJob = () => app.jobs.find((j) => j.name === 'outbox') as JobDefinition;
const runOutbox = async () => expect((await runJob(outboxJob(), app.core.service, createLogger('silent'))).status).toBe('done');
const smtpDown = async () => {
  await smtp?.close();
  smtp = undefined;
};
const smtpBack = async () => {
  smtp = await startSmtp(smtpPort);
};

/** A new invoice and a payment attempt of it; `notify` sends Paybox's signed notification for the attempt. */
async function invoiceToPay(label: string, cents: number) {
  const invoice = await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', label, cents, '2026-12-15', 'agent');
  const start = () => app.core.service.payments.start(account, invoice.id);
  const notify = (reference: string, auto: string) => fetch(`http://${app.host}:${app.port}/paybox/notification?${signQuery(`Mt=${cents}&Ref=${reference}&Auto=${auto}&Erreur=00000`, sandboxKey())}`);
  return { invoice, start, notify };
}

const messagesOf = (reference: string) =>
  rowsOf<{ kind: string; status: string; attempts: number; next: string; error: string | null; sentAt: string | null }>(
    app.core,
    sql`select kind, status, attempts, next_attempt_at as next, last_error as error, sent_at as "sentAt" from outbox where cast(payload as text) like ${`%${reference}%`} order by id`,
  );

async function admin(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: cliEnv, clock });
  return { code, out: out.replace(/[\u202f\u00a0]/g, ' '), err };
}

it('SMTP down during the notification: Paybox gets 200, the invoice is paid, the receipt waits and is sent once when SMTP is back', async () => {
  await smtpDown();
  const { invoice, start, notify } = await invoiceToPay('Séjour CT 3', 7380);
  const { attempt } = await start();
  expect((await notify(attempt.reference, '123456')).status).toBe(200);
  await app.core.service.outbox.idle();
  expect(await oneOf(app.core, sql`select status from invoices where id = ${invoice.id}`)).toEqual({ status: 'paid' });
  const [waiting] = await messagesOf(attempt.reference);
  expect(waiting).toMatchObject({ kind: 'receipt', status: 'pending', attempts: 1, next: '2026-11-18T14:01:00.000Z', sentAt: null });
  expect(waiting?.error).toMatch(/^ECONNREFUSED|^ESOCKET|^ECONNECTION/);
  expect(waiting?.error).not.toContain('@');
  // Paybox tries again: nothing more is queued.
  expect((await notify(attempt.reference, '123456')).status).toBe(200);
  expect(await messagesOf(attempt.reference)).toHaveLength(1);
  const jobs = await admin('jobs');
  expect(jobs.out).toContain('outbox : * * * * *');
  expect(jobs.out).toContain('messages à envoyer : 1 en attente, 0 en cours d\'envoi, 0 en échec');

  await smtpBack();
  // Before its next attempt time, the job leaves it.
  await runOutbox();
  expect(receipts(invoice.number)).toBe(0);
  clock.advance(1);
  await runOutbox();
  expect(receipts(invoice.number)).toBe(1);
  expect(mails().find((m) => m.includes(invoice.number))).toContain('To: francoise.durand@example.org');
  expect(await messagesOf(attempt.reference)).toEqual([expect.objectContaining({ status: 'sent', attempts: 1, sentAt: clock.now().toISOString() })]);
  expect(proactive.join('\n').replace(/[\u202f\u00a0]/g, ' ')).toContain(`Votre paiement de 73,80 € pour la facture ${invoice.number} est confirmé.`);
  // Run again, and the notification replayed: no second receipt.
  await runOutbox();
  expect((await notify(attempt.reference, '123456')).status).toBe(200);
  await app.core.service.outbox.idle();
  await runOutbox();
  expect(receipts(invoice.number)).toBe(1);
  expect(await messagesOf(attempt.reference)).toHaveLength(1);
});

it('a second payment of a paid invoice: the resident is told it will be refunded, the Régie lists it until it is marked refunded', async () => {
  const { invoice, start, notify } = await invoiceToPay('Séjour CT 5', 2000);
  const first = (await start()).attempt;
  const second = (await start()).attempt;
  expect((await notify(first.reference, '111111')).status).toBe(200);
  expect((await notify(second.reference, '222222')).status).toBe(200);
  await app.core.service.outbox.idle();
  expect(await rowsOf(app.core, sql`select status from payments where invoice_id = ${invoice.id} order by id`)).toEqual([{ status: 'paid' }, { status: 'duplicate' }]);
  expect(await messagesOf(second.reference)).toEqual([expect.objectContaining({ kind: 'duplicatePayment', status: 'sent' })]);
  const told = mails().filter((m) => m.includes('To: francoise.durand@example.org') && m.includes(second.reference));
  expect(told).toHaveLength(1);
  expect(receipts(invoice.number)).toBe(1);
  expect(proactive.join('\n').replace(/[\u202f\u00a0]/g, ' ')).toContain(`La facture ${invoice.number} était déjà réglée. Votre second paiement de 20,00 € vous sera remboursé.`);

  const listed = await admin('refunds');
  expect(listed.code).toBe(0);
  const line = listed.out.split('\n').find((l) => l.includes(second.reference)) ?? '';
  for (const part of [invoice.number, '20,00 €', '18/11/2026', '222222']) expect(line).toContain(part);
  expect(listed.out).not.toContain(first.reference);

  const done = await admin('refunds', '--done', ` ${second.reference.toLowerCase()} `);
  expect(done.code).toBe(0);
  expect(await oneOf(app.core, sql`select status from payments where reference = ${second.reference}`)).toEqual({ status: 'refunded' });
  expect(await oneOf(app.core, sql`select actor, subject from audit_log where action = 'payment.refunded'`)).toEqual({ actor: 'admin', subject: second.reference });
  expect((await admin('refunds')).out).not.toContain(second.reference);
  expect(await admin('refunds', '--done', second.reference)).toMatchObject({ code: 1 });
  expect(await admin('refunds', '--done', first.reference)).toMatchObject({ code: 1 });
});

it('a message that keeps failing is tried again later and later, then failed after ten attempts', async () => {
  await smtpDown();
  const { start, notify } = await invoiceToPay('Séjour CT 6', 1500);
  const { attempt } = await start();
  expect((await notify(attempt.reference, '333333')).status).toBe(200);
  await app.core.service.outbox.idle();
  const nexts: number[] = [];
  for (let attempts = 1; attempts < 10; attempts += 1) {
    const [message] = await messagesOf(attempt.reference);
    expect(message).toMatchObject({ status: 'pending', attempts });
    nexts.push((new Date(message!.next).getTime() - clock.now().getTime()) / 60_000);
    clock.advance(nexts.at(-1)!);
    await runOutbox();
  }
  expect(nexts).toEqual([1, 5, 15, 60, 360, 360, 360, 360, 360]);
  expect(await messagesOf(attempt.reference)).toEqual([expect.objectContaining({ status: 'failed', attempts: 10 })]);
  expect((await admin('jobs')).out).toContain('0 en attente, 0 en cours d\'envoi, 1 en échec');
});

it('a refused payment is told in the conversation after Paybox got its answer, through the outbox: once, and again later when it could not be said', async () => {
  const refusal = (number: string) => proactive.filter((p) => p.includes(`Le paiement de la facture ${number} n'est pas passé.`)).length;
  const { invoice, start } = await invoiceToPay('Séjour CT 7', 4200);
  const { attempt } = await start();
  const refuse = () => fetch(`http://${app.host}:${app.port}/paybox/notification?${signQuery(`Mt=4200&Ref=${attempt.reference}&Auto=XXXXXX&Erreur=00105`, sandboxKey())}`);
  // The sender that runs right after the notification fails to speak (this file's last test: the
  // bot's own notifier is not put back); the job's sender is the bot's.
  const bot = app.core.service.outbox;
  let tries = 0;
  bot.notifier = { notify: () => ((tries += 1), Promise.reject(Object.assign(new Error('connector down'), { code: 'ECONNRESET' }))) };
  expect((await refuse()).status).toBe(200);
  await bot.idle();
  expect(tries).toBe(1);
  expect(await oneOf(app.core, sql`select status from payments where reference = ${attempt.reference}`)).toEqual({ status: 'refused' });
  expect(await messagesOf(attempt.reference)).toEqual([expect.objectContaining({ kind: 'paymentRefused', status: 'pending', attempts: 1, error: 'ECONNRESET' })]);
  expect(refusal(invoice.number)).toBe(0);

  clock.advance(1);
  await runOutbox();
  expect(refusal(invoice.number)).toBe(1);
  expect(await messagesOf(attempt.reference)).toEqual([expect.objectContaining({ status: 'sent' })]);
  // Paybox's notification replayed, and the job again: told once.
  expect((await refuse()).status).toBe(200);
  await runOutbox();
  expect(refusal(invoice.number)).toBe(1);
  expect(await messagesOf(attempt.reference)).toHaveLength(1);
});
