/**
 * A weekday alone at the calendar of January (« vendredi »): the first Friday of January that can be booked (Friday 8),
 * not Friday 1 January (a public holiday); « vendredi 15 » stays the 15th. In a new request after January was shown,
 * « vendredi » is the coming Friday. Asserts the days booked after « oui ».
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

describe('a weekday alone in a new request, a month shown before', () => {
  it.each(['webchat', 'sms'])('%s: the bookings of January shown, « réserver la cantine pour Léa vendredi » is the coming Friday', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('mes réservations de janvier');
    expect(offered(await c.say('réserver la cantine pour Léa vendredi'))).toEqual(BASKET);
    await c.say('oui');
    // Friday 20 November, past its deadline: asked of the town hall (pending).
    expect(c.core.db.$client.prepare("select day from reservations where status != 'cancelled'").all()).toEqual([{ day: '2026-11-20' }]);
  });
});
