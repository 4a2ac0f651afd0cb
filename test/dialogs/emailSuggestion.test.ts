/**
 * An e-mail whose domain looks mistyped (« gmial.com », « gmail.fr », « hotmial.com ») at the sign-up or
 * in « mes coordonnées »: « vouliez-vous écrire …@gmail.com ? », yes or no, by number too. Yes takes the
 * suggestion, no keeps the address as typed without asking again; « yahoo.fr », « orange.fr » are never
 * questioned. It was accepted as typed, and the code went to a mailbox that does not exist. Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function upToEmail(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const said of ['Créer mon espace', 'Madame', 'Martin', 'Sophie']) await c.say(said);
  return c;
}

const phoneAsked = (text: string) => text.includes(fr['createAccount.ask.phone'] as string);
const account = (c: Chat, email: string) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email);

async function finish(c: Chat) {
  for (const said of ['06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(said);
}

describe.each(CHANNELS)('an e-mail domain mistyped at the sign-up (%s)', (channelId) => {
  it.each([
    ['sophie.martin@gmial.com', 'oui', 'sophie.martin@gmail.com'],
    ['sophie.martin@gmail.fr', '1', 'sophie.martin@gmail.com'],
    ['sophie.martin@hotmial.com', 'non', 'sophie.martin@hotmial.com'],
    ['sophie.martin@gmial.com', '2', 'sophie.martin@gmial.com'],
    ['sophie.martin@gmial.com', 'non c est sophie.m@orange.fr', 'sophie.m@orange.fr'],
  ])('« %s », then « %s » at « vouliez-vous écrire … ? »: the account has %s', async (typed, answer, email) => {
    const c = await upToEmail(channelId);
    const asked = c.text(await c.say(typed));
    expect(asked).toContain(textBefore('email.suggest.ask'));
    expect(phoneAsked(asked)).toBe(false);
    expect(phoneAsked(c.text(await c.say(answer)))).toBe(true);
    await finish(c);
    expect(await account(c, email)).toMatchObject({ lastName: 'Martin' });
  });

  it.each(['sophie.martin@yahoo.fr', 'sophie.martin@orange.fr', 'sophie.martin@gmail.com', 'sophie.martin@example.org'])('« %s » is taken as typed, not questioned', async (typed) => {
    const c = await upToEmail(channelId);
    const said = c.text(await c.say(typed));
    expect(said).not.toContain(textBefore('email.suggest.ask'));
    expect(phoneAsked(said)).toBe(true);
  });

  it('an address given with the first message is questioned too, and not again once kept', async () => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say('je veux créer mon espace, je suis Madame Sophie Martin, sophie.martin@gmail.fr'))).toContain(textBefore('email.suggest.ask'));
    expect(phoneAsked(c.text(await c.say('non')))).toBe(true);
    const readBack = c.text(await c.say('06 12 34 56 78')) + c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'));
    expect(readBack).not.toContain(textBefore('email.suggest.ask'));
    await c.say('oui');
    expect(await account(c, 'sophie.martin@gmail.fr')).toMatchObject({ firstName: 'Sophie' });
  });
});

describe.each(CHANNELS)('an e-mail domain mistyped in « mes coordonnées » (%s)', (channelId) => {
  it.each([
    ['1', 'f.durand@gmail.com'],
    ['2', 'f.durand@gmial.com'],
  ])('« %s » at the suggestion: the code goes to %s, which becomes the e-mail', async (answer, email) => {
    const { c } = await signedInChat(chats, { channelId, phone: '0612345678' });
    await c.say('mes coordonnées');
    await c.say('E-mail');
    expect(c.text(await c.say('f.durand@gmial.com'))).toContain(textBefore('email.suggest.ask'));
    expect(c.text(await c.say(answer))).toContain(textBefore('contact.codeSent'));
    await c.say(lastCode(c.core.config.outboxDir, email));
    expect(await account(c, email)).toMatchObject({ lastName: 'Durand' });
  });
});
