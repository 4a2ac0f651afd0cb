/**
 * SMS spellings at the commune list and in practical questions: « la premiere », « la deuxième »,
 * « le dernier » pick a commune of the list shown; « c ou la mairie » (« c'est où ») asks for the
 * address, also right after an hours question (« c ou le guichet unique »: its address, not its hours).
 * Web Chat and SMS; the rows assert the commune kept in the profile and the answers' locale keys.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

function profileCommune(c: Chat, channel: string): string | undefined {
  const rows = c.core.db.$client.prepare('select key, data from bot_state').all() as Array<{ key: string; data: string }>;
  const user = rows.find((r) => r.key.startsWith(`${channel}/users/`));
  return user ? (JSON.parse(user.data) as { profile?: { communeId?: string } }).profile?.communeId : undefined;
}

describe('SMS spellings', () => {
  it.each(table([['la premiere', 0], ['la deuxième svp', 1], ['le dernier', -1]]))('%s: « %s » at the list of communes picks that commune', async (channel, phrasing, index) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    if (channel === 'webchat') await c.join();
    expect(c.text(await c.say('bonjour'))).toContain(t('commune.ask'));
    const communes = await c.core.service.listCommunes();
    const chosen = communes.at(index);
    const replies = c.text(await c.say(phrasing));
    expect(replies).not.toContain(t('commune.unknown'));
    expect(replies).toContain(t('commune.noted', { commune: chosen?.name }));
    expect(profileCommune(c, channel)).toBe(chosen?.id);
  });

  it.each(table([['c ou la mairie', 'general'], ['c ou le guichet unique', 'guichet']]))('%s: « %s » gives the address, also after an hours question', async (channel, phrasing, which) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.join({ commune: 'carrieres-sous-poissy' });
    const commune = (await c.core.service.listCommunes()).find((x) => x.id === 'carrieres-sous-poissy');
    const service = commune?.services.find((s) => (which === 'general' ? s.code === commune.topics.general : /guichet/i.test(s.name)));
    const address = t('info.address', { service: service?.name, address: service?.address });
    const first = c.text(await c.say(phrasing));
    expect(first).not.toContain(t('menu.notUnderstood'));
    expect(first).toContain(address);
    await c.say('c quoi les horaires du guichet unique ?');
    expect(c.text(await c.say(phrasing))).toContain(address);
  });
});
