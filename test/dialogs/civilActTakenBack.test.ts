/**
 * Who asks or the act's form taken back at a later question of an act request (« ah non en fait
 * c'est pour ma fille » once « c'est moi » was answered, « non pardon extrait sans filiation » at
 * « Qui êtes-vous ? »): the new detail replaces the old, the rest is kept, the form is asked again
 * when the new relation may not receive it. Web Chat and SMS; each row asserts the request stored.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');
const stored = storedRequests;

const chat = (channelId: string): Promise<Chat> => demarcheChat(chats, { channelId });

/** From the place of the event to the read-back, then « oui ». */
async function finish(c: Chat, answers: string[]): Promise<void> {
  let last: Awaited<ReturnType<Chat['say']>> = [];
  for (const a of answers) last = await c.say(a);
  // Someone else's act: the name on the envelope.
  if (offered(last).join() !== READ_BACK.join()) last = await c.say('Marie Durand');
  expect(offered(last)).toEqual(READ_BACK);
  await c.say('oui');
}

const REST = ['Carrières-sous-Poissy', 'Durand', 'Léa', '14/03/2019', 'Paul Durand et Marie Durand', 'marie.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy'];

describe('a detail of the act taken back at a later question', () => {
  it.each(table([['ah non en fait c pour ma fille'], ["non, c'est pour ma fille"], ["pardon en fait c'est l'acte de ma fille"]]))('%s: « c\'est moi », then at the place « %s »: the relation is the parent\'s', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say("je voudrais un extrait d'acte de naissance avec filiation");
    await c.say('c moi');
    await c.say(phrasing);
    await finish(c, REST);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', format: 'extract_with_parents', relation: 'ascendant', lastName: 'Durand' })]);
  });

  it.each(table([['non pardon extrait sans filiation'], ['finalement un extrait sans filiation']]))('%s: copie intégrale chosen, then at « Qui êtes-vous ? » « %s »: the form changes, no relation needed', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('acte de naissance');
    await c.say('copie integrale');
    await c.say(phrasing);
    await finish(c, REST.filter((a) => !a.includes(' et ')));
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', format: 'extract_without_parents', lastName: 'Durand' })]);
  });

  it.each(table([["ah non en fait c'est pour mon cousin"]]))('%s: a copie intégrale « pour moi », then « %s »: a cousin may not receive it, the form is asked again', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('copie intégrale de mon acte de naissance');
    await c.say('c moi');
    const asked = await c.say(phrasing);
    expect(offered(asked)).toHaveLength(3);
    await c.say('extrait sans filiation');
    await finish(c, REST.filter((a) => !a.includes(' et ')));
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', format: 'extract_without_parents', relation: 'other' })]);
  });

  it.each(table([['Carrières-sous-Poissy']]))('%s: a plain answer (« %s ») at the place is still the place, the relation kept', async (channel, place) => {
    const c = await chat(channel);
    await c.say("je voudrais un extrait d'acte de naissance avec filiation");
    await c.say('c moi');
    await finish(c, [place, ...REST.slice(1).map((a) => (a === '14/03/2019' ? '12/03/1988' : a))]);
    expect(stored(c)).toEqual([expect.objectContaining({ relation: 'self', place: 'Carrières-sous-Poissy' })]);
  });
});

describe('an earlier name taken back at a later question of an act request', () => {
  // « c moi »: the resident's own act, asked of them.
  const ASK_FIRST = fr['civilAct.askSelf.firstName'] ?? '?';
  const ASK_PARENTS = fr['civilAct.askSelf.parents'] ?? '?';
  it.each(table([["non attends le nom c'est Martin"], ['pardon en fait le nom de famille : Martin']]))('%s: at the first name « %s »: the name is corrected, the first name asked again', async (channel, phrasing) => {
    const c = await chat(channel);
    for (const a of ["je voudrais un extrait d'acte de naissance avec filiation", 'c moi', 'Carrières-sous-Poissy', 'Durand']) await c.say(a);
    expect(c.text(await c.say(phrasing))).toContain(ASK_FIRST);
    await finish(c, ['Léa', '12/03/1988', 'Paul Durand et Marie Durand', 'lea.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy']);
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: 'Martin', firstName: 'Léa', parents: 'Paul Durand et Marie Durand' })]);
  });

  it.each(table([["non attends c'est Chloé seulement"]]))('%s: at the parents « %s »: the first name is corrected, never kept as the parents', async (channel, phrasing) => {
    const c = await chat(channel);
    for (const a of ["je voudrais un extrait d'acte de naissance avec filiation", 'c moi', 'Carrières-sous-Poissy', 'Durand', 'Léa Marie', '12/03/1988']) await c.say(a);
    expect(c.text(await c.say(phrasing))).toContain(ASK_PARENTS);
    await finish(c, ['Paul Durand et Marie Durand', 'lea.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy']);
    expect(stored(c)).toEqual([expect.objectContaining({ lastName: 'Durand', firstName: 'Chloé', parents: 'Paul Durand et Marie Durand' })]);
  });
});
