/**
 * A bare « ok » (or « oui ») at a démarche's open question (a name, a date, a number, an e-mail, an address; the census's birth day) says what the
 * question awaits before asking it again; it was asked again alone, as if nothing had been heard. Web Chat and SMS.
 */
import { type Chat } from '../support/harness';
import { demarcheChat } from '../support/demarches';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const BOOKLET = ['livret de famille', 'perte', 'oui', 'oui'];

describe('« ok » at a démarche’s open question', () => {
  it.each(table<[string[], string, string]>([
    ['the last name', BOOKLET, 'demarche.awaited.lastName', 'demarche.family_booklet.ask.lastName'],
    ['the marriage day', [...BOOKLET, 'Durand', 'Julie', 'Martin'], 'demarche.awaited.day', 'demarche.family_booklet.ask.marriageDay'],
    ['the children', [...BOOKLET, 'Durand', 'Julie', 'Martin', '15/06/2012'], 'demarche.awaited.count', 'demarche.family_booklet.ask.children'],
    ['the e-mail', [...BOOKLET, 'Durand', 'Julie', 'Martin', '15/06/2012', '2'], 'demarche.awaited.email', 'demarche.family_booklet.ask.email'],
    ["the census's birth day", ['recensement'], 'demarche.awaited.day', 'census.askBirth'],
  ]))('%s: at %s, « ok » says what is awaited, then the question again', async (channel, _at, before, awaited, question) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const m of before) await c.say(m);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const said = c.text(await c.say('ok'));
    expect(said).toContain(t(awaited));
    expect(said).toContain(t(question, { commune: 'Carrières-sous-Poissy' }));
  });
});
