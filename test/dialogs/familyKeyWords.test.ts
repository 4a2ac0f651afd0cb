/**
 * « ma clé enfance » said at the sign-in's code, then at the key's question: words naming the key, not a key typed.
 * No try is spent (no « familyKey.failed » in the audit log), and the key asked is then linked (Web Chat; the key is
 * not asked by SMS).
 */
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'ines.martin@example.org';
const failedTries = (c: Chat) => (c.core.db.$client.prepare("select count(*) as n from audit_log where action = 'familyKey.failed'").get() as { n: number }).n;

it.each(['ma cle enfance', 'ma clé enfance', 'cle famille'])('« %s » at the code, then at the key\'s question: no try spent, the key then linked', async (said) => {
  const c = startChat({ channelId: 'webchat' });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Inès', lastName: 'Martin', phone: null, address: null });
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of ['me connecter', EMAIL, said]) await c.say(m);
  await c.say(lastCode(c.core.config.outboxDir, EMAIL));
  await c.say(said);
  expect(failedTries(c)).toBe(0);
  const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
  await c.say(key);
  const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL);
  expect(account?.householdId).toBeTruthy();
});
