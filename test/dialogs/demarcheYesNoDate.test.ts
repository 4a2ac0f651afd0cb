/**
 * A date or a correction typed at a démarche's yes/no question whose « non » ends it (« Le livret est-il à votre nom ? »,
 * « Habitez-vous à … ? »): no « non » was said, so the démarche goes on, the question asked again (a date alone reads as
 * « non » only at a read-back, where it corrects the date). It ended the démarche, saying it was not admissible. A « non »
 * said still ends it. Web Chat and SMS; the request stored is asserted.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const REST = ['Durand', 'Françoise', 'Marc Durand', '15/06/2012', '2', 'francoise@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy'];

describe('a date typed at a yes/no question of a démarche', () => {
  it.each(table([['14/05/1985'], ['le 2 mars 2010']]))('%s: « %s » at the holder question: asked again, then the request made', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('livret de famille');
    await c.say("je l'ai perdu");
    const again = c.text(await c.say(said));
    expect(again).toContain(fr['demarche.family_booklet.ask.holder']);
    expect(again).not.toContain(fr['demarche.family_booklet.refuse.holder.no']?.slice(0, 30));
    await c.say('oui');
    expect(c.text(await c.say('14/05/1985'))).toContain(fr['demarche.family_booklet.ask.livesHere']?.split('{{')[0]);
    await c.say('oui');
    for (const a of REST) await c.say(a);
    if (channel === 'webchat') await c.say('je le donnerai au guichet');
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ reason: 'lost', holder: 'yes', livesHere: 'yes' })]);
  });

  it.each(table([['non']]))('%s: « %s » at the holder question still ends the démarche', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('livret de famille');
    await c.say("je l'ai perdu");
    expect(c.text(await c.say(said))).toContain(fr['demarche.family_booklet.refuse.holder.no']?.slice(0, 30));
    expect(storedRequests(c)).toEqual([]);
  });
});
