/**
 * At the name question of a death act, the day said with who the person is and their names (« c'est pour mon père,
 * Jean Moreau, décédé le 3 novembre 2026 »): the day and the names kept and read back, neither asked again (the day was
 * kept, the names asked again). Web Chat and SMS; each row asserts the request stored and that no name is asked next.
 * The clock is Wednesday 18 November 2026.
 */
import { CHANNELS, labels, offered, textBefore } from '../support/prompts';
import { demarcheChat, storedRequests } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');

describe.each(CHANNELS)('names and day said together at the name question (%s)', (channelId) => {
  it.each([
    ["c'est pour mon pere, Jean Moreau, décédé le 3 novembre 2026", '2026-11-03'],
    ['mon père Jean Moreau, décédé le 02/11/2026', '2026-11-02'],
  ])('« %s »: the names and the day kept, the e-mail asked next', async (said, day) => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ['acte de décès', 'Carrières-sous-Poissy']) await c.say(m);
    const next = c.text(await c.say(said));
    expect(next).toContain(textBefore('civilAct.namesAndDayRead'));
    expect(next).toContain(textBefore('civilAct.ask.email').slice(0, 25));
    let last = await c.say('sophie.moreau@example.org');
    for (const m of ['3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Moreau']) if (!offered(last).length) last = await c.say(m);
    expect(offered(last)).toEqual(READ_BACK);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', lastName: 'Moreau', firstName: 'Jean', eventDay: day })]);
  });
});
