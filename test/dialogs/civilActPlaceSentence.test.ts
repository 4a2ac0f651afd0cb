/**
 * The place of an act's event said in a sentence at its question (« il est né à Poissy », « elle est
 * née à Casablanca au Maroc », « à l'étranger »): read as the first message is — the place's name
 * alone, or abroad (the Service central d'état civil, never « that other commune's mairie »). The
 * census's birthplace too. Web Chat and SMS; each row asserts what is stored and asked next.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = storedRequests;
const CSP = 'Carrières-sous-Poissy';

async function atPlace(channelId: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say("je voudrais un extrait d'acte de naissance avec filiation");
  await c.say("c'est ma fille");
  return c;
}

describe('the place of the event said in a sentence', () => {
  it.each(table([['elle est nee a casablanca au maroc'], ['a l etranger'], ["Elle est née à l'étranger"]]))('%s: « %s » is abroad: the Service central d\'état civil, nothing stored', async (channel, phrasing) => {
    const c = await atPlace(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(phrasing))).toContain(t('civilAct.abroad'));
    expect(c.text(await c.say('Durand'))).not.toContain(fr['civilAct.ask.firstName']);
    expect(stored(c)).toEqual([]);
  });

  it.each(table([['il est ne a poissy'], ['elle est née à Poissy']]))('%s: « %s » names Poissy, not the sentence', async (channel, phrasing) => {
    const c = await atPlace(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(phrasing))).toContain(t('civilAct.otherCommune', { place: 'Poissy', commune: CSP }));
  });

  it.each(table([['elle est née à Carrières-sous-Poissy'], ['il est ne a carrieres sous poissy']]))('%s: « %s » is the commune: the name is asked next, the place stored', async (channel, phrasing) => {
    const c = await atPlace(channel);
    expect(c.text(await c.say(phrasing))).toContain(fr['civilAct.ask.lastName']);
    for (const a of ['Durand', 'Léa', '14/03/2019', 'Paul Durand et Marie Durand', 'marie.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(a);
    expect(stored(c)).toEqual([expect.objectContaining({ place: CSP, lastName: 'Durand', relation: 'ascendant' })]);
  });

  it.each(table([['elle est née à A Coruña'], ['A Coruña']]))('%s: « %s » names « A Coruña », its first word kept', async (channel, phrasing) => {
    const c = await atPlace(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(phrasing))).toContain(t('civilAct.otherCommune', { place: 'A Coruña', commune: CSP }));
  });

  it.each(
    table([
      ["il est né à L'Isle-Adam (95)", "L'Isle-Adam (95)"],
      ['A Coruña', 'A Coruña'],
      ['il est né à A Coruña', 'A Coruña'],
      ['a poissy (78)', 'poissy (78)'],
    ]),
  )('%s: the census\'s birthplace « %s » is kept without « il est né à » (%s)', async (channel, phrasing, place) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const a of ['recensement citoyen', '15/11/2010', 'oui', 'Durand', 'Léa Marie', phrasing, 'Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']) await c.say(a);
    for (let i = 0; i < 3 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ birthPlace: place, firstName: 'Léa Marie' })]);
  });
});
