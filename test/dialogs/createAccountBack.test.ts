/**
 * The sign-up: an earlier answer corrected at a later question (« non attends je me suis trompée
 * de mail » at the phone): that answer is asked again (or taken, when given), then the form goes on.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function upToPhone(channelId: string) {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const said of ['Créer mon espace', 'Madame', 'Martin', 'Sophie', 'sophie.martn@example.org']) await c.say(said);
  return c;
}

const account = (c: Chat, email: string) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email);

describe.each(CHANNELS)('an earlier answer corrected during the sign-up (%s)', (channelId) => {
  it.each(['non attends je me suis trompée de mail', "oups l'e-mail est faux", 'att mon mail est pas bon'])('« %s » at the phone: the e-mail is asked again, then the phone', async (said) => {
    const c = await upToPhone(channelId);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr['createAccount.ask.email']);
    expect(reply).not.toContain(fr['createAccount.bad.phone']);
    expect(c.text(await c.say('sophie.martin@example.org'))).toContain(fr['createAccount.ask.phone']);
    for (const s of ['06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(s);
    expect(await account(c, 'sophie.martin@example.org')).toBeDefined();
  });

  it("« oups mon mail c'est … » at the phone: taken, and the phone asked again", async () => {
    const c = await upToPhone(channelId);
    expect(c.text(await c.say("oups mon mail c'est sophie.martin@example.org"))).toContain(fr['createAccount.ask.phone']);
    for (const s of ['06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(s);
    expect(await account(c, 'sophie.martin@example.org')).toBeDefined();
  });

  it("« en fait mon nom c'est Martin-Durand » at the address: taken, and the address asked again", async () => {
    const c = await upToPhone(channelId);
    await c.say('06 12 34 56 78');
    expect(c.text(await c.say("en fait mon nom c'est Martin-Durand"))).toContain(fr['createAccount.ask.address']);
    for (const s of ['3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(s);
    expect(await account(c, 'sophie.martn@example.org')).toMatchObject({ lastName: 'Martin-Durand' });
  });
});
