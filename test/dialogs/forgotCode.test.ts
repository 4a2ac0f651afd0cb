/** « j'ai oublié mon code »: sign-in is by a code mailed each time, so a new one is sent (not a password link). */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';

describe("« j'ai oublié mon code »", () => {
  it.each(CHANNELS)('%s, signed out: the sign-in asks the e-mail, mails a new code, and it signs in', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
    await c.join({ commune: 'carrieres-sous-poissy' });
    const said = c.text(await c.say("j'ai oublié mon code"));
    expect(said).toContain(fr['forgotPassword.newCode']);
    expect(said).toContain(fr['signIn.askEmail']);
    await c.say(EMAIL);
    const mails = outboxMails(c.core.config.outboxDir);
    expect(mails.some((m) => m.includes('/compte/mot-de-passe/'))).toBe(false);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(c.text(await c.say('me connecter'))).toContain(fr['signIn.already']!.split('{{')[0]);
  });

  it.each(CHANNELS)('%s, signed in: no code needed, nothing mailed', async (channelId) => {
    const { c } = await signedInChat(chats, { channelId });
    const before = outboxMails(c.core.config.outboxDir).length;
    expect(c.text(await c.say("j'ai oublié mon code"))).toContain(fr['forgotPassword.codeSignedIn']);
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(before);
  });

  it.each(CHANNELS.flatMap((channelId) => ['jai pas recu le code', "je n'ai rien reçu", "le code n'arrive pas", 'toujours rien reçu'].map((said) => [channelId, said])))('%s, at the code question, « %s »: a new code mailed, and it signs in', async (channelId, said) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('me connecter');
    await c.say(EMAIL);
    const before = outboxMails(c.core.config.outboxDir).length;
    await c.say(said);
    expect(outboxMails(c.core.config.outboxDir).length).toBe(before + 1);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(c.text(await c.say('me connecter'))).toContain(fr['signIn.already']!.split('{{')[0]);
  });
});
