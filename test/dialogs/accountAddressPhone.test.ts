/**
 * A phone number typed at the postal address question (sign-up, « mes coordonnées »), and a bare « ok »,
 * « oui », « d'accord » there: a postal address is said to be awaited (it was « adresse incomplète » with the
 * number kept as the address, and « ok » asked the question again silently). The number is kept for the
 * phone: at sign-up it is the phone read back; in « mes coordonnées » it is offered once the address is sent.
 * Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function upToAddress(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const said of ['Créer mon espace', 'Madame', 'Martin', 'Sophie', 'sophie.martin@example.org', '06 12 34 56 78']) await c.say(said);
  return c;
}

const accountOf = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'sophie.martin@example.org');
const readBack = (replies: Awaited<ReturnType<Chat['say']>>) => offered(replies).join('|') === labels('createAccount.yes', 'createAccount.no').join('|');
const addressRequests = (c: Chat) => (c.core.db.$client.prepare("select data from requests where kind = 'contact_address'").all() as { data: string }[]).map((r) => JSON.parse(r.data).address);

describe.each(CHANNELS)('a phone number at the address question of the sign-up (%s)', (channelId) => {
  it('a new number: said to be kept for the phone, the address asked again, then read back with both', async () => {
    const c = await upToAddress(channelId);
    const said = c.text(await c.say('07 11 22 33 44'));
    expect(said).toContain(textBefore('address.phoneKept'));
    expect(said).not.toContain(textBefore('address.missing'));
    expect(readBack(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toBe(true);
    await c.say('oui');
    expect(await accountOf(c)).toMatchObject({ phone: '0711223344', address: '3 rue Verte 78955 Carrières-sous-Poissy' });
  });

  it('the same number again (« c le 06 12 34 56 78 »): a postal address is awaited, nothing kept as the address', async () => {
    const c = await upToAddress(channelId);
    const said = c.text(await c.say('c le 06 12 34 56 78'));
    expect(said).toContain(textBefore('address.phoneGiven'));
    expect(readBack(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toBe(true);
    await c.say('oui');
    expect(await accountOf(c)).toMatchObject({ phone: '0612345678', address: '3 rue Verte 78955 Carrières-sous-Poissy' });
  });
});

describe('a bare acknowledgement at the address question of the sign-up', () => {
  it.each(table([['ok'], ['oui'], ["d'accord"]]))('%s: « %s »: what is awaited is said, the address is not touched', async (channelId, ack) => {
    const c = await upToAddress(channelId);
    expect(c.text(await c.say(ack))).toContain(textBefore('createAccount.awaited.address'));
    expect(readBack(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toBe(true);
    await c.say('oui');
    expect(await accountOf(c)).toMatchObject({ address: '3 rue Verte 78955 Carrières-sous-Poissy' });
  });
});

describe.each(CHANNELS)('a phone number at the new address of « mes coordonnées » (%s)', (channelId) => {
  it.each([
    ['1', '0711223344'],
    ['2', '0612345678'],
  ])('said to be offered after the address; the request made, then « %s » at the offer', async (answer, phone) => {
    const { c, account } = await signedInChat(chats, { channelId, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    await c.say('mes coordonnées');
    await c.say('Adresse');
    expect(c.text(await c.say('07 11 22 33 44'))).toContain(textBefore('contact.phoneLater'));
    expect(c.text(await c.say('ok'))).toContain(textBefore('createAccount.awaited.address'));
    expect(c.text(await c.say('12 rue des Lilas 78955'))).toContain(textBefore('contact.phoneAlso'));
    expect(addressRequests(c)).toEqual(['12 rue des Lilas 78955 Carrières-sous-Poissy']);
    expect(c.text(await c.say(answer))).toContain(textBefore(answer === '1' ? 'contact.phoneChanged' : 'contact.phoneUnchanged'));
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', account.email)).toMatchObject({ phone });
  });
});
