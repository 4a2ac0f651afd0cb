/**
 * Who asks, said for the first time at a later question of an act's request where it was never asked (an extract
 * without parents: anyone may have it) or not yet: « non attendez c'est pour ma mère » at the e-mail question is
 * noted, never read as « no e-mail » nor refused, and the names given stay the act's person's. Web Chat and SMS;
 * the rows assert the request stored.
 */
import { demarcheChat, rows } from '../support/demarches';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

interface Stored {
  kind?: string;
  relation?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
}
const stored = (c: Chat) => rows(c, 'select data from requests').map((r) => JSON.parse(r.data as string) as Stored);

describe('who asks, said first at a later question', () => {
  it.each(table([["non attendez c'est pour ma mere", 'descendant'], ["ah en fait c'est pour mon fils", 'ascendant']]))('%s: « %s » at the e-mail question of an extract without parents', async (channel, phrasing, relation) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ["je voudrais un extrait d'acte de naissance sans filiation", 'Carrières-sous-Poissy', 'Martin', 'Sophie', '12/05/1960']) await c.say(a);
    await c.say(phrasing);
    // The e-mail is still asked, and taken; the address, the envelope's name, then the read-back.
    for (const a of ['sophie.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin']) await c.say(a);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ relation, firstName: 'Sophie' })]);
  });

  it.each(table([["non en fait c'est pour mon pere", 'descendant']]))('%s: « %s » at the name question of a death act (who asks never asked): kept with it', async (channel, phrasing, relation) => {
    const c = await demarcheChat(chats, { channelId: channel });
    for (const a of ['acte de deces', 'Carrières-sous-Poissy']) await c.say(a);
    await c.say(phrasing);
    for (const a of ['Martin', 'Jean', '03/11/2026', 'sophie.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin']) await c.say(a);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ relation, kind: 'death', lastName: 'Martin' })]);
  });
});
