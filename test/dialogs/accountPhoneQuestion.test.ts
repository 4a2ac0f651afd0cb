/**
 * A question typed at the phone's question of the sign-up (« c koi le mot de passe il faut », « pourquoi vous voulez mon
 * numéro ? »): answered or hinted, never « numéro non valide », then the same question again; what was given kept.
 * Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'nadia.morel@example.org';

describe('a question at the phone question', () => {
  it.each(
    table([
      ['c koi le mot de passe il faut', 'createAccount.passwordAtEnd'],
      ['il faut un mot de passe ?', 'createAccount.passwordAtEnd'],
      ['pourquoi vous voulez mon numéro', 'createAccount.why.phone'],
      ['c quoi la suite apres ?', 'createAccount.questionLater'],
    ]),
  )('%s: « %s » → %s, then the phone asked again and kept', async (channelId, said, key) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('je veux creer mon compte, je suis Mme Nadia Morel');
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const phoneAsk = 'createAccount.ask.phone';
    expect(c.text(await c.say(EMAIL))).toContain(t(phoneAsk));
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t(key));
    expect(reply).not.toContain(t('createAccount.bad.phone'));
    expect(reply).toContain(t(phoneAsk));
    await c.say('06 12 34 56 78');
    expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL)).toMatchObject({ lastName: 'Morel', phone: expect.stringContaining('12') });
  });
});
