/**
 * « mon fils ne mangera pas le 7 décembre », « ma fille sera absente … »: the verb after « mon fils » is no child's name
 * (it read « Ne » as an unknown child and asked the child again); the only child booked that day is the one. Asserts
 * the reservation cancelled (the 7th is still free to cancel). The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const statusOf = (c: Chat) => c.core.db.$client.prepare("select status from reservations where day = '2026-12-07'").all();

describe('« mon fils » or « ma fille » then a verb', () => {
  it.each(table([['mon fils ne mangera pas le 7 décembre'], ['mon fils sera absent le 7 décembre'], ['mon fils va pas a la cantine le 7 decembre']]))('%s: « %s » cancels Hugo\'s day', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo le 7 décembre');
    await c.say('oui');
    await c.say(phrasing);
    expect(statusOf(c)).toEqual([{ status: 'cancelled' }]);
  });
});
