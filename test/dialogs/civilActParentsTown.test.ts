/**
 * A town (« Poissy », a word of a commune served; « Carrières-sous-Poissy », the place just given) typed where a birth
 * act's parents are asked (a single name is read back: civilActParentOneName.test.ts): never stored as the parents, asked again with a hint; the names typed next are
 * kept. Names typed at the e-mail question then: an e-mail is said to be awaited, and nothing asked before is lost.
 * Web Chat and SMS; the request stored checked.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat) => (c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Record<string, unknown>);

async function atParents(channel: string): Promise<{ c: Chat; t: (key: string) => string }> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  const t = c.core.texts.for('fr', false, channel === 'sms');
  for (const m of ['copie intégrale de mon acte de naissance', 'Carrières-sous-Poissy', 'Durand', 'Léo']) await c.say(m);
  expect(c.text(await c.say('12/03/1990'))).toContain(t('civilAct.ask.parents').slice(0, 20));
  return { c, t };
}

describe('a town at the parents of a birth act', () => {
  it.each(table([['Poissy'], ['à Poissy'], ['Carrières-sous-Poissy'], ['carrieres sous poissy']]))('%s: « %s » asked again with a hint, the names typed next stored', async (channel, said) => {
    const { c, t } = await atParents(channel);
    const reply = c.text(await c.say(said));
    // A place, not the names: said so (civilActParentsPlace.test.ts).
    expect(reply).toContain(t('civilAct.bad.parentsPlace').slice(0, 30));
    expect(reply).not.toContain(t('civilAct.ask.email').slice(0, 20));
    expect(c.text(await c.say('Jean Durand et Anne Martin'))).toContain(t('civilAct.ask.email').slice(0, 20));
    for (const m of ['leo@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', parents: 'Jean Durand et Anne Martin' })]);
  });

  it.each(table([['Jean Durand et Anne Martin'], ['paul martin']]))('%s: « %s » at the e-mail question: an e-mail said to be awaited, nothing lost', async (channel, said) => {
    const { c, t } = await atParents(channel);
    await c.say('Pierre Durand et Marie Petit');
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('request.bad.emailWords').slice(0, 30));
    for (const m of ['leo@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', parents: 'Pierre Durand et Marie Petit' })]);
  });
});
