/**
 * A place said at the parents' question of a birth act (« ma mère est née à Paris », « Paris », « mes parents sont
 * originaires du Maroc »): never stored as the parents; asked again saying a place is not the names (their birthplace is
 * not asked), and what was given before is kept: the names typed next are stored with the rest. Names beside a place are
 * names (kept as typed). Web Chat and SMS; the request stored checked.
 */
import { settableClock } from '../../src/domain/clock';
import { onlyAPlaceForParents } from '../../src/nlu/parentsPlace';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat) => (c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Record<string, unknown>);
const TOWNS = ['Carrières-sous-Poissy', 'Carrières-sur-Seine', 'Chanteloup-les-Vignes'];

it.each([
  ['ma mère est née à Paris', true],
  ['Paris', true],
  ['à Paris', true],
  ['mes parents sont originaires du Maroc', true],
  ['ils sont nés tous les deux à Marseille', true],
  ['my mother was born in Lyon', true],
  ['Chanteloup-les-Vignes', true],
  ['Jean Dupont et Anne Martin, née à Lyon', false],
  ['mon père Jean Dupont, ma mère est née à Lyon', false],
  ['Jean Dupont et Anne Martin', false],
  ['Martin', false],
  ['inconnu', false],
])('« %s »: only a place %s', (text, place) => {
  expect(onlyAPlaceForParents(text, TOWNS)).toBe(place);
});

async function atParents(channel: string): Promise<{ c: Chat; t: (key: string) => string }> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  const t = c.core.texts.for('fr', false, channel === 'sms');
  for (const m of ['copie intégrale de mon acte de naissance', 'Carrières-sous-Poissy', 'Durand', 'Léo']) await c.say(m);
  expect(c.text(await c.say('12/03/1990'))).toContain(t('civilAct.ask.parents').slice(0, 20));
  return { c, t };
}

const REST = ['leo@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui'];

describe('a place at the parents of a birth act', () => {
  it.each(table([['ma mère est née à Paris'], ['Paris'], ['mes parents sont originaires du Maroc']]))('%s: « %s » asked again as a place, the names typed next stored with the rest', async (channel, said) => {
    const { c, t } = await atParents(channel);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('civilAct.bad.parentsPlace'));
    expect(reply).not.toContain(t('civilAct.ask.email').slice(0, 20));
    expect(c.text(await c.say('Jean Durand et Anne Martin'))).toContain(t('civilAct.ask.email').slice(0, 20));
    for (const m of REST) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', lastName: 'Durand', firstName: 'Léo', eventDay: '1990-03-12', parents: 'Jean Durand et Anne Martin' })]);
  });

  it.each(['webchat', 'sms'])('%s: names beside a place are kept as typed', async (channel) => {
    const { c, t } = await atParents(channel);
    expect(c.text(await c.say('Jean Durand et Anne Martin, née à Lyon'))).toContain(t('civilAct.ask.email').slice(0, 20));
    for (const m of REST) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ parents: 'Jean Durand et Anne Martin, née à Lyon' })]);
  });
});
