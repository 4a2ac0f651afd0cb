/**
 * The postal address of an account (sign-up, « mes coordonnées »), by SMS and Web Chat: complete
 * (number and street, postal code and town) as the démarches want it; a partial one is completed
 * by the next answer, and a correction at the read-back (« 78955 Carrières ») goes to the address.
 */
import { settableClock } from '../../src/domain/clock';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, labels, offered } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The sign-up up to its address question (7 turns), reached on each channel's first test, then from a copy (test/support/reachedCopy.ts). */
const addressAsked = reachedOnce(async (channelId, cs) => {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  cs.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  let asked: Awaited<ReturnType<Chat['say']>> = [];
  for (const said of ['Créer mon espace', 'Madame', 'Martin', 'Sophie', 'sophie.martin@example.org', '06 12 34 56 78']) asked = await c.say(said);
  return { c, asked };
});
const upToAddress = async (channelId: string) => (await addressAsked(channelId, chats)).c;

const accountOf = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'sophie.martin@example.org');
/** The reply is the read-back: it offers « Oui » and « Non, corriger ». */
const readBack = (replies: Awaited<ReturnType<Chat['say']>>) => offered(replies).join('|') === labels('createAccount.yes', 'createAccount.no').join('|');

describe.each(CHANNELS)('the address of a new account (%s)', (channelId) => {
  it.each<[string, string[], string]>([
    ['12 rue', ['78955 Carrières-sous-Poissy', 'des Lilas'], '12 rue des Lilas, 78955 Carrières-sous-Poissy'],
    ['12 rue des Lilas', ['78955 carrieres sous poissy'], '12 rue des Lilas, 78955 carrieres sous poissy'],
    ['rue des Lilas 78955 Carrières', ['12'], '12 rue des Lilas 78955 Carrières'],
    // the commune's postal code says its town
    ['3 allée des Acacias', ['78955'], '3 allée des Acacias, 78955 Carrières-sous-Poissy'],
    ['3 allée des Acacias 78955', [], '3 allée des Acacias 78955 Carrières-sous-Poissy'],
  ])('« %s » is not taken as it is: what is missing is asked, what was given kept', async (partial, more, address) => {
    const c = await upToAddress(channelId);
    let last = await c.say(partial);
    expect(readBack(last)).toBe(more.length === 0);
    for (const m of more) last = await c.say(m);
    expect(readBack(last)).toBe(true);
    await c.say('oui');
    expect(await accountOf(c)).toMatchObject({ address });
  });

  it.each([
    ['78955 carrieres sous poissy', '3 rue Verte, 78955 carrieres sous poissy'],
    ['non 78955 Carrières-sous-Poissy', '3 rue Verte, 78955 Carrières-sous-Poissy'],
    ['non l adresse c est 8 allée des Lilas 78955 Carrières', '8 allée des Lilas 78955 Carrières'],
    ['8 allée des Lilas 78955 Carrières', '8 allée des Lilas 78955 Carrières'],
  ])('at the read-back, « %s » corrects the address', async (said, address) => {
    const c = await upToAddress(channelId);
    await c.say('3 rue Verte 78300 Poissy');
    expect(readBack(await c.say(said))).toBe(true);
    await c.say('oui');
    expect(await accountOf(c)).toMatchObject({ address });
  });

  it("at the read-back, « non mon mail c'est … » corrects the e-mail even when it holds the surname", async () => {
    const c = await upToAddress(channelId);
    await c.say('3 rue Verte 78955 Carrières-sous-Poissy');
    expect(readBack(await c.say("non mon mail c'est sophie.martin2@example.org"))).toBe(true);
    await c.say('oui');
    const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'sophie.martin2@example.org');
    expect(account).toMatchObject({ lastName: 'Martin' });
  });

  it('at the read-back, a new e-mail or phone typed alone corrects that one', async () => {
    const c = await upToAddress(channelId);
    await c.say('3 rue Verte 78955 Carrières-sous-Poissy');
    expect(readBack(await c.say('sophie.m@example.org'))).toBe(true);
    expect(readBack(await c.say('non 07 11 22 33 44'))).toBe(true);
    await c.say('oui');
    const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'sophie.m@example.org');
    expect(account).toMatchObject({ phone: '0711223344', address: '3 rue Verte 78955 Carrières-sous-Poissy' });
  });
});

describe.each(CHANNELS)('a new address in « mes coordonnées » (%s)', (channelId) => {
  it('asks what is missing from a partial address before the request is made', async () => {
    const { c } = await signedInChat(chats, { channelId, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    await c.say('mes coordonnées');
    await c.say('Adresse');
    await c.say('12 rue');
    await c.say('des Lilas');
    await c.say('78955');
    const rows = c.core.db.$client.prepare("select data from requests where kind = 'contact_address'").all() as { data: string }[];
    expect(rows.map((r) => JSON.parse(r.data).address)).toEqual(['12 rue des Lilas, 78955 Carrières-sous-Poissy']);
  });
});
