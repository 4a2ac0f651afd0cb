/**
 * « les 2 enfants », « mes enfants » said anywhere in the first message (« reserv cantinne les 2 enfants … »): both
 * children booked, the child not asked; « un de mes enfants » is not both. Asserts the options asked and the bookings
 * stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET, bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('every child, said by the noun', () => {
  it.each(table([['reserv cantinne les 2 enfants le 7 janvier'], ['cantine mes enfants le 7 janvier svp'], ['je réserve la cantine le 7 janvier, nos deux enfants']]))('%s: « %s » books both', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([
      { child: 'Hugo', code: 'canteen', day: '2027-01-07' },
      { child: 'Léa', code: 'canteen', day: '2027-01-07' },
    ]);
  });

  it.each(['webchat', 'sms'])('%s: « un de mes enfants » asks which child', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine le 7 janvier pour un de mes enfants'))).toHaveLength(3);
  });
});
