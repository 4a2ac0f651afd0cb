/**
 * At the place of a marriage act, the year said after the town (« à carrieres sous poissy en 2012 »): the town is the
 * commune served (it was read as the town « Carrieres Sous Poissy En 2012 », another commune), and the year is kept: the
 * day said later without it (« le 14 juillet ») is that year's, not asked again. Web Chat and SMS; each row asserts the
 * request stored. The year may come first (« on s'est mariés en 2012 à Carrières »). The clock is Wednesday 18 November 2026.
 */
import { CHANNELS, labels, offered, textBefore } from '../support/prompts';
import { demarcheChat, storedRequests } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');

describe.each(CHANNELS)('a year said after the place (%s)', (channelId) => {
  // « on s'est mariés en 2012 à … »: the year before the town (it was read as the town « En 2012 A Carrieres »).
  it.each(['à carrieres sous poissy en 2012', 'Carrières-sous-Poissy, en 2012', "on s'est marie en 2012 a carrieres sous poissy", 'en 2012, à Carrières-sous-Poissy'])('« %s »: the commune served, the year kept for the day', async (said) => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ['acte de mariage', 'copie intégrale', 'moi']) await c.say(m);
    expect(c.text(await c.say(said))).toContain(textBefore('civilAct.askSelf.lastName'));
    let last = await c.say('Martin');
    for (const m of ['Sophie', 'le 14 juillet', 'sophie.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin']) if (!offered(last).length || offered(last)[0] !== READ_BACK[0]) last = await c.say(m);
    expect(offered(last)).toEqual(READ_BACK);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'marriage', place: 'Carrières-sous-Poissy', lastName: 'Martin', eventDay: '2012-07-14' })]);
  });
});
