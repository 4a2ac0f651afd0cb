/**
 * A name typed at the census's birth date question (« Dupont »): it was « Je ne reconnais pas cette date » and the name lost.
 * Now it is kept for the request's name question (not asked again), and the date is asked again (as civilActAhead.ts keeps a day
 * typed at an act's name question).
 */
import { runningDialogs } from '../support/dialogStack';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
async function chat(channelId: string) {
  const c = startChat({ channelId }); // Wednesday 18 November 2026
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}
const requestData = (c: Chat) => JSON.parse((c.core.db.$client.prepare('select data from requests').get() as { data: string } | undefined)?.data ?? '{}') as Record<string, unknown>;

async function finish(c: Chat, answers: string[]) {
  for (const a of [...answers, 'Poissy (78)', 'Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']) await c.say(a);
  for (let i = 0; i < 3; i++) await c.say('au guichet');
  await c.say('oui');
}

describe('a name typed at the census birth date', () => {
  it.each(table([['Dupont'], ['DUPONT']]))('%s: « %s » is kept as the last name; the date asked again, then only the first name', async (channel, name) => {
    const c = await chat(channel);
    await c.say('recensement citoyen');
    await c.say(name);
    expect(runningDialogs(c)).toContain('census');
    expect(runningDialogs(c)).not.toContain('demarche');
    await c.say('15/11/2010');
    await c.say('oui');
    await finish(c, ['Léa Marie']);
    expect(requestData(c)).toMatchObject({ birthDay: '2010-11-15', lastName: name, firstName: 'Léa Marie', birthPlace: 'Poissy (78)' });
  });

  it.each(table([['Dupont Lucas']]))('%s: « %s »: both names kept, neither asked', async (channel, names) => {
    const c = await chat(channel);
    await c.say('recensement citoyen');
    await c.say(names);
    await c.say('15/11/2010');
    await c.say('oui');
    await finish(c, []);
    expect(requestData(c)).toMatchObject({ birthDay: '2010-11-15', lastName: 'Dupont', firstName: 'Lucas' });
  });
});
