/**
 * « xavier mon mari peut aussi se connecter ? »: not « Vous êtes déjà connecté(e) » but how another
 * parent has access: an espace of their own, linked to the same family file by the same family key
 * (which links a second account as it did the first).
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const start = (key: string) => fr[key]?.split('{{')[0] ?? `<missing ${key}>`;

describe.each(CHANNELS)('another parent asking for access (%s)', (channelId) => {
  it.each(['xavier mon mari peut aussi se connecter ?', 'est-ce que le papa peut avoir un compte aussi ?'])('« %s », signed in: each parent has an espace and the same key', async (said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const reply = c.text(await c.say(said));
    expect(reply).toContain(start('familyKey.secondParent'));
    expect(reply).not.toContain(start('signIn.already'));
  });

  it('not signed in: the same answer, no sign-in started', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const reply = c.text(await c.say('ma femme peut avoir accès à l espace ?'));
    expect(reply).toContain(start('familyKey.secondParent'));
    expect(reply).not.toContain(fr['signIn.askEmail']);
  });
});

it('what the answer says holds: a second account links to the same family file with the same key', async () => {
  const { c } = await signedInChat(chats, { channelId: 'webchat' });
  const { key, household } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
  await c.say('Clé Enfance');
  await c.say(key);
  const email = 'xavier.durand@example.org';
  const second = await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email, civility: 'monsieur', firstName: 'Xavier', lastName: 'Durand', phone: null, address: null });
  expect(await c.core.service.accounts.enterFamilyKey(second, key)).toMatchObject({ ok: true });
  const repos = c.core.service.deps.repos.accounts;
  expect((await repos.findByEmail('carrieres-sous-poissy', 'francoise.durand@example.org'))?.householdId).toBe(household.id);
  expect((await repos.findByEmail('carrieres-sous-poissy', email))?.householdId).toBe(household.id);
});
