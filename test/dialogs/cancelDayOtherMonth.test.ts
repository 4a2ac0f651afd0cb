/**
 * « annuler le 15 », no month said, when the 15th of the month read (the month shown, or the coming 15th) has nothing
 * booked and the only 15th booked is in a later month: that one is cancelled. Asserts the reservations' status.
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

const statusOf = (c: Chat) => c.core.db.$client.prepare("select day, status from reservations order by day").all() as Array<{ day: string; status: string }>;

async function bookedOn15January(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine le 15 janvier pour Léa');
  await c.say('oui');
  expect(statusOf(c)).toEqual([{ day: '2027-01-15', status: 'confirmed' }]);
  return c;
}

describe('a bare day cancelled, booked in another month only', () => {
  it.each(table([['annuler la cantine de Léa le 15'], ['annule le 15 pour léa']]))('%s: « %s » cancels the 15 January', async (channel, phrasing) => {
    const c = await bookedOn15January(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(statusOf(c)).toEqual([{ day: '2027-01-15', status: 'cancelled' }]);
  });

  it.each(['webchat', 'sms'])('%s: after the bookings of December shown, « annuler le 15 » cancels the 15 January', async (channel) => {
    const c = await bookedOn15January(channel);
    await c.say('mes réservations de décembre');
    expect(offered(await c.say('annuler le 15'))).toEqual(BASKET);
    await c.say('oui');
    expect(statusOf(c)).toEqual([{ day: '2027-01-15', status: 'cancelled' }]);
  });
});
