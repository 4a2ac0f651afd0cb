/**
 * The activity asked when the days are said (« réserver le mercredi 13 janvier »): only those running that day (the
 * Wednesday leisure centre), not the canteen or the school-day cares; days on school days keep every activity offered.
 * Asserts the options asked and the booking stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET, bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the activities running on the days said', () => {
  it.each(['webchat', 'sms'])('%s: a Wednesday: the Wednesday activity only, then booked', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const asked = offered(await c.say('réserver le mercredi 13 janvier'));
    expect(asked).toHaveLength(1);
    expect(offered(await c.say('1'))).toEqual(BASKET);
    await c.say('oui');
    const rows = bookedByChild(c) as Array<{ code: string; day: string }>;
    expect(rows.map((r) => r.day)).toEqual(['2027-01-13']);
    expect(rows[0]?.code).not.toBe('canteen');
  });

  it.each(['webchat', 'sms'])('%s: a Thursday: every activity of the family offered', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver le jeudi 14 janvier')).length).toBeGreaterThan(2);
  });
});
