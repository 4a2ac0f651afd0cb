/**
 * An English-speaking resident asked for the e-mail of their account who has none (« i dont have account », « I have no
 * account », « I'm new here »): the sign-up begins, and the account is created once read back. These words were taken for an
 * e-mail not found (« I did not find an e-mail address ») and the question asked again. Web Chat and SMS; asserts the account stored.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const account = (c: Chat, email: string) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email);

describe('no account, said in English at the sign-in', () => {
  it.each(table([['i dont have account'], ['I have no account'], ["I'm new here"]]))('%s: « %s » starts the sign-up', async (channelId, said) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('hello, I need to pay my bill for the canteen, how?');
    await c.say(said);
    for (const answer of ['1', 'Martin', 'Paula', 'paula.martin@example.fr', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'yes']) await c.say(answer);
    expect(await account(c, 'paula.martin@example.fr')).toMatchObject({ civility: 'madame', firstName: 'Paula', lastName: 'Martin' });
  });
});
