/**
 * « ouais », « oui » at the address question of the sign-up: the question said once in the reply, not twice; the
 * address given after it kept. Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'nadia.morel@example.org';
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('a yes at the address question', () => {
  it.each(table([['ouais'], ['oui'], ['ok']]))('%s: « %s » → what is awaited said once, then kept', async (channelId, said) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('je veux creer mon compte, je suis Mme Nadia Morel');
    await c.say(EMAIL);
    expect(c.text(await c.say('06 12 34 56 78'))).toContain(fr['createAccount.ask.address']);
    const reply = c.text(await c.say(said));
    // Said once: the sentence that says what is awaited, not the question after it.
    expect(reply).toContain(fr['createAccount.awaited.address']);
    expect(count(reply, fr['createAccount.ask.address'] as string)).toBe(0);
    expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL)).toMatchObject({ lastName: 'Morel' });
  });
});
