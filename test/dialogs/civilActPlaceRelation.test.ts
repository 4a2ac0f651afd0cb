/**
 * At « Dans quelle commune a eu lieu le décès ? », « c pour mon pere » was taken as a town (« Le décès a eu
 * lieu à « Pour Mon Pere » »): a relation is never a place; when not known yet it is taken, and the place
 * asked again. « a Bruxelles », « à Londres » were other communes: a big city abroad goes to the Service
 * central d'état civil, as « à l'étranger » does. Web Chat and SMS; the leads and questions by their
 * locale keys, the request stored.
 */
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const COMMUNE = 'Chanteloup-les-Vignes';
const stored = storedRequests;

async function chat(channel: string) {
  const c = startChat({ channelId: channel }); // Wednesday 18 November 2026
  chats.push(c);
  await c.join({ commune: 'chanteloup-les-vignes' });
  const t = c.core.texts.for('fr', false, channel === 'sms');
  return { c, t, placeAsked: t('civilAct.ask.place', { event: t('civilAct.event.death') }) };
}

/** « Le décès a eu lieu à « … » »: the words before the place. */
const otherCommune = (t: (k: string, p?: Record<string, unknown>) => string) => t('civilAct.otherCommuneDeath', { place: '§', commune: COMMUNE }).split('§')[0] ?? '<missing>';

async function finish(c: Chat) {
  for (const a of ['Martin', 'Paul', '12/10/2026', 'lea@example.org', '3 rue des Lilas 78570 Chanteloup-les-Vignes', 'Sophie Durand', 'oui']) await c.say(a);
}

describe('a relation or a city abroad at the place question', () => {
  it.each(table([['c pour mon pere', 'descendant'], ["c'est pour ma mère", 'descendant'], ['pour mon mari', 'spouse']]))('%s: « %s » at the place of death: the relation taken (the resident is their child, their spouse), the place asked again', async (channel, said, relation) => {
    const { c, t, placeAsked } = await chat(channel);
    expect(c.text(await c.say('acte de décès'))).toContain(placeAsked);
    const replies = c.text(await c.say(said));
    expect(replies).not.toContain(otherCommune(t));
    expect(replies).toContain(t('civilAct.detailNoted'));
    expect(replies).toContain(placeAsked);
    await c.say(COMMUNE);
    await finish(c);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'death', relation, place: COMMUNE })]);
  });

  it.each(table([['c pour ma mere']]))('%s: « %s » when who asks is known: the place asked again, the relation kept', async (channel, said) => {
    const { c, t, placeAsked } = await chat(channel);
    expect(c.text(await c.say('acte de décès de mon mari'))).toContain(placeAsked);
    const replies = c.text(await c.say(said));
    expect(replies).not.toContain(otherCommune(t));
    expect(replies).toContain(t('civilAct.bad.place', { commune: COMMUNE }));
    expect(replies).toContain(placeAsked);
    await c.say(COMMUNE);
    await finish(c);
    expect(stored(c)).toEqual([expect.objectContaining({ relation: 'spouse', place: COMMUNE })]);
  });

  it.each(table([['a Bruxelles'], ['à Londres'], ['Casablanca'], ['il est décédé à Genève']]))('%s: « %s » at the place of death: the Service central d\'état civil, no request', async (channel, said) => {
    const { c, t } = await chat(channel);
    await c.say('acte de décès');
    const replies = c.text(await c.say(said));
    expect(replies).toContain(t('civilAct.abroad'));
    expect(replies).not.toContain(otherCommune(t));
    expect(stored(c)).toEqual([]);
  });

  it.each(table([['acte de naissance de mon fils né à Bruxelles']]))('%s: « %s » up front: the Service central d\'état civil', async (channel, said) => {
    const { c, t } = await chat(channel);
    expect(c.text(await c.say(said))).toContain(t('civilAct.abroad'));
  });
});
