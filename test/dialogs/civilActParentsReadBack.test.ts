/**
 * The parents' names of a birth act (copie intégrale) are read back with the other answers, so that they can be checked
 * and corrected (the read-back offers « parents » among the answers to correct, but did not show them). Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the parents read back', () => {
  it.each(CHANNELS)('%s: « Jean Martin et Samia Benali » is in the read-back', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    let last = '';
    for (const said of ['je voudrais mon acte de naissance', 'copie intégrale', 'Carrières-sous-Poissy', 'Martin Karim', '03/03/1985', 'Jean Martin et Samia Benali', 'karim.martin@example.org', '12 rue de la Gare 78955 Carrières-sous-Poissy']) {
      last = c.text(await c.say(said));
    }
    // Read back with the last names in capitals, as the person's (readBackTidy.test.ts).
    expect(last).toContain(t('civilAct.recapParents', { parents: 'Jean MARTIN et Samia BENALI' }));
  });
});

describe('the parents corrected at the read-back, the field named', () => {
  it.each(CHANNELS.flatMap((ch) => [
    [ch, 'les parents c Martin Paul et Durand Sophie pas Poissy'],
    [ch, "mes parents c'est Martin Paul et Durand Sophie"],
  ]))('%s: « %s » changes the parents, the read-back shown again', async (channelId, correction) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    for (const said of ['je voudrais mon acte de naissance', 'copie intégrale', 'Carrières-sous-Poissy', 'Martin Lucas', '12/03/1990', 'Martin Pierre et Roux Anne', 'lucas.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy']) await c.say(said);
    const again = c.text(await c.say(correction));
    expect(again).toContain(t('civilAct.recapParents', { parents: 'MARTIN Paul et DURAND Sophie' }));
    expect(again).not.toContain(t('civilAct.recapParents', { parents: 'MARTIN Pierre et ROUX Anne' }));
  });
});
