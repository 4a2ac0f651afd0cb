/**
 * « à mon nom », « a mon nom », « c'est moi », « le mien » typed where the parents' names of a birth act are
 * asked: who the resident is, not the parents' names. Never stored as the parents: what is awaited is said,
 * and the names typed next are the ones kept. Web Chat and SMS; the request stored checked.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat) => (c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Record<string, unknown>);

describe('the parents of a birth act', () => {
  it.each(table([['à mon nom'], ['a mon nom'], ["c'est moi"], ['le mien'], ['A mon nom svp']]))('%s: « %s » at the parents: what is awaited said, the names typed next stored', async (channel, said) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    for (const m of ['copie intégrale de mon acte de naissance', 'ici', 'Durand', 'Léo']) await c.say(m);
    expect(c.text(await c.say('12/03/1990'))).toContain(t('civilAct.ask.parents').slice(0, 20));
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('civilAct.bad.parents'));
    expect(reply).not.toContain(t('civilAct.ask.email').slice(0, 20));
    for (const m of ['Jean Durand et Anne Martin', 'leo@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', parents: 'Jean Durand et Anne Martin' })]);
  });
});
