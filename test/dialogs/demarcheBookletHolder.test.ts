/**
 * A livret de famille asked for as one's own in the first message (« j'ai perdu mon livret de famille », « je suis marié
 * depuis 2012 »): « Le livret est-il à votre nom ? » is not asked, the next question is; someone else's (« le livret de mes
 * parents ») still asks it. Web Chat and SMS; the request stored with the holder's answer.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const REST = ['Durand', 'Françoise', 'Marc Durand', '15/06/2012', '2', 'francoise@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy'];

describe('a livret de famille said to be one\'s own', () => {
  it.each(table([
    ["j'ai perdu mon livret de famille"],
    ['jai perdu mon livret de famille, je suis marié depuis 2012'],
    ['on a perdu notre livret de famille'],
    ['livret de famille perdu, je suis la maman'],
  ]))('%s: « %s »: the holder not asked, the request stored', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const reply = c.text(await c.say(said));
    expect(reply).not.toContain(fr['demarche.family_booklet.ask.holder']);
    expect(reply).toContain(fr['demarche.family_booklet.ask.livesHere']?.split('{{')[0]);
    await c.say('oui');
    for (const a of REST) await c.say(a);
    if (channel === 'webchat') await c.say('je le donnerai au guichet');
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ reason: 'lost', holder: 'yes', lastName: 'Durand' })]);
  });

  it.each(table([['jai perdu le livret de famille de mes parents'], ['je voudrais un livret pour mes parents, ils ont perdu le leur'], ['le livret de famille de son père est perdu'], ['livret de famille perdu de ma belle-mère']]))('%s: « %s »: someone else\'s, the holder asked', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    expect(c.text(await c.say(said))).toContain(fr['demarche.family_booklet.ask.holder']);
  });
});
