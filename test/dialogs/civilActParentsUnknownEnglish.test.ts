/**
 * « unknown » at the parents' question of an act asked in English (« Write "unknown" if you do not know them »): the
 * parents kept as unknown and the e-mail asked next. It was read back as a parent's first name (« We will note
 * "Unknown", without a last name. Is that right? »). « father unknown, mother Jane Doe » is kept as typed.
 */
import { settableClock } from '../../src/domain/clock';
import { unknownInEnglish } from '../../dialogs/civilActParentOne';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat) => (c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Record<string, unknown>);

async function atParents(): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: 'webchat' });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of ['I need birth certificate for my son, he is adult', 'full copy', 'here', 'Hugo Durand', '3 may 2004']) await c.say(m);
  return c;
}

describe('parents unknown, in English', () => {
  it.each([
    ['unknown', 'all'],
    ['Unknown.', 'all'],
    ['both unknown', 'all'],
    ['parents are unknown', 'all'],
    ['father unknown, mother Jane Doe', 'some'],
    ['Jane Doe', undefined],
  ])('« %s » is %s', (said, kind) => {
    expect(unknownInEnglish(said)).toBe(kind);
  });

  it.each([
    ['unknown', 'civilAct.parentsUnknown'],
    ['father unknown, mother Jane Doe', undefined],
  ])('« %s »: kept, the e-mail asked next, the request stored', async (said, key) => {
    const c = await atParents();
    const t = c.core.texts.for('en', false, false);
    const replies = c.text(await c.say(said));
    expect(replies).not.toContain(t('civilAct.parentOneConfirm', { name: 'Unknown' }));
    expect(replies).toContain(t('civilAct.ask.email'));
    for (const m of ['paul.durand@example.org', '3 rue des Lilas 78955 Carrieres-sous-Poissy', 'Paul Durand', 'yes']) await c.say(m);
    expect(stored(c)).toEqual([expect.objectContaining({ parents: key ? t(key) : said, lastName: 'Durand' })]);
  });
});
