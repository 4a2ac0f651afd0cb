/**
 * « le 2 » at « Pour quel enfant ? »: the second child, on Web Chat (buttons) as by SMS (numbered), never also the 2nd of a
 * month; the day said in the first message is the one booked. Asserts the basket's wishes as stored after « oui ».
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the child chosen by its number', () => {
  it.each(['webchat', 'sms'])('%s: « le 2 » books Hugo on the day of the first message', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('je voudrais réserver la cantine le 14 décembre'))).toHaveLength(3);
    expect(offered(await c.say('le 2'))).toEqual(labels('booking.basket.confirm', 'booking.basket.modify', 'booking.basket.abandon'));
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-12-14' }]);
  });
});
