/**
 * « mdp oublié » where the sign-in asks for the e-mail or the code: no password is needed here, so
 * that is said and the question asked again; it is neither a wrong e-mail nor a wrong code (no try used).
 */
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr } from '../support/prompts';

const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string) {
  const c = startChat({ channelId });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('me connecter');
  return c;
}

describe.each(CHANNELS)('the password named at the sign-in (%s)', (channelId) => {
  it.each(['mdp oublié', "j'ai oublié mon mot de passe", 'mot de passe oublie'])('« %s » at the e-mail: not a wrong e-mail; the e-mail is still asked', async (said) => {
    const c = await chat(channelId);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr['signIn.noPasswordNeeded']);
    expect(reply).not.toContain(fr['signIn.badEmail']);
    expect(reply).toContain(fr['signIn.askEmail']);
  });

  it('« mdp oublié » at the code: no try used, the code still signs in', async () => {
    const c = await chat(channelId);
    await c.say(EMAIL);
    expect(c.text(await c.say('mdp oublié'))).toContain(fr['signIn.noPasswordNeeded']);
    const code = lastCode(c.core.config.outboxDir, EMAIL);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(c.text(await c.say(wrong))).toContain(c.core.texts.for('fr')('signIn.wrongCode', { count: 4 }));
    expect(c.text(await c.say(code))).toContain(c.core.texts.for('fr')('signIn.welcome', { name: 'Madame DURAND' }));
  });
});
