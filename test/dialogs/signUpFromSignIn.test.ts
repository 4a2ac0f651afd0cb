/**
 * « je n'ai pas de compte » at the sign-in's code question: the sign-in is put aside and the sign-up begins with the
 * e-mail just typed (not asked again; read back before anything is saved). A code not received says how to create one.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string) {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

const account = (c: Chat, email: string) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email);

describe.each(CHANNELS)('from the sign-in to the sign-up (%s)', (channelId) => {
  it.each(["je n'ai pas de compte", 'créer mon espace'])('« %s » at the code question: the e-mail typed is kept for the new account', async (said) => {
    const c = await chat(channelId);
    await c.say('me connecter');
    await c.say('paula.martin@example.fr');
    const asked: string[] = [c.text(await c.say(said))];
    for (const answer of ['Madame', 'Martin', 'Paula', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy']) asked.push(c.text(await c.say(answer)));
    expect(asked.join('\n')).not.toContain(fr['createAccount.ask.email']);
    expect(asked.at(-1)).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await account(c, 'paula.martin@example.fr')).toMatchObject({ civility: 'madame', firstName: 'Paula', lastName: 'Martin', phone: '0612345678' });
  });

  it('the sign-up started from the menu still asks the e-mail', async () => {
    const c = await chat(channelId);
    const asked: string[] = [c.text(await c.say('créer mon espace'))];
    for (const answer of ['Madame', 'Martin', 'Paula']) asked.push(c.text(await c.say(answer)));
    expect(asked.at(-1)).toContain(fr['createAccount.ask.email']);
  });
});
