/**
 * « changer de commune » as the very first message, the commune known from the page or the SMS number: the commune is
 * asked, and the one said is taken (it was « Je n'ai pas compris » and the menu, then « Pour Chanteloup-les-Vignes,
 * écrivez changer de commune »: a loop). Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const communeOf = async (c: Chat) => {
  const rows = c.core.db.$client.prepare('select data from bot_state').all() as Array<{ data: string }>;
  return rows.map((r) => /"communeId":"([^"]+)"/.exec(r.data)?.[1]).find(Boolean);
};

describe('« changer de commune » as the first message', () => {
  it.each(CHANNELS)('%s: the commune asked, then Chanteloup-les-Vignes taken and its hours answered', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    const channelData = { commune: 'carrieres-sous-poissy' };
    const first = c.text(await c.say({ text: 'changer de commune', channelData }));
    expect(first).not.toContain("Je n'ai pas compris");
    await c.say({ text: 'chanteloup', channelData });
    expect(await communeOf(c)).toBe('chanteloup-les-vignes');
    expect(c.text(await c.say({ text: 'horaires de la mairie', channelData }))).toContain('01 39 74 29 12');
  });
});
