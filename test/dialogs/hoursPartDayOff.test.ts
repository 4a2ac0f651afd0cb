/**
 * « mairie ouverte samedi après-midi ? », « ouverte samedi à 15h ? » where Saturday is never open: one answer, the day said
 * once (not « fermé samedi après-midi » then « pas d'accueil samedi »), then the next opening. A holiday keeps its reason.
 * Carrières-sous-Poissy, harness clock (Wednesday 18 November 2026, 15:00 in Paris), Web and SMS.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const count = (text: string, part: string) => text.split(part).length - 1;

describe.each([['web', undefined], ['sms', 'sms']] as const)('%s', (_name, channelId) => {
  it.each(['mairie ouverte samedi après-midi ?', 'la mairie est ouverte samedi matin ?', 'la mairie est ouverte samedi à 15h ?'])('« %s »: the Saturday said once, the next opening', async (question) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const text = c.text(await c.say(question));
    expect(count(text, 'samedi 21 novembre')).toBe(1);
    expect(text).toContain('lundi 23 novembre à 8 h 30');
  });

  it('« ouvert le 25 décembre après-midi ? »: closed, and why (Christmas)', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const text = c.text(await c.say('la mairie est ouverte le 25 décembre après-midi ?'));
    expect(text).toContain(t('holiday.christmas'));
  });
});
