/**
 * Each child's own days said in the first message with one verb (« le 12 janvier pour Hugo et le 14 pour Léa », « Hugo le 12,
 * Léa le 14 et le 15 »): each child booked on their own days. It was every day for every child (the days of the whole message
 * given to both). One child with days said for both stays as it was. Web Chat and SMS; asserts the reservations stored.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET, bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const day = (child: string, d: string) => ({ child, code: 'canteen', day: d });

describe('each child’s own days said up front', () => {
  it.each(table([
    ['réserver la cantine le 12 janvier pour Hugo et le 14 janvier pour Léa', [day('Hugo', '2027-01-12'), day('Léa', '2027-01-14')]],
    ['cantine le 12 janvier pour Hugo et le 14 pour Léa', [day('Hugo', '2027-01-12'), day('Léa', '2027-01-14')]],
    ['réserver la cantine : Hugo le 12 janvier, Léa le 14 et le 15 janvier', [day('Hugo', '2027-01-12'), day('Léa', '2027-01-14'), day('Léa', '2027-01-15')]],
    ['réserver la cantine pour Hugo et Léa le 12 janvier', [day('Hugo', '2027-01-12'), day('Léa', '2027-01-12')]],
  ]))('%s: « %s » → %j', async (channel, phrasing, stored) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual(stored);
  });
});
