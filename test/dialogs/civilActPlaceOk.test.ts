/**
 * A bare « ok », « d'accord » at « Dans quelle commune a eu lieu la naissance ? »: what is awaited is said
 * (`civilAct.placeAwaited`: a town, or « ici » for this commune) in the question's place; it was asked again
 * silently. « ici » next is the commune, the request goes on. Web Chat and SMS.
 */
import { runningValue } from '../support/dialogStack';
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('« ok » at the place question', () => {
  it.each(table([['ok'], ["d'accord"], ['oki']]))('%s: « %s »: what is awaited said, the place asked again', async (channel, ack) => {
    const c = startChat({ channelId: channel, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    chats.push(c);
    for (const m of ['je voudrais un acte de naissance', 'Copie intégrale', "C'est moi"]) await c.say(m);
    const next = c.text(await c.say(ack));
    expect(next).toContain(fr['civilAct.placeAwaited']?.replace('{{commune}}', 'Carrières-sous-Poissy'));
    // The sentence gives the question's guidance: said instead of it (never both), the question still the one asked.
    expect(next).not.toContain(fr['civilAct.ask.place']?.split('{{')[0]);
    expect(runningValue(c, 'asked')).toBe('place');
    expect(c.text(await c.say('ici'))).toContain(c.core.texts.for('fr', false, channel === 'sms')('civilAct.askSelf.lastName'));
  });
});
