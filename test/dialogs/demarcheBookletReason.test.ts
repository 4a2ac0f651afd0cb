/**
 * Why a livret de famille is asked, said in words at its question (« je l'ai perdu », « on me l'a volé », « mon ex l'a
 * gardé », « pour ajouter mon bébé »): the reason taken, as when said up front, never « je n'ai pas compris » nor a
 * booking (« ajouter mon bébé » was taken for one). Web Chat and SMS; the reason stored with the request.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a livret de famille: the reason in words', () => {
  it.each(table([
    ["je l'ai perdu", 'lost'],
    ['on me la vole', 'lost'],
    ['il a brulé dans un incendie', 'lost'],
    ['jsuis divorcee', 'separated'],
    ["mon ex l'a gardé", 'separated'],
  ]))('%s: « %s »: %s, the next question asked, the reason stored', async (channel, said, reason) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('livret de famille');
    expect(c.text(await c.say(said))).toContain(fr['demarche.family_booklet.ask.holder']);
    for (const a of ['oui', 'oui', 'Durand', 'Françoise', 'Marc Durand', '15/06/2012', '2', 'francoise@example.org', '1 rue de la Demo 78955 Carrières-sous-Poissy']) await c.say(a);
    if (channel === 'webchat') await c.say('je le donnerai au guichet');
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ reason, lastName: 'Durand' })]);
  });

  it.each(table([['pour ajouter mon bebe'], ['pour le mettre a jour']]))('%s: « %s »: an update, where to have it done said', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('livret de famille');
    const next = c.text(await c.say(said));
    expect(next).toContain(fr['demarche.family_booklet.refuse.reason.update']?.split('{{')[0]);
    expect(storedRequests(c)).toEqual([]);
  });
});
