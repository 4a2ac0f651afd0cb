/**
 * A booking put aside at its basket (« menu »), then a cancellation asked (« annuler la cantine de Léa le 7 janvier »): before,
 * the days to book kept aside joined the cancellation's basket (« J'ai repris les jours que vous aviez gardés »), and « 1 »
 * booked them with the cancellation. Now the cancellation's basket holds the cancellation alone; the booking stays aside.
 * Outcome: the rows after « Confirmer ». The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { BASKET, bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a cancellation while a booking is kept aside', () => {
  it.each(table([['annuler la cantine de Léa le 7 janvier']]))('%s: « %s »: only the 7th cancelled, the 14th kept aside not booked', async (channel, cancel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa le 7 janvier');
    await c.say('Confirmer');
    expect(offered(await c.say('réserver la cantine pour Léa le 14 janvier'))).toEqual(BASKET);
    await c.say('menu');
    expect(offered(await c.say(cancel))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(bookedByChild(c)).toEqual([]);
  });
});
