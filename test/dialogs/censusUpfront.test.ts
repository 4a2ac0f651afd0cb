/**
 * The census asked with the young person's names and birthplace up front (« recensement de mon fils Lucas Martin né le
 * 2/10/2010 à Poissy »): after « oui » to the offer, neither is asked again (it asked the name, and lost the place said
 * with the day). Web Chat and SMS; the question asked next and the request stored are asserted.
 */
import type { Activity } from 'botbuilder';
import { demarcheChat, storedRequests } from '../support/demarches';
import type { Chat } from '../support/harness';
import { fr, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the census with its details up front', () => {
  it.each(table<[Record<string, string>]>([
    ['recensement de mon fils Lucas Martin né le 2/10/2010 à Poissy', { lastName: 'Martin', firstName: 'Lucas', birthPlace: 'Poissy', birthDay: '2010-10-02' }],
    ['recensement pour ma fille léa durand, née à Carrières-sous-Poissy le 15/11/2010', { lastName: 'DURAND', firstName: 'Léa', birthPlace: 'Carrières-sous-Poissy', birthDay: '2010-11-15' }],
    ['recensement de mon fils né le 2/10/2010 à Poissy', { birthPlace: 'Poissy', birthDay: '2010-10-02' }],
  ]))('%s: « %s »: not asked again', async (channelId, opening, expected) => {
    const c = await demarcheChat(chats, { channelId });
    await c.say(opening);
    const next = c.text(await c.say('oui'));
    const named = 'lastName' in expected;
    expect(next).toContain(textBefore(named ? 'demarche.citizen_census.ask.parents' : 'demarche.citizen_census.ask.lastName').slice(0, 25));
    let r: Partial<Activity>[] = [];
    for (const a of [...(named ? [] : ['Martin', 'Lucas']), 'Paul Martin et Anne Martin', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'anne@example.org']) r = await c.say(a);
    for (let i = 0; i < 3 && !offered(r).includes(fr['demarche.yes'] as string); i++) r = await c.say('au guichet');
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining(expected)]);
  });
});
