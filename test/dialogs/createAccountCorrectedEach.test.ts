/**
 * At the sign-up's read-back, a correction that gives several new values (« non c madame et mon nom c Lemoine »): only
 * the civility was asked again and « mon nom c Lemoine » was lost. Now each value given is applied (the civility named
 * by its word too: « non c madame ») and the read-back shown again; a field named without its value is asked, the values
 * given kept. Web Chat and SMS; each row asserts the question asked next and the account stored.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Up to the read-back of Monsieur Sarah Martin. */
async function atReadBack(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const said of ['1', 'Monsieur', 'Martin', 'Sarah', 'sarah.m@example.org', '06 12 34 56 78']) await c.say(said);
  expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
  return c;
}

const account = (c: Chat, email: string) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email);

describe('several fields corrected at the read-back', () => {
  it.each(
    table<[string, Record<string, string>]>([
      ['non c madame et mon nom c Lemoine', 'sarah.m@example.org', { civility: 'madame', firstName: 'Sarah', lastName: 'Lemoine' }],
      ["non c'est madame, et le nom c'est Lemoine", 'sarah.m@example.org', { civility: 'madame', firstName: 'Sarah', lastName: 'Lemoine' }],
      ["non le prénom c'est Julie et le mail c'est julie.martin@example.org", 'julie.martin@example.org', { civility: 'monsieur', firstName: 'Julie', lastName: 'Martin' }],
      ["non le nom c'est Lemoine et mon tel c'est 07 11 22 33 44", 'sarah.m@example.org', { lastName: 'Lemoine', phone: '0711223344' }],
      ['non c madame', 'sarah.m@example.org', { civility: 'madame', firstName: 'Sarah', lastName: 'Martin' }],
      ["non mon mail c'est sarah.lemoine@example.org", 'sarah.lemoine@example.org', { civility: 'monsieur', lastName: 'Martin' }],
    ]),
  )('%s: « %s » → all applied, read back again', async (channelId, said, email, stored) => {
    const c = await atReadBack(channelId);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr['createAccount.confirm']);
    expect(reply).not.toContain(fr['createAccount.ask.civility']);
    expect(reply).not.toContain(fr['createAccount.whichField']);
    await c.say('oui');
    expect(await account(c, email)).toMatchObject(stored);
  });

  it.each(table([['non c madame et le prénom aussi']]))('%s: « %s » → the civility kept, the first name asked, then read back', async (channelId, said) => {
    const c = await atReadBack(channelId);
    expect(c.text(await c.say(said))).toContain(fr['createAccount.ask.firstName']);
    expect(c.text(await c.say('Julie'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await account(c, 'sarah.m@example.org')).toMatchObject({ civility: 'madame', firstName: 'Julie', lastName: 'Martin' });
  });
});
