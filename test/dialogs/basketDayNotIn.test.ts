/**
 * At the booking basket, a day taken out that is not in it (« pas le 11 », « enlève le 11 », « sauf le 11 »): said
 * so, the basket kept as it was and asked again; confirmed next, its own days are booked. A day that is in it still
 * leaves it silently. Web Chat and SMS. The clock is Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) =>
  (c.core.db.$client.prepare("select r.day from reservations r where r.status != 'cancelled' order by r.day").all() as Array<{ day: string }>).map((r) => r.day);

async function basket(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine pour Léa les 7 et 8 janvier'))).toEqual(BASKET);
  return c;
}

describe('a day taken out of a basket that does not hold it', () => {
  it.each(table([['pas le 11'], ['enlève le 11'], ['sauf le 11'], ['non, pas le 11 janvier']]))('%s: « %s »: said so, the basket kept', async (channel, said) => {
    const c = await basket(channel);
    const reply = await c.say(said);
    expect(c.text(reply)).toContain(textBefore('booking.basket.notInBasket'));
    expect(offered(reply)).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-07', '2027-01-08']);
  });

  it.each(table([['pas le 8']]))('%s: « %s », a day of the basket: it leaves it, nothing more said', async (channel, said) => {
    const c = await basket(channel);
    const reply = await c.say(said);
    expect(c.text(reply)).not.toContain(textBefore('booking.basket.notInBasket'));
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-07']);
  });
});
