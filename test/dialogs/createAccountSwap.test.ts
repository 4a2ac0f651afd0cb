/**
 * The sign-up's read-back: first and last names said to be swapped (« non j'ai inversé nom et
 * prénom ») are swapped and read back again; a sentence said at a name's correction is never kept as a name.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Up to the read-back, the names typed the wrong way round (the first name as the surname). */
async function atReadBack(channelId: string) {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const said of ['Créer mon espace', 'Madame', 'Julie', 'Durand', 'julie.durand@example.org', '06 12 34 56 78']) await c.say(said);
  expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
  return c;
}

const account = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'julie.durand@example.org');

describe.each(CHANNELS)('names swapped at the sign-up read-back (%s)', (channelId) => {
  it.each([
    "non j'ai inversé nom et prenom",
    'non le nom et le prénom sont inversés',
    "non c'est l'inverse",
    'nom et prenom a l envers',
    'jai inverser le prenom et le nom',
  ])('« %s »: swapped, read back again, then created', async (said) => {
    const c = await atReadBack(channelId);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr['createAccount.confirm']);
    expect(reply).not.toContain(fr['createAccount.whichField']);
    await c.say('oui');
    expect(await account(c)).toMatchObject({ firstName: 'Julie', lastName: 'Durand' });
  });

  it.each(["non prénom : c'est pas le bon j'ai mis le nom", "non le prenom c'est pas le bon jai mis mon nom"])('« %s »: never kept as a name, the first name asked again', async (said) => {
    const c = await atReadBack(channelId);
    expect(c.text(await c.say(said))).toContain(fr['createAccount.ask.firstName']);
    await c.say('Julie');
    expect(c.text(await c.say('non nom: Durand'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await account(c)).toMatchObject({ firstName: 'Julie', lastName: 'Durand' });
  });
});
