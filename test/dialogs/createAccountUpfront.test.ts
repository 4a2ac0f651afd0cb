/**
 * The sign-up started with details (« je suis Monsieur Karim Haddad, je veux créer mon compte, mon
 * mail c'est … »): what the message says plainly is not asked again; what is missing is asked,
 * then everything is read back as usual. « je suis » followed by anything else is not a name.
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

describe.each(CHANNELS)('details given with « créer mon compte » (%s)', (channelId) => {
  it("« Bonjour je suis Monsieur Karim Haddad, je veux créer mon compte, mon mail c'est … »: only the phone and the address are asked", async () => {
    const c = await chat(channelId);
    const first = c.text(await c.say("Bonjour je suis Monsieur Karim Haddad, je veux créer mon compte, mon mail c'est karim.haddad@orange.fr"));
    expect(first).toContain(fr['createAccount.ask.phone']);
    for (const key of ['createAccount.ask.civility', 'createAccount.ask.lastName', 'createAccount.ask.firstName', 'createAccount.ask.email']) expect(first).not.toContain(fr[key]);
    expect(c.text(await c.say('06 12 34 56 78'))).toContain(fr['createAccount.ask.address']);
    expect(c.text(await c.say('25 rue Pasteur 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await account(c, 'karim.haddad@orange.fr')).toMatchObject({ civility: 'monsieur', firstName: 'Karim', lastName: 'Haddad', phone: '0612345678' });
  });

  it('« je suis Madame Durand, créer un compte au 06 12 34 56 78 »: the first name is asked, then the e-mail', async () => {
    const c = await chat(channelId);
    expect(c.text(await c.say('je suis Madame Durand, créer un compte au 06 12 34 56 78'))).toContain(fr['createAccount.ask.firstName']);
    expect(c.text(await c.say('Julie'))).toContain(fr['createAccount.ask.email']);
    expect(c.text(await c.say('julie.durand@example.org'))).toContain(fr['createAccount.ask.address']);
    await c.say('3 rue Verte 78955 Carrières-sous-Poissy');
    await c.say('oui');
    expect(await account(c, 'julie.durand@example.org')).toMatchObject({ civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: '0612345678' });
  });

  it('a Yahoo address given up front gets the same warning as typed at its question', async () => {
    const c = await chat(channelId);
    const first = c.text(await c.say('je suis Madame Sophie Martin, je veux créer mon espace, mon mail sophie.martin@yahoo.fr'));
    expect(first).toContain(fr['createAccount.yahoo']);
    expect(first).toContain(fr['createAccount.ask.phone']);
  });

  it.each(['jveux créer mon compte, Marie Durand', "je veux créer mon espace, je m'appelle Marie Durand"])('« %s »: the civility asked, then the e-mail; the names kept', async (said) => {
    const c = await chat(channelId);
    expect(c.text(await c.say(said))).toContain(fr['createAccount.ask.civility']);
    const next = c.text(await c.say('Madame'));
    expect(next).toContain(fr['createAccount.ask.email']);
    for (const key of ['createAccount.ask.lastName', 'createAccount.ask.firstName']) expect(next).not.toContain(fr[key]);
    await c.say('marie.d@exemple.com');
    await c.say('06 12 34 56 78');
    await c.say('3 rue Verte 78955 Carrières-sous-Poissy');
    await c.say('oui');
    expect(await account(c, 'marie.d@exemple.com')).toMatchObject({ civility: 'madame', firstName: 'Marie', lastName: 'Durand' });
  });

  it.each(['je suis nouvelle ici, je veux créer mon compte', 'créer mon compte, merci beaucoup', 'bonjour je suis perdue je voudrais creer un compte'])('« %s »: no name read, the civility asked', async (said) => {
    const c = await chat(channelId);
    expect(c.text(await c.say(said))).toContain(fr['createAccount.ask.civility']);
  });

  it.each([
    ['bjr je veux creer mon espace, je suis Mme Nadia Ben Salah, nadia.bs@example.fr', 'nadia.bs@example.fr', 'Nadia', 'Ben Salah'],
    ['je suis Monsieur Carlos Da Silva, créer mon compte, carlos.ds@example.fr', 'carlos.ds@example.fr', 'Carlos', 'Da Silva'],
  ])('« %s »: a last name with its particle is read, only the phone and the address asked', async (said, email, firstName, lastName) => {
    const c = await chat(channelId);
    const first = c.text(await c.say(said));
    expect(first).toContain(fr['createAccount.ask.phone']);
    for (const key of ['createAccount.ask.lastName', 'createAccount.ask.firstName']) expect(first).not.toContain(fr[key]);
    await c.say('06 12 34 56 78');
    await c.say('3 rue Verte 78955 Carrières-sous-Poissy');
    await c.say('oui');
    expect(await account(c, email)).toMatchObject({ firstName, lastName });
  });

  it('« je suis Monsieur tout le monde »: no name read', async () => {
    const c = await chat(channelId);
    expect(c.text(await c.say('je suis Monsieur tout le monde, je veux créer mon compte'))).toContain(fr['createAccount.ask.lastName']);
  });

  it('« je suis Mme Claire Dubois claire.dubois@example.fr 0611223344 »: the names read before the e-mail with no comma', async () => {
    const c = await chat(channelId);
    const first = c.text(await c.say('je veux creer mon espace je suis Mme Claire Dubois claire.dubois@example.fr 0611223344'));
    for (const key of ['createAccount.ask.civility', 'createAccount.ask.lastName', 'createAccount.ask.firstName', 'createAccount.ask.email', 'createAccount.ask.phone']) expect(first).not.toContain(fr[key]);
    expect(first).toContain(fr['createAccount.ask.address']);
    await c.say('3 rue Verte 78955 Carrières-sous-Poissy');
    await c.say('oui');
    expect(await account(c, 'claire.dubois@example.fr')).toMatchObject({ civility: 'madame', firstName: 'Claire', lastName: 'Dubois', phone: '0611223344' });
  });
});
