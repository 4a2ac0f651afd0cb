/**
 * Where the event took place, said as « here », « here in Carrieres », « ici », « dans cette commune »:
 * the commune the resident writes to. Those answers were taken for another commune (« only the
 * town hall of the event gives the record. For "here in Carrieres", ask on service-public.fr »)
 * and the act request went no further. Web Chat and SMS; each row checks the next question asked.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const ACT_FR = ['je voudrais un acte de naissance', 'Copie intégrale', "C'est moi"];
const ACT_EN = ['english', 'I need my birth certificate', 'Full copy', 'It is me'];

describe('the event here', () => {
  it.each(table([
    ['here in Carrieres', 'en'],
    ['here', 'en'],
    ['in this town', 'en'],
    ['it was in Carrières-sous-Poissy', 'en'],
    ['ici', 'fr'],
    ['dans cette commune', 'fr'],
  ] as Array<[string, 'fr' | 'en']>))('%s: « %s » is the commune: the next question is the name', async (channel, place, locale) => {
    const c = startChat({ channelId: channel, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    chats.push(c);
    for (const m of locale === 'en' ? ACT_EN : ACT_FR) await c.say(m);
    const next = c.text(await c.say(place));
    expect(next).toContain(c.core.texts.for(locale, false, channel === 'sms')('civilAct.askSelf.lastName'));
  });
});
