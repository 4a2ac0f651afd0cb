/**
 * « bonjour », « salut » alone at a task's question (the sign-in's e-mail, an act's name): greeted and
 * asked again, never read as the answer (« cette adresse n'est pas complète », a name « Bonjour »).
 * « Madame » at the civility is that answer, not a greeting. The session opened and the request stored are asserted.
 */
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'ines.martin@example.org', civility: 'madame', firstName: 'Inès', lastName: 'Martin', phone: null, address: null });
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

describe.each(CHANNELS)('a greeting at a question (%s)', (channelId) => {
  it.each([['bonjour'], ['salut'], ['bjr'], ['Bonjour madame'], ['hello']])('« %s » at the sign-in e-mail: greeted, the e-mail asked again; the sign-in then goes on', async (said) => {
    const c = await chat(channelId);
    await c.say('me connecter');
    const replies = c.text(await c.say(said));
    expect(replies).toContain(fr['welcome.hello']);
    expect(replies).not.toContain((fr['signIn.badEmail'] as string).split('{{')[0]);
    expect(replies.split('\n').at(-1)).toBe(fr['signIn.askEmail']);
    await c.say('ines.martin@example.org');
    await c.say(lastCode(c.core.config.outboxDir, 'ines.martin@example.org'));
    expect(c.core.db.$client.prepare('select count(*) as n from sessions').get()).toEqual({ n: 1 });
  });

  it('« Madame » at the civility of the sign-up is the answer: the last name asked next', async () => {
    const c = await chat(channelId);
    await c.say('créer mon espace');
    const replies = c.text(await c.say('Madame'));
    expect(replies).not.toContain(fr['welcome.hello']);
    expect(replies.split('\n').at(-1)).toBe(fr['createAccount.ask.lastName']);
  });
});

describe.each(CHANNELS)('« ouais », « ok » at the sign-in (%s)', (channelId) => {
  it.each([['ouais'], ['ok'], ['oui']])('« %s » at the e-mail: what is awaited, the e-mail asked again (never « pas complète »); the sign-in then goes on', async (said) => {
    const c = await chat(channelId);
    await c.say('me connecter');
    const replies = c.text(await c.say(said));
    expect(replies).toContain(fr['signIn.awaited.email']);
    expect(replies).not.toContain((fr['signIn.badEmail'] as string).split('{{')[0]);
    await c.say('ines.martin@example.org');
    await c.say(lastCode(c.core.config.outboxDir, 'ines.martin@example.org'));
    expect(c.core.db.$client.prepare('select count(*) as n from sessions').get()).toEqual({ n: 1 });
  });
});
