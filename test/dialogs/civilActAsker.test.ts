/**
 * Who asks for an act, said back: taken back late (« en fait c'est pour ma fille » once « c'est moi » was answered),
 * the next reply says the new relation, and the read-back shows it, for the resident to check. Web Chat and SMS;
 * the rows assert the locale keys said and the request stored.
 */
import { demarcheChat, rows } from '../support/demarches';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const tOf = (c: Chat, channel: string) => c.core.texts.for('fr', false, channel === 'sms');
const REST = ['Léa', '14/03/2019', 'Paul Durand et Marie Durand', 'marie.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy'];

describe('who asks for the act, read back', () => {
  it.each(table([["en fait c'est pour ma fille", 'ascendant'], ["ah non en fait c'est l'acte de mon père", 'descendant']]))('%s: « c\'est moi », then « %s » at the first name: said back and in the read-back', async (channel, phrasing, relation) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    for (const a of ['je voudrais une copie intégrale d\'acte de naissance', "c'est moi", 'Carrières-sous-Poissy', 'Durand']) await c.say(a);
    const noted = c.text(await c.say(phrasing));
    expect(noted).toContain(t(`civilAct.recapAsker.${relation}`));
    // Another person than the resident: the place and name given for the resident's own act are asked again (civilActPersonChanged.test.ts).
    expect(noted).toContain(t('civilAct.ask.place', { event: t('civilAct.event.birth') }));
    let last: Awaited<ReturnType<Chat['say']>> = [];
    for (const a of ['Carrières-sous-Poissy', 'Durand', ...REST]) last = await c.say(a);
    // The name on the envelope.
    last = await c.say('Marie Durand');
    expect(offered(last)).toHaveLength(2);
    expect(c.text(last)).toContain(t(`civilAct.recapAsker.${relation}`));
    await c.say('oui');
    expect(rows(c, 'select data from requests').map((r) => JSON.parse(r.data as string) as { relation: string })).toEqual([expect.objectContaining({ relation })]);
  });

  it.each(table([["c'est moi"]]))('%s: « %s » answered plainly: the read-back says it is their own act', async (channel, answer) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    for (const a of ['je voudrais une copie intégrale d\'acte de naissance', answer, 'Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/1988', 'Paul Durand et Marie Durand', 'lea.durand@example.org']) await c.say(a);
    expect(c.text(await c.say('3 rue des Lilas 78955 Carrières-sous-Poissy'))).toContain(t('civilAct.recapAsker.self'));
  });
});
