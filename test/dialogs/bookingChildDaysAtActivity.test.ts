/**
 * Each child's own days said in the answer to « Quelle activité ? » (« la cantine, le 12 janvier pour Hugo et le 14 pour
 * Léa »): each child booked on their own days, as when said in the first message. It was every day for every child.
 * Web Chat and SMS; asserts the reservations stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET, bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const day = (child: string, d: string) => ({ child, code: 'canteen', day: d });

describe('each child’s own days said at the activity question', () => {
  it.each(table([
    ['la cantine, le 12 janvier pour Hugo et le 14 pour Léa', [day('Hugo', '2027-01-12'), day('Léa', '2027-01-14')]],
    ['cantine : Hugo le 12 janvier, Léa le 14 et le 15 janvier', [day('Hugo', '2027-01-12'), day('Léa', '2027-01-14'), day('Léa', '2027-01-15')]],
  ]))('%s: « %s » → %j', async (channel, answer, stored) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(c.text(await c.say('je voudrais réserver'))).toContain(fr['booking.askActivity']);
    expect(offered(await c.say(answer))).toEqual(BASKET);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual(stored);
  });
});
