/**
 * The census's birthplace question answered with what is not a place: « nan », « non », « no » were kept as the
 * town of birth; « je sais pas » too. Now « nan » and the like are said not to be a place, « je sais pas » gets where
 * to find it, and the question is asked again; the place typed after is the one stored. Web Chat and SMS.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The census up to its birthplace question. */
async function atPlace(channelId: string): Promise<Chat> {
  const c = await demarcheChat(chats, { channelId });
  for (const a of ['recensement citoyen', '15/11/2010', 'oui', 'Benali']) await c.say(a);
  expect(c.text(await c.say('Karim'))).toContain(textBefore('demarche.citizen_census.ask.birthPlace').slice(0, 25));
  return c;
}

async function finish(c: Chat): Promise<void> {
  for (const a of ['Ali Benali, Sara Benali', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'sara@example.org']) await c.say(a);
  for (let i = 0; i < 3 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
  await c.say('oui');
}

describe('the census birthplace question', () => {
  it.each(table([['nan', 'demarche.bad.place.number'], ['non', 'demarche.bad.place.number'], ['no', 'demarche.bad.place.number'], ['je sais pas', 'demarche.unsure.place'], ['jsp', 'demarche.unsure.place']]))('%s: « %s » is not a place: said so, the question asked again', async (channel, answer, key) => {
    const c = await atPlace(channel);
    const reply = c.text(await c.say(answer));
    expect(reply).toContain(textBefore(key).slice(0, 25));
    expect(reply).toContain(textBefore('demarche.citizen_census.ask.birthPlace').slice(0, 25));
    await c.say('Poissy (78)');
    await finish(c);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ birthPlace: 'Poissy (78)' })]);
  });
});

describe('the census birthplace said with « à »', () => {
  it.each(table([['a Poissy', 'Poissy'], ['à Poissy (78)', 'Poissy (78)'], ['il est né à Poissy', 'Poissy'], ['au Havre', 'au Havre']]))('%s: « %s »: stored as « %s »', async (channel, answer, stored) => {
    const c = await atPlace(channel);
    await c.say(answer);
    await finish(c);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ birthPlace: stored })]);
  });
});
