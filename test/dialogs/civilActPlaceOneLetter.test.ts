/**
 * « Y » (a commune of the Somme) at « Dans quelle commune a eu lieu la naissance ? » was read as « yes » and the
 * question asked again with what it awaits. One letter is a yes/no only where the question is yes/no: « Y » is
 * that commune (its mairie delivers the act), « o » is no commune. Web Chat and SMS; each row asserts the
 * locale key said next.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('one letter at the place question', () => {
  it.each(table([
    ['Y', 'civilAct.otherCommune'],
    ['y', 'civilAct.otherCommune'],
    ['o', 'civilAct.bad.place'],
  ]))('%s: « %s » is answered with %s', async (channel, answer, key) => {
    const c = startChat({ channelId: channel, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    chats.push(c);
    for (const m of ['je voudrais un acte de naissance', 'Copie intégrale', "C'est moi"]) await c.say(m);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const next = c.text(await c.say(answer));
    expect(next).toContain(t(key, { place: answer, commune: 'Carrières-sous-Poissy' }).split('{{')[0]?.slice(0, 30));
    expect(next).not.toContain(t('civilAct.placeAwaited', { commune: 'Carrières-sous-Poissy' }));
  });
});
