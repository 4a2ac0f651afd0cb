/**
 * An earlier answer taken back at a later free-text question of a guided démarche (« non attends
 * c'est chloe seulement » at the birthplace, after the first names): the earlier answer is
 * corrected, the question asked now is asked again, and the correction is never kept as its
 * answer. Web Chat and SMS; each row asserts the request stored.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = storedRequests;

/** Reached through its turns (6) on each channel's first test, the next tests from a copy of that state (test/support/reachedCopy.ts). */
const placeAsked = reachedOnce(async (channelId) => {
  const c = await demarcheChat(chats, { channelId });
  let asked: Awaited<ReturnType<Chat['say']>> = [];
  for (const a of ['recensement citoyen', '15/11/2010', 'oui', 'Durand', 'Léa Marie']) asked = await c.say(a);
  return { c, asked };
});
async function census(channelId: string): Promise<Chat> {
  return (await placeAsked(channelId, chats)).c;
}

/** The rest of the census up to the read-back (papers at the guichet), then « oui ». */
async function finish(c: Chat, answers: string[]): Promise<void> {
  for (const a of answers) await c.say(a);
  for (let i = 0; i < 3 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
  await c.say('oui');
}

const PLACE = fr['demarche.citizen_census.ask.birthPlace'] ?? '?';
const PARENTS = fr['demarche.citizen_census.ask.parents'] ?? '?';

describe('an earlier answer taken back at a later question of the census', () => {
  it.each(table([["non attends c'est chloe seulement"], ['pardon en fait juste Chloé'], ["non le prénom c'est Chloé"], ["non c'est Chloé seulement"]]))('%s: at the birthplace « %s »: the first names are corrected, the birthplace asked again', async (channel, phrasing) => {
    const c = await census(channel);
    expect(c.text(await c.say(phrasing))).toContain(PLACE);
    await finish(c, ['Poissy', 'Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']);
    const [data] = stored(c);
    expect(data).toMatchObject({ lastName: 'Durand', birthPlace: 'Poissy', parents: 'Françoise et Marc Durand' });
    expect(String(data?.firstName)).toMatch(/^Chlo[ée]$/);
  });

  it.each(table([["non attends le nom c'est Martin"]]))('%s: at the parents « %s »: the name is corrected, the parents asked again', async (channel, phrasing) => {
    const c = await census(channel);
    await c.say('Poissy');
    expect(c.text(await c.say(phrasing))).toContain(PARENTS);
    await finish(c, ['Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']);
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: 'Martin', firstName: 'Léa Marie', birthPlace: 'Poissy', parents: 'Françoise et Marc Durand' })]);
  });

  it.each(table([["non attends c'est Léa seulement"], ['pardon juste Léa']]))('%s: at the parents « %s »: the first names « Léa Marie » are narrowed (not the birthplace just before), the parents asked again', async (channel, phrasing) => {
    const c = await census(channel);
    await c.say('Poissy');
    expect(c.text(await c.say(phrasing))).toContain(PARENTS);
    await finish(c, ['Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']);
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: 'Durand', firstName: 'Léa', birthPlace: 'Poissy', parents: 'Françoise et Marc Durand' })]);
  });

  it.each(table([['non, à Poissy'], ['Poissy'], ["non c'est Poissy (78)"], ["non c'est Poissy"], ['nan c Poissy'], ["euh non, c'est Poissy"], ["non c'est à Poissy"], ["non non c'est Poissy"], ['non je veux dire Poissy']]))('%s: « %s » at the birthplace is still the place', async (channel, phrasing) => {
    const c = await census(channel);
    await finish(c, [phrasing, 'Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']);
    expect(stored(c)).toEqual([expect.objectContaining({ firstName: 'Léa Marie' })]);
    expect(String(stored(c)[0]?.birthPlace)).toMatch(/^(?:à )?Poissy(?: \(78\))?$/);
  });
});
