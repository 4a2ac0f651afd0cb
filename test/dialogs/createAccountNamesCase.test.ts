/**
 * Names typed in lower case at the sign-up's civility or name questions (« durand léa », « lea durand », « madame durand
 * léa », « durand » then « léa »): stored as the commune's files write them, the last name in capitals (« DURAND ») and the
 * first name with its capital (« Léa »); a first name typed in capitals (« LEA ») too. Names typed with capitals are kept.
 * Web Chat and SMS; each row asserts the question asked next and the account stored.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'lea.durand@example.org';
const account = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL);

describe('names typed in lower case at the sign-up', () => {
  it.each(
    table([
      ['madame durand léa', [], 'email', [], { firstName: 'Léa', lastName: 'DURAND' }],
      ['durand léa', ['madame'], 'email', [], { firstName: 'Léa', lastName: 'DURAND' }],
      ['lea durand', ['madame'], 'email', [], { firstName: 'Lea', lastName: 'DURAND' }],
      ['durand', ['madame'], 'firstName', ['LÉA'], { firstName: 'Léa', lastName: 'DURAND' }],
      ['de la fontaine', ['madame'], 'firstName', ['marie-léa'], { firstName: 'Marie-Léa', lastName: 'DE LA FONTAINE' }],
      ['Durand', ['madame'], 'firstName', ['Léa'], { firstName: 'Léa', lastName: 'Durand' }],
    ]),
  )('%s: « %s » after %j → %s asked next, stored in the commune\'s form', async (channelId, said, before, next, after, stored) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say('1'))).toContain(fr['createAccount.ask.civility']);
    for (const s of before) await c.say(s);
    expect(c.text(await c.say(said))).toContain(fr[`createAccount.ask.${next}`]);
    for (const s of [...after, EMAIL, '06 12 34 56 78']) await c.say(s);
    expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await account(c)).toMatchObject({ civility: 'madame', ...stored });
  });
});
