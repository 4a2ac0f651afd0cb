/**
 * A nationality from outside the European Union said at « Quelle est votre nationalité ? » (« je suis marocaine »,
 * « ma nationalité est turque »): the « other country » answer, which ends the démarche with its explanation, never
 * « je n'ai pas compris ». « je suis parisienne » is no nationality. Web Chat and SMS; nothing stored.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const REFUSED = (fr['demarche.electoral_roll.refuse.nationality.other'] ?? '?').split('{{')[0] as string;

describe('the nationality in words', () => {
  it.each(table([['je suis marocaine'], ['ma nationalité est turque'], ['chui algerien']]))('%s: « %s »: another country, explained', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('listes electorales');
    expect(c.text(await c.say(said))).toContain(REFUSED);
    expect(storedRequests(c)).toEqual([]);
  });

  it.each(table([['je suis parisienne']]))('%s: « %s »: not a nationality, asked again', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('listes electorales');
    const next = c.text(await c.say(said));
    expect(next).not.toContain(REFUSED);
    expect(next).toContain(fr['demarche.electoral_roll.ask.nationality']);
  });
});
