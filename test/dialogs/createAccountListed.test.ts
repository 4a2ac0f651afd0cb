/**
 * The sign-up's details listed with commas, as a form is filled in (« Madame Françoise Durand, francoise@…, 06…, 3 rue de
 * Paris 78955 Carrières-sous-Poissy »), at the civility's question or in the first message: the names and the address kept
 * with the e-mail and the phone, the read-back next. Before, the names and the address were lost (asked again one by one).
 * Web Chat and SMS; asserted on the account stored.
 */
import { CHANNELS, labels, offered } from '../support/prompts';
import { demarcheChat } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');
const LISTED = 'Madame Françoise Durand, francoise.durand@example.org, 0611110006, 3 rue de Paris 78955 Carrières-sous-Poissy';

const account = (c: Chat) => c.core.db.$client.prepare('select civility, first_name, last_name, email, phone, address from accounts').all();
const STORED = [{ civility: 'madame', first_name: 'Françoise', last_name: 'Durand', email: 'francoise.durand@example.org', phone: '0611110006', address: expect.stringMatching(/^3 rue de Paris,? 78955 Carrières-sous-Poissy$/) }];

describe.each(CHANNELS)('the sign-up\'s details listed with commas (%s)', (channelId) => {
  it.each([
    ['at the civility\'s question', ['je veux créer mon espace', LISTED]],
    ['in the first message', [`je veux créer mon espace, je suis ${LISTED}`]],
    ['at the civility\'s question, the street apart', ['créer mon compte', 'Mme Françoise Durand, 0611110006, francoise.durand@example.org, 3 rue de Paris, 78955 Carrières-sous-Poissy']],
  ])('%s: everything kept, read back at once, the account made with it', async (_where, says) => {
    const c = await demarcheChat(chats, { channelId });
    let last = await c.say(says[0]!);
    for (const m of says.slice(1)) last = await c.say(m);
    expect(offered(last)).toEqual(READ_BACK);
    await c.say('oui');
    expect(account(c)).toEqual(STORED);
  });
});
