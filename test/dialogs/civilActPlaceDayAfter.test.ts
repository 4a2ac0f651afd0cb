/**
 * The place of the event answered in a sentence that ends with its day (« ma mère est décédée à carrières le
 * 2 novembre », « il est né à Carrières-sous-Poissy le 3 mars 1990 »): the place, who the person is and the day
 * are taken, the surname asked next, the day never asked again. Before, the whole sentence was « not a commune »,
 * and every following answer (the surname, the first name…) was read as a town. Web Chat and SMS; stored data checked.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat) => (c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Record<string, unknown>);

async function chat(channel: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return { c, t: c.core.texts.for('fr', false, channel === 'sms') };
}

describe('the place of an act said with its day after it', () => {
  it.each(table([['ma mère est décédée à carrières le 2 novembre'], ['elle est décédée à Carrières-sous-Poissy le 02/11/2026']]))('%s: « %s » at the place of a death', async (channel, said) => {
    const { c, t } = await chat(channel);
    await c.say('acte de décès');
    expect(c.text(await c.say(said))).toContain(t('civilAct.ask.lastName'));
    for (const m of ['Lefevre', 'Jeanne', 'paul@example.org', '8 rue du Port 78955 Carrières-sous-Poissy', 'Paul Lefevre', 'oui']) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'death', place: 'Carrières-sous-Poissy', eventDay: '2026-11-02', lastName: 'Lefevre' })]);
  });

  it.each(table([['je suis née à Carrières le 3 mars 1990']]))('%s: « %s » at the place of one\'s own birth', async (channel, said) => {
    const { c, t } = await chat(channel);
    for (const m of ['copie intégrale de mon acte de naissance']) await c.say(m);
    // One's own act: the resident's birth name is asked.
    expect(c.text(await c.say(said))).toContain(t('civilAct.askSelf.lastName'));
    for (const m of ['Durand', 'Léa', 'Jean Durand et Anne Martin', 'lea@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', relation: 'self', place: 'Carrières-sous-Poissy', eventDay: '1990-03-03' })]);
  });
});
