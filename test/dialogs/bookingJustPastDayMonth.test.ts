/**
 * « réserver la cantine pour Léa le 19 novembre » said on 23 November: the day just past is set aside, and the calendar
 * shown is November 2026's, where days can still be booked (late), not November 2027's (nothing bookable, « novembre
 * 2027 » shown). « le 26 » said next is 26 November 2026, booked. Web Chat and SMS; the rows stored are asserted.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild, signInAgain } from '../support/booking';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a day just past said for a booking', () => {
  it.each(CHANNELS)('%s: « le 19 novembre » on the 23rd, then « le 26 »: 26 November 2026 booked', async (channel) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    clock.advance(60 * 24 * 5);
    await signInAgain(c);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say('reserver la cantine pour lea le 19 novembre'))).toContain(t('booking.aside.past'));
    await c.say('le 26');
    await c.say('confirmer');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-11-26' }]);
  });
});
