/**
 * A weekday said alone right after an absence is recorded: « et le vendredi aussi » after Léa's absence on Thursday 7
 * January is Friday 8 January, the day after (it was read as the Friday of this week, where nothing is booked). Web Chat
 * and SMS; the bookings left are asserted. The clock is Wednesday 18 November 2026.
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

describe('a weekday after an absence recorded', () => {
  it.each(table([['et le vendredi aussi'], ['vendredi aussi svp'], ['et vendredi aussi']]))('%s: Léa ill on Thursday 7 January, then « %s » → Friday 8 January too', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa les 7, 8 et 11 janvier');
    await c.say('oui');
    expect(leasDays(c)).toEqual(['2027-01-07', '2027-01-08', '2027-01-11']);
    await c.say('lea est malade le 7 janvier');
    expect(leasDays(c)).toEqual(['2027-01-08', '2027-01-11']);
    await c.say(phrasing);
    expect(leasDays(c)).toEqual(['2027-01-11']);
  });
});
