/**
 * « réserver la garderie du soir pour Lucas », no Lucas in the file: « Pour quel enfant ? » offers Hugo alone (the only
 * child enrolled in it), and « ouais », « oui », « c bon » take him: his calendar, then the day said booked for him.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) => c.core.db.$client.prepare('select ch.first_name as child, a.code, r.day from reservations r join children ch on ch.id = r.child_id join activities a on a.id = r.activity_id').all();

describe('one child offered at « Pour quel enfant ? »', () => {
  it.each(table([['ouais'], ['oui'], ['c bon']]))('%s: « %s » is that child', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const asked = await c.say('réserver la garderie du soir pour lucas');
    if (channel === 'webchat') expect(offered(asked)).toEqual(['Hugo']);
    await c.say(phrasing);
    await c.say('le 8 décembre');
    await c.say('oui');
    expect(rows(c)).toEqual([{ child: 'Hugo', code: 'evening', day: '2026-12-08' }]);
  });
});
