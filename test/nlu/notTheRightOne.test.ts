/**
 * « c'est pas la bonne commune », « ce n'est pas ma ville »: the commune said wrong is a change of commune, at the menu
 * and inside a task; « c'est pas la bonne date » (« n'est pas là » without a child) is never an absence to report,
 * while « il est pas là demain » still is. Web Chat and SMS.
 */
import { detectCommand } from '../../src/nlu/commands';
import { detectIntent } from '../../src/nlu/intents';
import { prepare } from '../../src/nlu/frenchText';
import { understand } from '../../src/nlu/understand';
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

describe('the commune said wrong', () => {
  it.each([
    "c'est pas la bonne commune", "Ce n'est pas la bonne commune", "ce n'est pas ma ville", 'pas la bonne commune', 'non mais c pas la bonne ville',
    "la commune n'est pas la bonne", "je ne suis pas de cette commune", "j'habite pas dans cette commune", "je n'habite pas ici", 'vous vous êtes trompés de commune',
  ])('« %s » → changeCommune', (said) => {
    expect(detectCommand(said)).toBe('changeCommune');
  });

  it.each(["c'est pas la bonne date", "ce n'est pas la bonne commune"])('« %s » is not an absence', (said) => {
    expect(detectIntent(prepare(said))).not.toBe('report_absence');
  });

  it.each(['il est pas là demain', "Léa n'est pas là vendredi", 'elle sera pas là lundi', 'ils sont pas là de la semaine'])('« %s » is still an absence', (said) => {
    expect(detectIntent(prepare(said))).toBe('report_absence');
  });
});

describe('where one lives, said with a town', () => {
  it.each(['nous on habite à chanteloup les vignes', 'nous habitons à Chanteloup', 'en fait je suis bien à Carrières-sur-Seine', 'on habite à carrières sous poissy'])(
    '« %s » is no démarche guessed (the menu says which commune is served)',
    (said) => {
      expect(understand(said, { today: '2026-12-06' }).intent).toBe('unknown');
    },
  );

  it('« nous habitons ensemble, il faut un certificat » is still the certificate of cohabitation', () => {
    expect(understand('nous habitons ensemble, il faut un certificat', { today: '2026-12-06' }).intent).toBe('cohabitation_certificate');
  });
});

describe('in a conversation', () => {
  const chats: Chat[] = [];
  afterEach(() => {
    for (const c of chats.splice(0)) c.core.close();
  });

  it.each(table([["c'est pas la bonne commune"], ["ce n'est pas ma ville"]]))('%s: « %s » at the menu asks the commune again, no sign-in asked', async (channel, said) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'chanteloup-les-vignes' });
    const answer = c.text(await c.say(said));
    expect(answer).toContain(fr['commune.ask'] as string);
    expect(answer).not.toContain(fr['signIn.askEmail'] as string);
  });
});
