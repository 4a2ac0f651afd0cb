/**
 * Who the act is for said at the place question after the act changed (« l'acte de décès de mon père », « non en fait plutôt
 * un acte de mariage », then « c pour moi »): who asks is changed and said back, the place asked again; never « not a
 * commune » asked again and again. Web Chat and SMS; the request stored is asserted (a marriage, one's own).
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the person said again after the act changed', () => {
  it.each(table([['c pour moi'], ["c'est pour moi"]]))('%s: « %s » at the marriage place: one\'s own marriage, the request made', async (channel, own) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say("je voudrais l'acte de deces de mon pere");
    await c.say('non en fait plutot un acte de mariage');
    const said = c.text(await c.say(own));
    expect(said).toContain(t('civilAct.askerNoted', { asker: t('civilAct.recapAsker.self') }));
    expect(said).not.toContain(t('civilAct.bad.place', { commune: 'Carrières-sous-Poissy' }));
    expect(said).toContain(t('civilAct.ask.place', { event: t('civilAct.event.marriage') }));
    let last = await c.say('ici');
    for (const m of ['Martin', 'Sophie', '14/07/2012', 'sophie.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin']) if (!offered(last).length) last = await c.say(m);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'marriage', relation: 'self', lastName: 'Martin', eventDay: '2012-07-14' })]);
  });
});
