/**
 * The census's name question and its correction: « c mon fils » at « Quel est le nom de famille
 * du jeune ? » says who the young person is, never their name (the name is asked again); « le nom
 * c benali » at « Que voulez-vous corriger ? » is the new name, kept at once. Web Chat and SMS;
 * each row asserts the request stored.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = storedRequests;

async function census(channelId: string): Promise<Chat> {
  const c = await demarcheChat(chats, { channelId });
  for (const a of ['recensement citoyen', '15/11/2010', 'oui']) await c.say(a);
  return c;
}

/** The rest of the census up to the read-back (papers at the guichet). */
async function toReadBack(c: Chat, answers: string[]): Promise<void> {
  for (const a of answers) await c.say(a);
  for (let i = 0; i < 3 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
}

const REST = ['Karim', 'Poissy', 'Ali Benali, Sara Benali', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'sara@example.org'];

describe('the census name question', () => {
  it.each(table([['c mon fils'], ["c'est ma fille"], ['mon fils']]))('%s: « %s » is not a name: said so, the name asked again', async (channel, phrasing) => {
    const c = await census(channel);
    const reply = c.text(await c.say(phrasing));
    expect(reply).toContain(fr['names.relation.lastName']);
    expect(reply).toContain(fr['demarche.citizen_census.ask.lastName']);
    await c.say('Benali');
    await toReadBack(c, REST);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: 'Benali', firstName: 'Karim' })]);
  });

  it.each(table([['le nom c benali', 'BENALI'], ["le nom c'est Benali", 'Benali']]))('%s: « %s » at « Que voulez-vous corriger ? » keeps the new name', async (channel, phrasing, kept) => {
    const c = await census(channel);
    await c.say('Durand');
    await toReadBack(c, REST);
    expect(c.text(await c.say('non'))).toContain(fr['demarche.askCorrect']);
    expect(c.text(await c.say(phrasing))).not.toContain(fr['demarche.citizen_census.ask.lastName']);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: kept, firstName: 'Karim' })]);
  });
});

/**
 * The offer to make the request answered with the young person's names (« oui elle s'appelle Inès Benali », « c'est Karim
 * Benali »): yes, both names kept and read back, not asked again. It was « je n'ai pas compris » (or the names asked again).
 */
describe('the census offer answered with the names', () => {
  it.each(table([["oui elle s'appelle Karim Benali"], ["c'est Karim Benali"], ['ouais il s appelle Karim BENALI']]))('%s: « %s »: the request goes on, the names kept', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ['recensement citoyen', '15/11/2010']) await c.say(a);
    const reply = c.text(await c.say(said));
    expect(reply).not.toContain(fr['demarche.citizen_census.ask.lastName']);
    expect(reply).toContain(fr['demarche.citizen_census.ask.birthPlace']?.slice(0, 20));
    await toReadBack(c, REST.slice(1));
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: expect.stringMatching(/^Benali$/i), firstName: 'Karim', birthDay: '2010-11-15' })]);
  });

  it.each(table([['non merci']]))('%s: « %s » still ends it, nothing stored', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ['recensement citoyen', '15/11/2010']) await c.say(a);
    await c.say(said);
    expect(stored(c)).toEqual([]);
  });
});
