/**
 * A count corrected at a démarche's read-back (« non en fait on a 3 enfants » at the livret de famille's): the new
 * count is kept and read back again (it was asked again); « on a 3 enfants » at the question itself is a count too.
 * Web Chat and SMS; each row asserts the request stored.
 */
import { demarcheChat, storedRequests } from '../support/demarches';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('demarche.yes', 'demarche.no');
const BOOKLET = ['livret de famille', 'perte', 'oui', 'oui', 'Durand', 'Julie', 'aucun', 'aucun'];
const AFTER = ['non', 'non', '5 rue de la Gare 78955', 'au guichet'];

describe('a count at a démarche', () => {
  it.each(table([['non en fait on a 3 enfants'], ['les enfants c est 3'], ['3 enfants pas 2']]))('%s: at the read-back, « %s »: the count changed and read back again', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const m of [...BOOKLET, '2', ...AFTER.slice(0, -1)]) await c.say(m);
    expect(offered(await c.say(AFTER.at(-1) as string))).toEqual(READ_BACK);
    expect(offered(await c.say(phrasing))).toEqual(READ_BACK);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ children: 3 })]);
  });

  it.each(table([['on a 3 enfants'], ["j'ai 3 enfants"], ['nous avons trois enfants']]))('%s: at the question, « %s » is the count', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const m of [...BOOKLET, phrasing, ...AFTER]) await c.say(m);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ children: 3 })]);
  });
});
