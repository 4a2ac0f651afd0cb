/**
 * A civility typed with the names at the sign-up (« Mme Sarah Lemoine » at « Quel est votre nom de famille ? », after
 * « Monsieur » was chosen): it was all kept as the last name, the civility left Monsieur and the first name asked (read
 * back « Monsieur Sarah Mme Sarah Lemoine »). Now the civility typed is the civility (the later word wins) and the names
 * are read after it; a civility alone is noted and the name asked again. Web Chat and SMS; each row asserts the
 * question asked next and the account stored.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'sarah.lemoine@example.org';
const account = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL);

describe('a civility typed with the names', () => {
  it.each(
    table([
      ['Mme Sarah Lemoine', ['Monsieur'], 'email', [], { civility: 'madame', firstName: 'Sarah', lastName: 'Lemoine' }],
      ['M. Paul Durand', ['Madame'], 'email', [], { civility: 'monsieur', firstName: 'Paul', lastName: 'Durand' }],
      ['Mme Lemoine', ['2'], 'firstName', ['Sarah'], { civility: 'madame', firstName: 'Sarah', lastName: 'Lemoine' }],
      ['madame sarah lemoine', ['2'], 'email', [], { civility: 'madame', firstName: 'Sarah', lastName: 'LEMOINE' }],
      ['Madame', ['2'], 'lastName', ['Lemoine', 'Sarah'], { civility: 'madame', firstName: 'Sarah', lastName: 'Lemoine' }],
      ['Mme Sarah', ['2', 'Lemoine'], 'email', [], { civility: 'madame', firstName: 'Sarah', lastName: 'Lemoine' }],
      ['Mme Sarah Lemoine', [], 'email', [], { civility: 'madame', firstName: 'Sarah', lastName: 'Lemoine' }],
    ]),
  )('%s: « %s » after %j → %s asked next, stored as said', async (channelId, said, before, next, after, stored) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say('1'))).toContain(fr['createAccount.ask.civility']);
    for (const s of before) await c.say(s);
    expect(c.text(await c.say(said))).toContain(fr[`createAccount.ask.${next}`]);
    for (const s of [...after, EMAIL, '06 12 34 56 78']) await c.say(s);
    expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await account(c)).toMatchObject(stored);
  });
});
