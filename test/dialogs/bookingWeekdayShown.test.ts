/**
 * A weekday alone at the calendar of January (« vendredi »): the first Friday of January that can be booked (Friday 8),
 * not Friday 1 January (a public holiday); « vendredi 15 » stays the 15th. Asserts the days booked after « oui ».
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

const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);

describe('a weekday alone at the calendar of a month', () => {
  it.each(table([['vendredi', ['2027-01-08']], ['le vendredi stp', ['2027-01-08']], ['vendredi 15', ['2027-01-15']]]))('%s: January shown, « %s » books %j', async (channel, phrasing, days) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa en janvier');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toEqual(days);
  });
});
