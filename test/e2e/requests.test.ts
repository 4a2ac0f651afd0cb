/**
 * Over HTTP: a resident asks for a death act without an account by SMS; an agent takes it, then
 * completes it with the admin command (on the same data folder); the resident is told by e-mail
 * and sees the status by reference and e-mail. Refusing needs a message; a closed request stays.
 * On Web Chat: a livret de famille with the identity paper attached; the agent's decision reaches
 * the conversation (a local connector receives what the bot sends first) and the mailbox.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { main as admin } from '../../src/admin/cli';
import { fixedClock } from '../../src/domain/clock';

const clock = fixedClock('2026-11-18T14:00:00Z');
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { sql } from 'drizzle-orm';
import { oneOf } from '../support/sql';

let app: RunningApp;
const proactive: Array<{ conversation: string; text: string }> = [];
let connector: http.Server;
let connectorUrl: string;
beforeAll(async () => {
  // The Web Chat channel's connector: where the bot posts a message it sends first.
  connector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const conversation = /\/conversations\/([^/]+)\/activities/.exec(req.url ?? '')?.[1] ?? '';
      if (req.method === 'POST' && conversation) proactive.push({ conversation: decodeURIComponent(conversation), text: (JSON.parse(body) as { text?: string }).text ?? '' });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'a1' }));
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
  app = await startSeededApp(tempConfig(), clock);
});
afterAll(async () => {
  await app.stop();
  await new Promise<void>((resolve) => connector.close(() => resolve()));
});

async function say(text: string): Promise<string> {
  const res = await fetch(`http://${app.host}:${app.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'sms', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR',
      conversation: { id: 'sms-conv' }, from: { id: '+33600000000' }, recipient: { id: 'bot' }, text, channelData: { commune: 'carrieres-sous-poissy' },
    }),
  });
  const body = (await res.json()) as { activities: Array<{ text?: string }> };
  return body.activities.map((a) => a.text ?? '').join('\n');
}

async function runAdmin(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await admin(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: { DATA_DIR: app.core.config.dataDir, LOG_LEVEL: 'silent', ...(app.core.config.postgres ? { DATABASE_URL: app.core.config.postgres.url } : {}) },
    // The agent works at the bot's time (15:00 in Paris), not the machine's: decisions are told in the chat outside 20:00–08:00.
    clock,
  });
  return { code, out, err };
}

it('goes from the resident to the agent and back', async () => {
  await say('bonjour');
  expect(await say('acte de décès')).toContain('Dans quelle commune a eu lieu le décès ?');
  await say('Carrières-sous-Poissy');
  await say('Martin');
  await say('Paul');
  await say('02/11/2025');
  await say('paul.fils@example.org');
  await say('5 rue des Écoles 78955 Carrières-sous-Poissy');
  await say('Jean Martin');
  expect(await say('oui')).toContain('Votre demande porte le numéro CSP-2026-000001.');

  const pending = await runAdmin('pending-requests', '--commune', 'carrieres-sous-poissy');
  expect(pending.out).toContain('CSP-2026-000001');

  expect((await runAdmin('refuse-request', '--reference', 'CSP-2026-000001')).code).toBe(2);
  const taken = await runAdmin('take-request', '--reference', 'csp-2026-1');
  expect(taken).toMatchObject({ code: 0 });
  expect(taken.out).toContain('CSP-2026-000001 : en cours de traitement');
  const done = await runAdmin('complete-request', '--reference', 'CSP-2026-000001', '--message', 'Acte envoyé par courrier le 19/11.');
  expect(done.code).toBe(0);

  const mail = outboxMails(app.core.config.outboxDir).filter((m) => m.includes('To: paul.fils@example.org')).at(-1) ?? '';
  expect(mail.replace(/=\r?\n/g, '')).toContain('Acte envoy');
  // In the conversation the request was made in, its reference is enough (elsewhere the e-mail given is asked: followMadeHere.test.ts).
  expect(await say('où en est ma demande CSP-2026-000001 ?')).toContain('Demande CSP-2026-000001 (acte d\'état civil), envoyée le 18/11/2026 : terminée.');

  const again = await runAdmin('refuse-request', '--reference', 'CSP-2026-000001', '--message', 'trop tard');
  expect(again.code).toBe(1);
  expect(again.err).toContain('est déjà terminée ou refusée');
  expect((await runAdmin('take-request', '--reference', 'CSP-2026-000999')).err).toContain('Aucune demande ne porte la référence');
});

async function webchat(input: string | Record<string, unknown>): Promise<string> {
  const res = await fetch(`http://${app.host}:${app.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'webchat', serviceUrl: connectorUrl, deliveryMode: 'expectReplies', locale: 'fr-FR',
      conversation: { id: 'wc-livret' }, from: { id: 'resident-7' }, recipient: { id: 'bot' }, channelData: { commune: 'carrieres-sous-poissy' },
      ...(typeof input === 'string' ? { text: input } : input),
    }),
  });
  const body = (await res.json()) as { activities: Array<{ text?: string }> };
  return body.activities.map((a) => a.text ?? '').join('\n');
}

it('on Web Chat: a livret de famille with its paper; the agent\'s decision reaches the conversation and the mailbox', async () => {
  await webchat('bonjour');
  expect(await webchat('je voudrais un second livret de famille')).toContain('Pourquoi demandez-vous un livret de famille ?');
  for (const answer of ['Divorce ou séparation', 'oui', 'oui', 'Leroy', 'Sam', 'Anne Leroy', '02/05/2015', '2', 'sam.leroy@example.org']) await webchat(answer);
  expect(await webchat('8 allée des Lilas 78955 Carrières-sous-Poissy')).toContain('Joignez votre pièce d\'identité');
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(500, 32)]);
  const recap = await webchat({ text: '', attachments: [{ contentType: 'application/pdf', name: 'passeport.pdf', contentUrl: `data:application/pdf;base64,${pdf.toString('base64')}` }] });
  expect(recap).toContain('Pièce d\'identité : reçu (passeport.pdf)');
  const sent = await webchat('oui');
  const reference = /CSP-2026-\d{6}/.exec(sent)?.[0] ?? '';
  expect(reference).not.toBe('');

  const paper = (await oneOf<{ kind: string; storage_path: string }>(app.core, sql`select d.kind, d.storage_path from documents d join requests r on r.id = d.request_id where r.reference = ${reference}`))!;
  expect(paper.kind).toBe('piece_identite');
  expect(fs.readFileSync(`${app.core.config.uploadsDir}/${paper.storage_path}`).equals(pdf)).toBe(true);

  const shown = await runAdmin('show-request', '--reference', reference);
  expect(shown.out).toContain(`Demande ${reference} (Livret de famille) — reçue, en attente — envoyée le 18/11/2026 15:00 par sam.leroy@example.org`);
  expect(shown.out).toContain('  reason : separated');
  expect(shown.out).toContain('Documents joints : 1');
  expect(shown.out).toContain(`  piece_identite  passeport.pdf  1 Ko  ${app.core.config.uploadsDir}/${paper.storage_path}`);
  expect((await runAdmin('show-request', '--reference', 'CSP-2026-000999')).err).toContain('Aucune demande ne porte la référence CSP-2026-000999.');

  const done = await runAdmin('complete-request', '--reference', reference, '--message', 'Votre livret est prêt au guichet unique.');
  expect(done).toMatchObject({ code: 0 });
  expect(done.out).toContain('Prévenu aussi dans sa conversation : 1 message(s).');
  expect(proactive).toEqual([{ conversation: 'wc-livret', text: `Votre demande ${reference} (livret de famille) est maintenant : terminée.\nMessage du service : Votre livret est prêt au guichet unique.` }]);
  const mail = outboxMails(app.core.config.outboxDir).filter((m) => m.includes('To: sam.leroy@example.org')).at(-1) ?? '';
  expect(mail.replace(/=\r?\n/g, '')).toContain(reference);

  // The bot's job finds nothing left to tell: told once.
  expect((await runAdmin('run-job', 'request-notices')).out).toContain('"told":0');
  expect(proactive).toHaveLength(1);
});
