/**
 * Two baskets from one message (« Léa à la cantine et Hugo à la garderie le 8 janvier »: Léa's cantine basket, then
 * Hugo's evening care). « Abandonner » (« 3 ») at the first used to end the booking, Hugo's basket never offered:
 * now the first is said dropped and the second offered. « tout abandonner », « laisse tomber tout », « annuler » drop
 * both, said so; after the first confirmed, giving up the second says the first stays. Web Chat and SMS; the
 * reservations stored and the texts said (by locale key) are asserted.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = async (channelId: string) => (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
const rows = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, a.code, r.day from reservations r join activities a on a.id = r.activity_id join children ch on ch.id = r.child_id where r.status = 'confirmed' order by ch.first_name desc").all();
const basketCodes = (c: Chat) => (c.core.db.$client.prepare('select a.code from baskets b join activities a on a.id = b.activity_id order by b.id').all() as Array<{ code: string }>).map((b) => b.code);
const START = 'Léa à la cantine et Hugo à la garderie le 8 janvier';

describe('giving up one of two baskets', () => {
  it.each(table([['Abandonner'], ['3']]))('%s: « %s » at the first: said dropped, the second offered, nothing of it lost', async (channel, phrasing) => {
    const c = await chat(channel);
    expect(offered(await c.say(START))).toEqual(BASKET);
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(textBefore('booking.basket.abandonedPart'));
    expect(c.text(replies)).not.toContain(fr['booking.basket.abandoned']);
    expect(offered(replies)).toEqual(BASKET);
    expect(basketCodes(c)).toEqual(['canteen', 'evening']);
    await c.say('Confirmer');
    expect(rows(c)).toEqual([{ child: 'Hugo', code: 'evening', day: '2027-01-08' }]);
  });

  it.each(table([['tout abandonner'], ['laisse tomber tout'], ['annuler']]))('%s: « %s » at the first: both dropped, said so', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say(START);
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(fr['booking.basket.abandonedAll']);
    expect(offered(replies)).not.toEqual(BASKET);
    expect(basketCodes(c)).toEqual(['canteen']);
    expect(rows(c)).toEqual([]);
  });

  it.each(table([['Abandonner'], ['tout abandonner']]))('%s: the first confirmed, « %s » at the second: said the first stays', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say(START);
    await c.say('Confirmer');
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(fr['booking.basket.abandonedKept']);
    expect(rows(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2027-01-08' }]);
  });
});
