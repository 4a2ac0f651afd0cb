/**
 * A death act asked where the person lived: the mairie of the last domicile holds the act too (the
 * death is transcribed there), so « il habitait Chanteloup », before or after the place of death, makes
 * the request here with the place of death kept. « je comprends pas », « quoi ? » at the place question
 * explain it again and are never a town. Web Chat and SMS; the rows assert the leads and questions by
 * their locale keys and the request stored. The birth place of the census is explained again the same way.
 */
import { settableClock } from '../../src/domain/clock';
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
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'chanteloup-les-vignes' });
  const t = c.core.texts.for('fr', false, channel === 'sms');
  return { c, t, placeAsked: t('civilAct.ask.place', { event: t('civilAct.event.death') }) };
}

async function finish(c: Chat) {
  for (const a of ['Martin', 'Paul', '12/10/2026', 'Jean Martin et Anne Martin', 'lea@example.org', '3 rue des Lilas 78570 Chanteloup-les-Vignes', 'Sophie Durand', 'oui']) await c.say(a);
}

describe('a death act at the last domicile', () => {
  it.each(table([['mais il habitait chanteloup avec moi'], ['il habitait à Chanteloup-les-Vignes'], ['son dernier domicile c est chanteloup']]))('%s: the place of death elsewhere, then « %s »: the request is made here', async (channel, lived) => {
    const { c, t, placeAsked } = await chat(channel);
    expect(c.text(await c.say('mon mari il est mort le mois dernier je besoin papier pour la banque'))).toContain(placeAsked);
    const elsewhere = c.text(await c.say('poissy'));
    expect(elsewhere).toContain(t('civilAct.otherCommuneDeath', { place: 'Poissy', commune: COMMUNE }));
    const here = c.text(await c.say(lived));
    expect(here).toContain(t('civilAct.transcribedHere', { commune: COMMUNE }));
    expect(here).toContain(t('civilAct.ask.lastName'));
    await finish(c);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'death', relation: 'spouse', place: t('civilAct.placeTranscribed', { place: 'Poissy', commune: COMMUNE }), lastName: 'Martin' })]);
  });

  it.each(table([['il habitait ici']]))('%s: « %s » first, the place of death next: the request is made here', async (channel, lived) => {
    const { c, t, placeAsked } = await chat(channel);
    await c.say('acte de décès de mon mari');
    const noted = c.text(await c.say(lived));
    expect(noted).toContain(t('civilAct.domicileNoted', { commune: COMMUNE }));
    expect(noted).toContain(placeAsked);
    expect(c.text(await c.say('à Poissy'))).toContain(t('civilAct.transcribedHere', { commune: COMMUNE }));
    await finish(c);
    expect(stored(c)).toEqual([expect.objectContaining({ place: t('civilAct.placeTranscribed', { place: 'Poissy', commune: COMMUNE }) })]);
  });

  it.each(table([['je comprend pas'], ['je comprends pas'], ["j'ai pas compris"], ['quoi ?'], ['hein ?']]))('%s: « %s » at the place question explains it again, never a town', async (channel, phrasing) => {
    const { c, t, placeAsked } = await chat(channel);
    await c.say('mon mari il est mort le mois dernier je besoin papier pour la banque');
    await c.say('poissy');
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('civilAct.placeExplained.death', { commune: COMMUNE }));
    expect(replies).not.toContain(t('civilAct.otherCommuneDeath', { place: 'Je Comprend Pas', commune: COMMUNE }).slice(0, 20));
    expect(replies).toContain(placeAsked);
    await c.say(COMMUNE);
    await finish(c);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'death', place: COMMUNE })]);
  });
});

describe('the place of death kept while the question is explained', () => {
  it.each(table([['quoi ?'], ['je comprends pas']]))('%s: « Poissy », « %s », then « il habitait chanteloup »: the request is made here, Poissy kept', async (channel, phrasing) => {
    const { c, t } = await chat(channel);
    await c.say('acte de décès de mon mari');
    await c.say('Poissy');
    expect(c.text(await c.say(phrasing))).toContain(t('civilAct.placeExplained.death', { commune: COMMUNE }));
    expect(c.text(await c.say('il habitait chanteloup'))).toContain(t('civilAct.transcribedHere', { commune: COMMUNE }));
    await finish(c);
    expect(stored(c)).toEqual([expect.objectContaining({ place: t('civilAct.placeTranscribed', { place: 'Poissy', commune: COMMUNE }) })]);
  });
});

describe('the birth place of the census', () => {
  it.each(table([['je comprends pas'], ['quoi ?']]))('%s: « %s » explains the question again, never a birth place', async (channel, phrasing) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    for (const a of ['recensement de ma fille née le 15/11/2010', 'oui', 'Durand']) await c.say(a);
    const asked = t('demarche.citizen_census.ask.birthPlace.she', { name: 'Léa' });
    expect(c.text(await c.say('Léa Marie'))).toContain(asked);
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('demarche.placeExplained'));
    expect(replies).toContain(asked);
  });
});
