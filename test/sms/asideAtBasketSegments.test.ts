/**
 * A price asked at the basket's question by SMS, naming the care being booked (« et c'est combien la cantine ? »): the
 * answer was the commune's whole rates (every band, the surcharge, the quotient, the régie on request) before the basket's
 * reminder, 306 characters with four €, 3 segments. Named or not, the care being booked gets the family's price of it,
 * short: at most 2 segments, and the basket waits as it was (« 1 » books its days).
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { BASKET } from '../support/booking';
import { offered } from '../support/prompts';
import { segments, smsBody } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const cost = (c: Chat, replies: Awaited<ReturnType<Chat['say']>>) => smsBody(replies.map((r) => r.text ?? '')).reduce((n, b) => n + segments(b), 0);
const booked = (c: Chat) => c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status = 'confirmed' order by r.day, ch.first_name").all();

describe('by SMS, the price of the care being booked asked at its basket', () => {
  it.each([['ah et c est combien la cantine'], ['c combien la cantine ?'], ['c\'est combien ?']])('« %s »: the family\'s price in at most 2 segments, then the basket confirmed', async (asked) => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa et Hugo les 11 et 12 janvier'))).toEqual(BASKET);
    const replies = await c.say(asked);
    expect(c.text(replies)).toMatch(/3,10/);
    expect(offered(replies)).toEqual(BASKET);
    expect(cost(c, replies)).toBeLessThanOrEqual(2);
    await c.say('1');
    expect(booked(c)).toEqual([
      { child: 'Hugo', day: '2027-01-11' },
      { child: 'Léa', day: '2027-01-11' },
      { child: 'Hugo', day: '2027-01-12' },
      { child: 'Léa', day: '2027-01-12' },
    ]);
  });
});
