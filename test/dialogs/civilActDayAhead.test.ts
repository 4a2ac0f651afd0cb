/**
 * The event's day typed at a name question asked before it (« le 3 novembre 2025 » at « Quel est le nom de
 * naissance de la personne de l'acte ? »): kept, said so, the name asked again, and the day question never asked;
 * a day that fails its checks (in the future) is not kept (the name's own refusal, the day asked later).
 * A marriage's or a birth's day without its year (« le 14 juillet ») is never given this year: not kept, and the
 * full date asked at its own question. « moi » at a name question is no name (it was stored as « Moi »).
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

  it('a marriage day without its year at the name question is not kept: the full date is asked after the names', async () => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ['acte de mariage', 'Carrières-sous-Poissy', 'copie intégrale', 'moi']) await c.say(m);
    const said = c.text(await c.say('le 14 juillet'));
    expect(said).not.toContain(textBefore('civilAct.dayKeptAhead'));
    expect(said).toContain(textBefore('civilAct.dayAheadNoYear'));
    await c.say('Martin');
    expect(c.text(await c.say('Sophie'))).toContain(DAY_QUESTION);
    await c.say('14/07/2012');
    let last = await c.say('sophie.martin@example.org');
    for (const m of ['3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin']) if (!offered(last).length) last = await c.say(m);
    expect(offered(last)).toEqual(READ_BACK);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'marriage', lastName: 'Martin', firstName: 'Sophie', eventDay: '2012-07-14' })]);
  });

  it('« moi » at the name question is not a name: the name is asked again and the one typed next stored', async () => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ['acte de mariage', 'Carrières-sous-Poissy', 'copie intégrale', 'moi']) await c.say(m);
    expect(c.text(await c.say('moi'))).toContain(textBefore('names.explained.lastName'));
    await c.say('Martin');
    await c.say('Sophie');
    await c.say('14/07/2012');
    let last = await c.say('sophie.martin@example.org');
    for (const m of ['3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin']) if (!offered(last).length) last = await c.say(m);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'marriage', lastName: 'Martin', firstName: 'Sophie' })]);
  });

  it.each([['on s est marie a Carrieres-sous-Poissy en 2012, je voudrais une copie integrale de notre acte de mariage'], ["acte de mariage svp, mariés à carrieres sous poissy en 2012, copie intégrale"]])('the year said alone up front (« %s »): « le 14 juillet » at the day question is of that year', async (first) => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of [first, 'moi', 'Martin', 'Sophie']) await c.say(m);
    await c.say('le 14 juillet');
    let last = await c.say('sophie.martin@example.org');
    for (const m of ['3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin']) if (!offered(last).length) last = await c.say(m);
    expect(offered(last)).toEqual(READ_BACK);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'marriage', lastName: 'Martin', eventDay: '2012-07-14' })]);
    expect(storedRequests(c)[0]).not.toHaveProperty('eventYear');
  });
});
