/**
 * A question asked aside at the postal address of the sign-up (« c'est pour quoi faire l'adresse ? », « vous la gardez ? »,
 * « c'est obligatoire ? », « qui la voit ? »): answered (why it is asked, what is done with it), the address asked again,
 * never kept as the address; the address typed next is the one stored. Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'lea.durand@example.org';
const account = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL);

describe('a question aside at the address of the sign-up', () => {
  it.each(
    table([
      ["c'est pour quoi faire l'adresse ?", 'createAccount.why.address'],
      ['c’est obligatoire ?', 'createAccount.why.address'],
      ['vous la gardez ?', 'createAccount.addressUse'],
      ['qui la voit ?', 'createAccount.addressUse'],
      ['vous en faites quoi', 'createAccount.addressUse'],
      ['et le mot de passe ?', 'createAccount.passwordAtEnd'],
    ]),
  )('%s: « %s » is answered (%s), the address asked again', async (channelId, said, key) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const s of ['1', 'Madame', 'Durand', 'Léa', EMAIL]) await c.say(s);
    expect(c.text(await c.say('06 12 34 56 78'))).toContain(fr['createAccount.ask.address']);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr[key]);
    expect(reply).toContain(fr['createAccount.ask.address']);
    expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await account(c)).toMatchObject({ lastName: 'Durand', address: '3 rue Verte 78955 Carrières-sous-Poissy' });
  });
});
