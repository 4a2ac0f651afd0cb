/**
 * « cantine pour hugo le lundi sauf le 11 janvier »: « le lundi » with a day set aside is every Monday, not the next one
 * (booked alone, the 11th meaningless). Now until when is asked (or the end said is read) and the 11th is left out.
 * Web Chat and SMS; asserts the days booked. The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) => (c.core.db.$client.prepare(`select r.day from reservations r join children c on c.id = r.child_id where c.first_name = 'Hugo' order by r.day`).all() as Array<{ day: string }>).map((r) => r.day);

/** Every Monday from today to the end of January but the 11th (21 and 28 December are holidays). */
const MONDAYS = ['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2027-01-04', '2027-01-18', '2027-01-25'];

describe('« le lundi » with a day set aside', () => {
  it.each(table([['fin janvier'], ["jusqu'à fin janvier"]]))('%s: « le lundi sauf le 11 janvier », asked until when, « %s »', async (channel, end) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('cantine pour hugo le lundi sauf le 11 janvier');
    expect(days(c)).toEqual([]);
    await c.say(end);
    await c.say('oui');
    expect(days(c)).toEqual(MONDAYS);
  });

  it.each(table([['cantine pour hugo le lundi sauf le 11 janvier jusqu’à fin janvier'], ['cantine pour hugo le lundi jusqu’à fin janvier sauf le 11']]))('%s: the end said with it: « %s »', async (channel, text) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say(text);
    await c.say('oui');
    expect(days(c)).toEqual(MONDAYS);
  });
});
