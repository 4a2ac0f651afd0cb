/**
 * An absence for days with nothing booked: nothing stored, that alone said; how to book only offered for a day still to
 * come (not for yesterday). Harness clock (Wednesday 18 November 2026), Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an absence on a day with nothing booked', () => {
  it.each<[string, string, string, boolean]>([
    ['webchat', 'Léa était absente hier', '17 novembre', false],
    ['sms', 'Léa était absente hier', '17 novembre', false],
    ['webchat', 'Léa sera absente demain', '19 novembre', true],
  ])('%s: « %s »: nothing booked on the %s; how to book offered: %s', async (channelId, said, days, hint) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const done = c.text(await c.say(said));
    expect(c.core.db.$client.prepare('select day from absences').all()).toEqual([]);
    expect(done).toContain(t('absence.noneBooked', { name: 'Léa', days }));
    expect(done.includes(t('absence.bookHint'))).toBe(hint);
  });
});
