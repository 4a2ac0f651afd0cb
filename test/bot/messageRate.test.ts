/**
 * A conversation that floods the bot (a script, a stuck key) is told once, in French, to wait, and
 * its messages are not processed; the task it was in waits where it was; other conversations are
 * not touched.
 */
import { MESSAGES_PER_WINDOW } from '../../src/bot/citizenBot';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
  jest.restoreAllMocks();
});

/** The time the bot reads (Date.now, which the message limit counts with), moved ahead instead of waited for. */
const realNow = Date.now;
let skipped = 0;
beforeEach(() => {
  skipped = 0;
  jest.spyOn(Date, 'now').mockImplementation(() => realNow() + skipped);
});

it('asks a flooding conversation to wait, once, and keeps its task', async () => {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' }); // three messages to sign in
  expect(c.text(await c.say('Réserver ou annuler'))).toContain('Quelle activité');
  for (let i = 5; i < MESSAGES_PER_WINDOW; i += 1) await c.say('?');
  expect(c.text(await c.say('?'))).not.toContain('beaucoup de messages');
  const told = c.text(await c.say('?'));
  expect(told).toMatch(/^Vous envoyez beaucoup de messages en peu de temps\. Attendez \d+ secondes, puis réessayez\. Ce que vous avez déjà saisi est conservé\.$/);
  expect(await c.say('Restauration scolaire')).toEqual([]);
  expect(await c.say('menu')).toEqual([]);

  // The window over, the task is where it was: its question is answered.
  skipped += 10_100;
  expect(c.text(await c.say('Restauration scolaire'))).toMatch(/Léa|Hugo|calendrier|enfant/);

  // Another conversation of the same bot is answered as usual.
  const elsewhere = { conversation: { id: 'another-conversation', isGroup: false, conversationType: 'personal', name: 'other' }, channelData: { commune: 'carrieres-sous-poissy' } };
  expect(c.text(await c.say({ ...elsewhere, text: 'horaires' }))).toMatch(/horaires|ouvert/i);
}, 30_000);
