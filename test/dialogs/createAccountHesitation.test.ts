/**
 * A correction at the sign-up's read-back said with a hesitation (« non attends mon prénom c'est Juliette »,
 * « non désolée, le nom c'est Moreau-Petit »): the field corrected with the new value, read back again; « attends »
 * was kept in the value, which is no name, and the question was asked again as if nothing had been said. Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const readBack = (replies: Awaited<ReturnType<Chat['say']>>) => offered(replies).join('|') === labels('createAccount.yes', 'createAccount.no').join('|');

describe('a correction said with a hesitation at the read-back', () => {
  it.each(
    table<[Record<string, string>]>([
      ["non attends mon prénom c'est Juliette", { firstName: 'Juliette' }],
      ["non désolée, le nom c'est Moreau-Petit", { lastName: 'Moreau-Petit' }],
      ["euh non le prénom c'est Juliette", { firstName: 'Juliette' }],
    ]),
  )('%s: « %s »', async (channelId, said, fields) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['Créer mon espace', 'Madame', 'Moreau', 'Julie', 'julie.moreau@example.org', '06 98 76 54 32', '12 rue Verte 78955 Carrières-sous-Poissy']) await c.say(m);
    expect(readBack(await c.say(said))).toBe(true);
    await c.say('oui');
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'julie.moreau@example.org')).toMatchObject(fields);
  });
});
