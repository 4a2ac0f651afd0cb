/**
 * A move said with its new address in the same message (« on a déménagé, nouvelle adresse 25 rue
 * Pasteur 78955 Carrières sous Poissy »), signed in: the address given is used, not asked again.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const addresses = (c: Chat) => (c.core.db.$client.prepare("select data from requests where kind = 'contact_address'").all() as { data: string }[]).map((r) => JSON.parse(r.data).address);

describe.each(CHANNELS)('a move with its new address (%s)', (channelId) => {
  it.each([
    ['on a demenagé, nouvelle adresse 25 rue Pasteur 78955 Carrieres sous Poissy', '25 rue Pasteur 78955 Carrieres sous Poissy'],
    ["j'ai déménagé au 8 allée des Lilas 78955 Carrières-sous-Poissy", '8 allée des Lilas 78955 Carrières-sous-Poissy'],
    ['changement d adresse : 3 rue Verte, 78955 Carrières-sous-Poissy', '3 rue Verte, 78955 Carrières-sous-Poissy'],
  ])('« %s »: the request is made with that address', async (said, address) => {
    const { c } = await signedInChat(chats, { channelId, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    const reply = c.text(await c.say(said));
    expect(reply).not.toContain(fr['createAccount.ask.address']);
    expect(addresses(c)).toEqual([address]);
  });

  it('« on a déménagé, nouvelle adresse 25 rue Pasteur » (no town): the postal code and town are asked, the street kept', async () => {
    const { c } = await signedInChat(chats, { channelId, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    await c.say('on a déménagé, nouvelle adresse 25 rue Pasteur');
    expect(addresses(c)).toEqual([]);
    await c.say('78955 Carrières-sous-Poissy');
    expect(addresses(c)).toHaveLength(1);
    expect(addresses(c)[0]).toContain('25 rue Pasteur');
  });

  it('not signed in: the espace chosen, then signed in, the address given is used', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const email = 'francoise.durand@example.org';
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
    await c.say('on a demenagé, nouvelle adresse 25 rue Pasteur 78955 Carrieres sous Poissy');
    expect(c.text(await c.say('1'))).toContain(fr['signIn.askEmail']);
    await c.say(email);
    expect(c.text(await c.say(lastCode(c.core.config.outboxDir, email)))).not.toContain(fr['createAccount.ask.address']);
    expect(addresses(c)).toEqual(['25 rue Pasteur 78955 Carrieres sous Poissy']);
  });
});
