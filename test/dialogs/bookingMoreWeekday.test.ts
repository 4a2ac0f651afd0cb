/**
 * A weekday said alone right after a booking is confirmed: « et le jeudi aussi » after Léa's cantine on Tuesday 5 January
 * is Thursday 7 January, in the booking's week (it was read from today: Thursday 19 November). Web Chat and SMS; the
 * bookings stored once the basket is confirmed are asserted. The clock is Wednesday 18 November 2026.
 */
import { bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const leasDays = (c: Chat) => (bookedByChild(c) as Array<{ child: string; day: string }>).filter((r) => r.child === 'Léa').map((r) => r.day);

describe('a weekday after a booking confirmed', () => {
  it.each(table([['et le jeudi aussi'], ['jeudi aussi'], ['et le vendredi aussi stp']]))('%s: Léa booked on Tuesday 5 January, then « %s » → that day of the same week', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa le mardi 5 janvier');
    await c.say('oui');
    expect(leasDays(c)).toEqual(['2027-01-05']);
    await c.say(phrasing);
    await c.say('oui');
    const day = phrasing.includes('jeudi') ? '2027-01-07' : '2027-01-08';
    expect(leasDays(c)).toEqual(['2027-01-05', day]);
  });
});
