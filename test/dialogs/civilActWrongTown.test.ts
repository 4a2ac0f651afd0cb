/**
 * « ce n'est pas la bonne ville » in a civil-status act request (whose form asks the town of the event) speaks of the
 * act's town, not of the commune served: the commune is kept and the request goes on. Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe("the act's town said wrong", () => {
  it.each(CHANNELS)('%s: « ce n\'est pas la bonne ville » keeps the commune and the request', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    for (const said of ['je voudrais mon acte de naissance', 'copie intégrale', 'Carrières-sous-Poissy', 'Martin Karim', '03/03/1985', 'Jean Martin et Samia Benali', 'karim.martin@example.org', '12 rue de la Gare 78955 Carrières-sous-Poissy']) {
      await c.say(said);
    }
    // At the read-back, then at the town asked again: never the commune served changed, never a town named « Pas la bonne ville ».
    for (const said of ["ce n'est pas la bonne ville", 'pas la bonne ville']) {
      const answer = c.text(await c.say(said));
      expect(answer).not.toContain(t('commands.changeCommune'));
      expect(answer).not.toMatch(/pas la bonne ville/i);
      expect(answer).toContain(t('civilAct.ask.place', { event: t('civilAct.event.birth') }));
    }
    // The town then given goes on to the read-back.
    expect(c.text(await c.say('Carrières-sous-Poissy'))).not.toContain(t('civilAct.ask.place', { event: t('civilAct.event.birth') }));
  });
});
