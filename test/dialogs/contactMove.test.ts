/**
 * « je déménage », « changer mon numéro »: the field said is not asked again. Without an account,
 * a move may mean the attestation de changement de domicile (a démarche without account) or the
 * new address for the espace: the resident chooses, and each goes to its own task.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr, offered, textBeforeOn } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('the field named with « mes coordonnées » (%s)', (channelId) => {
  it.each([
    ['je voudrais changer mon numéro de téléphone', 'createAccount.ask.phone'],
    ['nouveau numero de tel', 'createAccount.ask.phone'],
    ['changer mon adresse mail', 'createAccount.ask.email'],
    ["j'ai déménagé", 'createAccount.ask.address'],
    ["changement d'adresse", 'createAccount.ask.address'],
  ])('« %s » asks that field at once', async (said, key) => {
    const { c } = await signedInChat(chats, { channelId, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    const reply = await c.say(said);
    expect(c.text(reply)).toContain(fr[key]);
    expect(c.text(reply)).not.toContain(fr['contact.which']);
  });

  it('« je déménage » then the new address: the request is made', async () => {
    const { c } = await signedInChat(chats, { channelId, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    await c.say('je déménage');
    await c.say('8 allée des Lilas 78955 Carrières-sous-Poissy');
    const rows = c.core.db.$client.prepare("select data from requests where kind = 'contact_address'").all() as { data: string }[];
    expect(rows.map((r) => JSON.parse(r.data).address)).toEqual(['8 allée des Lilas 78955 Carrières-sous-Poissy']);
  });
});

describe.each(CHANNELS)('a move without being signed in (%s)', (channelId) => {
  async function chat() {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    return c;
  }

  it.each(['je déménage', "changement d'adresse", 'chgt d adresse svp'])('« %s » offers the attestation or the espace', async (said) => {
    const c = await chat();
    expect(offered(await c.say(said))).toEqual([fr['contact.move.report'], fr['contact.move.certificate']]);
  });

  it('the attestation chosen: the démarche address_change starts, the move said up front (« je déménage ») not asked again', async () => {
    const c = await chat();
    await c.say('je déménage');
    const next = c.text(await c.say('2'));
    expect(next).toContain(fr['demarche.address_change.ask.lastName']);
    expect(next).not.toContain(textBeforeOn('demarche.address_change.ask.case', channelId));
  });

  it('the attestation chosen after « changement d\'adresse » (no situation said): the situation asked', async () => {
    const c = await chat();
    await c.say("changement d'adresse");
    expect(c.text(await c.say('2'))).toContain(textBeforeOn('demarche.address_change.ask.case', channelId));
  });

  it('the espace chosen: the sign-in, then the new address is asked', async () => {
    const c = await chat();
    const email = 'francoise.durand@example.org';
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
    await c.say('je déménage');
    expect(c.text(await c.say('1'))).toContain(fr['signIn.askEmail']);
    await c.say(email);
    expect(c.text(await c.say(lastCode(c.core.config.outboxDir, email)))).toContain(fr['createAccount.ask.address']);
  });
});

describe.each(CHANNELS)('another detail asked for at a detail\'s question (%s)', (channelId) => {
  it('« changer mon tel » at the new address: the phone is asked, no address request is made', async () => {
    const { c, account } = await signedInChat(chats, { channelId, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    await c.say('mes coordonnées');
    await c.say('Adresse');
    await c.say('3 allée des Acacias');
    expect(c.text(await c.say('changer mon tel'))).toContain(fr['createAccount.ask.phone']);
    await c.say('07 11 22 33 44');
    expect(await c.core.service.deps.repos.accounts.get(account.id)).toMatchObject({ phone: '0711223344' });
    expect(c.core.db.$client.prepare("select count(*) as n from requests where kind = 'contact_address'").get()).toEqual({ n: 0 });
  });
});

describe.each(CHANNELS)('a new e-mail whose words name another detail (%s)', (channelId) => {
  it('« voici la nouvelle : nouvelle.adresse@example.org » at the e-mail is the e-mail', async () => {
    const { c } = await signedInChat(chats, { channelId });
    await c.say('mes coordonnées');
    await c.say('E-mail');
    expect(c.text(await c.say('voici la nouvelle : nouvelle.adresse@example.org'))).toContain(c.core.texts.for('fr')('contact.codeSent', { email: 'nouvelle.adresse@example.org' }));
  });
});
