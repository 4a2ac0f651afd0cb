/**
 * The resident's names said in the first message of a démarche whose form asks them (« je m'appelle Nadia Benali », « je
 * suis Mme Benali Nadia », « moi c'est BENALI Nadia »): not asked again, read back with the rest. A census (the young
 * person's names, often asked by a parent) still asks them. Web Chat and SMS; each row asserts the request stored.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the names said up front', () => {
  it.each(table([
    ["je veux m'inscrire sur les listes electorales, je suis française et j'habite ici, je m'appelle Nadia Benali"],
    ['bonjour je suis Mme Benali Nadia, je suis francaise et jhabite la commune, je voudrais voter'],
  ]))('%s: « %s »: the names not asked, the request stored', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const reply = c.text(await c.say(said));
    expect(reply).not.toContain(fr['demarche.electoral_roll.ask.lastName']);
    expect(reply).toContain(fr['demarche.electoral_roll.ask.birthDay']?.split('{{')[0]);
    for (const a of ['03/02/1995', 'nadia@example.org', '3 rue Verte 78955 Carrières-sous-Poissy']) await c.say(a);
    for (let i = 0; i < 2 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ nationality: 'french', tie: 'lives', lastName: expect.stringMatching(/^benali$/i), firstName: 'Nadia' })]);
  });

  it.each(table([["moi c'est BENALI Nadia, j'ai perdu mon livret de famille"]]))('%s: « %s »: a livret, the names not asked', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say(said);
    const asked = c.text(await c.say('oui'));
    expect(asked).not.toContain(fr['demarche.family_booklet.ask.lastName']);
    expect(asked).toContain(fr['demarche.family_booklet.ask.otherParent']);
  });

  it.each(table([["recensement de mon fils, je m'appelle Nadia Benali"]]))('%s: « %s »: a census asks the young person\'s names', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say(said);
    // Sixteen on 1 November 2026: within the time to be recensed on 18 November.
    await c.say('01/11/2010');
    expect(c.text(await c.say('oui'))).toContain(fr['demarche.citizen_census.ask.lastNameOf']?.split('{{')[0]);
  });
});
