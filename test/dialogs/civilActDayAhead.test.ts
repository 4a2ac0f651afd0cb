/**
 * The event's day typed at a name question asked before it (« le 3 novembre 2025 » at « Quel est le nom de
 * naissance de la personne de l'acte ? »): kept, said so, the name asked again, and the day question never asked;
 * a day that fails its checks (in the future) is not kept (the name's own refusal, the day asked later).
 * Web Chat and SMS; each row asserts the request stored. The clock is Wednesday 18 November 2026.
 */
import { CHANNELS, labels, offered, textBefore } from '../support/prompts';
import { demarcheChat, storedRequests } from '../support/demarches';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');
const DAY_QUESTION = textBefore('civilAct.ask.eventDay').slice(0, 25);

describe.each(CHANNELS)('the day of a death act typed at the name question (%s)', (channelId) => {
  it.each([['le 3 novembre 2025', '2025-11-03'], ['03/11/2025', '2025-11-03'], ['il est decede le 2 novembre', '2026-11-02']])('« %s »: kept, the names asked, the day not asked again', async (said, day) => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ['acte de décès', 'Carrières-sous-Poissy']) await c.say(m);
    const kept = c.text(await c.say(said));
    expect(kept).toContain(textBefore('civilAct.dayKeptAhead'));
    expect(kept).toContain(textBefore('civilAct.ask.lastName').slice(0, 25));
    await c.say('Dupont');
    expect(c.text(await c.say('Jean'))).not.toContain(DAY_QUESTION);
    let last = await c.say('jean.martin@example.org');
    for (const m of ['3 rue des Lilas 78955 Carrières-sous-Poissy', 'Jean Martin']) if (!offered(last).length) last = await c.say(m);
    expect(offered(last)).toEqual(READ_BACK);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', lastName: 'Dupont', firstName: 'Jean', eventDay: day })]);
  });

  it('a day in the future at the name question is not kept: the day is asked after the names', async () => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ['acte de décès', 'Carrières-sous-Poissy']) await c.say(m);
    expect(c.text(await c.say('le 3 mars 2027'))).not.toContain(textBefore('civilAct.dayKeptAhead'));
    await c.say('Dupont');
    expect(c.text(await c.say('Jean'))).toContain(DAY_QUESTION);
  });
});
