/**
 * Both names typed at « Quel est votre nom de famille ? » whose first name is not told apart (« dupont lou »: not a
 * first name known, namesTogether.test.ts for those that are): kept as typed, then the first name typed next
 * (« Lou ») is taken off the surname, as a guichet agent would (withoutFirstName). Web Chat and SMS; each row
 * asserts the question asked next and the account stored.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const account = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'marie.dupont@example.org');

describe('both names typed as the surname', () => {
  it.each(table([
    ['dupont lou', 'Lou', 'DUPONT'],
    ['Lou Dupont', 'lou', 'Dupont'],
    ['dupont lou', 'Julie', 'DUPONT LOU'],
  ]))('%s: « %s » then « %s »: the surname stored is %s', async (channel, surname, firstName, lastName) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const said of ['Créer mon espace', 'Madame']) await c.say(said);
    expect(c.text(await c.say(surname))).toContain(fr['createAccount.ask.firstName']);
    for (const said of [firstName, 'marie.dupont@example.org', '06 12 34 56 78']) await c.say(said);
    expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await account(c)).toMatchObject({ lastName });
  });
});
