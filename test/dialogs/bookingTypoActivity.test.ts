/**
 * An activity typed with a slip (« reserver cantinne lea le 7 decembre ») is the activity, not a child's name: no
 * « Je ne trouve pas Cantinne », the basket is offered and booked. Web Chat and SMS; asserts the options and the rows.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an activity typed with a slip', () => {
  it.each(table([['reserver cantinne lea le 7 decembre'], ['reserver la cantinne pour lea le 7 decembre']]))('%s: « %s » offers the basket', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(c.core.db.$client.prepare('select day from reservations').all()).toEqual([{ day: '2026-12-07' }]);
  });
});
