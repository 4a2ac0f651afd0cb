/**
 * A bare day already past on this month's calendar (« 3 » on December's calendar, today Sunday 6 December 2026): the day
 * is said past. It was read as 3 January and set aside as a weekend. On next month's calendar « 3 » stays that month's.
 * Nothing stored. Web Chat and SMS; asserts the reason said (locale key) and the rows stored.
 */
import { bookedByChild, signInAgain } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PAST = fr['booking.aside.past'] as string;
const WEEKEND = fr['booking.closed.weekend'] as string;

describe('a bare day past on the calendar shown', () => {
  it.each(table([
    ['3', 'décembre', PAST, WEEKEND],
    ['le 3', 'décembre', PAST, WEEKEND],
    ['3', 'janvier', WEEKEND, PAST],
  ]))('%s: « %s » at the calendar of %s: « %s » said', async (channel, answer, month, said, notSaid) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    clock.advance(25130); // Sunday 6 December 2026, 01:50 in Paris
    await signInAgain(c);
    await c.say(`réserver la cantine pour Léa en ${month}`);
    const reply = c.text(await c.say(answer));
    expect(reply).toContain(said);
    expect(reply).not.toContain(notSaid);
    await c.say('1');
    expect(bookedByChild(c)).toEqual([]);
  });
});
