/**
 * The names typed at « Madame ou Monsieur ? » (« Martine Durand », « Mme Martine Durand », « madame durand martine »):
 * the civility taken if said, the names kept and not asked again; only what is missing asked next. Web Chat and SMS;
 * each row asserts the question asked next and the account stored.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'martine.durand@example.org';
const account = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL);

describe('the names typed at the civility question', () => {
  it.each(
    table([
      ['Martine Durand', 'civility', ['Madame']],
      ['Mme Martine Durand', 'email', []],
      ['madame durand martine', 'email', []],
      ['Martine DURAND', 'civility', ['Mme']],
    ]),
  )('%s: « %s » → %s asked next, the names not asked again', async (channelId, said, next, after) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say('1'))).toContain(fr['createAccount.ask.civility']);
    expect(c.text(await c.say(said))).toContain(fr[`createAccount.ask.${next}`]);
    for (const s of after) {
      const reply = c.text(await c.say(s));
      expect(reply).not.toContain(fr['createAccount.ask.lastName']);
      expect(reply).not.toContain(fr['createAccount.ask.firstName']);
    }
    for (const s of [EMAIL, '06 12 34 56 78']) await c.say(s);
    expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    const stored = await account(c);
    expect(stored).toMatchObject({ civility: 'madame' });
    expect([stored?.firstName, stored?.lastName].map((n) => n?.toLowerCase()).sort()).toEqual(['durand', 'martine']);
  });

  // A first name alone (« Sophie », « sophie »): kept, the civility asked again, then only the last name; « Martin » (a usual
  // last name too) and « Durand » are not taken (which name they are cannot be told).
  it.each(table([['Sophie', 'Sophie'], ['sophie', 'sophie'], ['Martin', ''], ['Durand', '']]))('%s: « %s » alone at the civility: first name « %s » kept', async (channelId, said, kept) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('1');
    expect(c.text(await c.say(said))).toContain(fr['createAccount.ask.civility']);
    const afterCivility = c.text(await c.say('1'));
    expect(afterCivility).toContain(fr['createAccount.ask.lastName']);
    await c.say('Durand');
    if (!kept) await c.say('Martine');
    for (const s of [EMAIL, '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(s);
    expect(await account(c)).toMatchObject({ civility: 'madame', lastName: expect.stringMatching(/^durand$/i), firstName: expect.stringMatching(kept ? /^sophie$/i : /^martine$/i) });
  });
});
