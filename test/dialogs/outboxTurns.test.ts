/**
 * The mails that follow a resident's turn go through the outbox: with the mail server down, what
 * the resident did is saved and the turn answers as usual (no apology); the mail waits in the
 * outbox, and the `outbox` job sends it once when the server is back. On both stores.
 */
import { settableClock, type SettableClock } from '../../src/domain/clock';
import { openCore } from '../../src/index';
import { startChat, tempConfig, type Chat } from '../support/harness';
import { outboxMails, outboxRows, runOutboxJob, smtpDownFor } from '../support/outbox';

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
