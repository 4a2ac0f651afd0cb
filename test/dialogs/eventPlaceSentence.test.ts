/**
 * The place of the event said in a sentence at « In which town did the marriage take place? » (« we got married in
 * carrieres », « on s'est mariés à Carrières », « il est décédé à Poissy »): the town read out of it, never the whole
 * sentence taken for another town's name.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function atPlace(first: string, answers: string[]): Promise<Chat> {
  const c = startChat({ channelId: 'webchat' });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say(first);
  for (const a of answers) await c.say(a);
  return c;
}

describe('the place said in a sentence', () => {
  it.each([
    ['I need a copy of my marriage certificate', ['full copy', "it's me"], 'we got married in carrieres', 'en', 'marriage'],
    ['acte de mariage', ['Copie intégrale', "c'est moi"], "on s'est mariés à Carrières", 'fr', 'marriage'],
  ])('« %s », the place said in a sentence: this commune, the next question asked', async (first, answers, said, locale, kind) => {
    const c = await atPlace(first, answers);
    const t = c.core.texts.for(locale as 'fr' | 'en');
    const reply = c.text(await c.say(said));
    expect(reply).not.toContain(t('civilAct.ask.place', { event: t(`civilAct.event.${kind}`) }));
    // « it's me », « c'est moi »: one's own act, so the resident's birth name is asked.
    expect(reply).toContain(t('civilAct.askSelf.lastName'));
  });

  it('« il est décédé à Poissy »: Poissy, the other mairie named (not « Il Est Décédé À Poissy »)', async () => {
    const c = await atPlace('acte de décès', ['Copie intégrale', 'son enfant']);
    const reply = c.text(await c.say('il est décédé à Poissy'));
    expect(reply).toContain('Poissy');
    expect(reply).not.toMatch(/Il Est/i);
  });
});
