/**
 * The mails that follow a resident's turn go through the outbox: with the mail server down, what
 * the resident did is saved and the turn answers as usual (no apology); the mail waits in the
 * outbox, and the `outbox` job sends it once when the server is back. On both stores.
 */
import { settableClock, type SettableClock } from '../../src/domain/clock';
import { openCore } from '../../src/index';
import { startChat, tempConfig, type Chat } from '../support/harness';
import { lastCode, outboxMails, outboxRows, runOutboxJob, smtpDownFor } from '../support/outbox';
import { rowsOf } from '../support/sql';
import { sql } from 'drizzle-orm';

const chats: Chat[] = [];
afterEach(async () => {
  for (const c of chats.splice(0)) await c.core.close();
});

async function chat(channelId = 'test'): Promise<{ c: Chat; clock: SettableClock }> {
  const clock = settableClock('2026-11-18T14:00:00Z');
  const c = startChat({ clock, channelId, core: await openCore(tempConfig(), clock) });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return { c, clock };
}

const APOLOGY = /Désolé|problème technique/;
const mailsWith = (c: Chat, text: string) => outboxMails(c.core.config.outboxDir).filter((m) => m.replace(/=\r?\n/g, '').includes(text)).length;

it('a démarche sent while the mail server is down: numbered and stored, its receipt mailed once by the outbox job', async () => {
  const { c, clock } = await chat('sms');
  const down = smtpDownFor(c.core, 'sendRequestConfirmation');
  c.text(await c.say('je veux m\'inscrire sur les listes électorales'));
  for (const answer of ['1', 'J\'y habite', 'Bernard', 'Julie', '03/02/1995', 'julie@example.org', '3 rue Verte 78955 Carrières-sous-Poissy']) await c.say(answer);
  const sent = c.text(await c.say('oui'));
  expect(sent).toContain('CSP-2026-000001');
  expect(sent).not.toMatch(APOLOGY);
  await c.core.service.outbox.idle();
  expect(down).toHaveBeenCalledTimes(1);
  expect(await c.core.service.requests.follow(await c.core.service.getCommune('carrieres-sous-poissy'), 'CSP-2026-000001', 'julie@example.org')).toMatchObject({ status: 'submitted' });
  expect(await outboxRows(c.core, 'requestConfirmation')).toEqual([{ status: 'pending', attempts: 1, payload: { reference: 'CSP-2026-000001' } }]);
  expect(mailsWith(c, 'CSP-2026-000001')).toBe(0);

  down.mockRestore();
  clock.advance(1);
  await runOutboxJob(c.core);
  expect(mailsWith(c, 'CSP-2026-000001')).toBe(1);
  expect(outboxMails(c.core.config.outboxDir)[0]).toContain('To: julie@example.org');
  expect(await outboxRows(c.core, 'requestConfirmation')).toEqual([expect.objectContaining({ status: 'sent' })]);
  await runOutboxJob(c.core);
  expect(mailsWith(c, 'CSP-2026-000001')).toBe(1);
});

/** Madame Durand, linked to the family file CSP-F-000101 (Léa, Hugo), signed in in the chat. */
async function signedIn(c: Chat): Promise<void> {
  const repos = c.core.service.deps.repos;
  const email = 'francoise.durand@example.org';
  const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
  await repos.accounts.linkHousehold(account.id, (await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))!.id);
  await c.say('Me connecter');
  await c.say(email);
  expect(c.text(await c.say(lastCode(c.core.config.outboxDir, email)))).not.toMatch(APOLOGY);
}

it('a basket confirmed while the mail server is down: booked and answered as usual, its confirmation mailed once by the outbox job', async () => {
  const { c, clock } = await chat();
  await signedIn(c);
  const down = smtpDownFor(c.core, 'sendBookingConfirmation');
  expect(c.text(await c.say('réserver la cantine les mardis et jeudis de janvier sauf le 12 pour Léa et Hugo'))).toContain('Léa : à réserver les 5, 7, 14, 19, 21, 26 et 28 janvier.');
  const done = c.text(await c.say('oui'));
  expect(done).toContain('Référence : CSP-RES-2026-000001.');
  expect(done).toContain('Hugo : réservé les 5, 7, 14, 19, 21, 26 et 28 janvier.');
  expect(done).not.toMatch(APOLOGY);
  await c.core.service.outbox.idle();
  expect(down).toHaveBeenCalledTimes(1);
  const booked = await rowsOf<{ n: number }>(c.core, sql`select cast(count(*) as integer) as n from reservations where status = 'confirmed'`);
  expect(Number(booked[0]?.n)).toBe(14);
  const [row] = await outboxRows(c.core, 'bookingConfirmation');
  expect(row).toMatchObject({ status: 'pending', attempts: 1, payload: { locale: 'fr' } });
  expect(mailsWith(c, 'CSP-RES-2026-000001')).toBe(0);

  down.mockRestore();
  clock.advance(1);
  await runOutboxJob(c.core);
  expect(mailsWith(c, 'CSP-RES-2026-000001')).toBe(1);
  const mail = outboxMails(c.core.config.outboxDir).map((m) => m.replace(/=\r?\n/g, '')).find((m) => m.includes('CSP-RES-2026-000001')) ?? '';
  expect(mail).toContain('To: francoise.durand@example.org');
  // What the chat said after « Confirmer », worded again from the stored basket.
  expect(mail).toContain('Hugo : r=C3=A9serv=C3=A9 les 5, 7, 14, 19, 21, 26 et 28 janvier.');
  expect(await outboxRows(c.core, 'bookingConfirmation')).toEqual([expect.objectContaining({ status: 'sent' })]);
  await runOutboxJob(c.core);
  expect(mailsWith(c, 'CSP-RES-2026-000001')).toBe(1);
});
