/**
 * Days said for every child with an exception for one of them (« les 2 à la cantine jeudi et vendredi sauf Hugo vendredi »):
 * each child booked on their own days. The child of the exception was taken as the only child of the booking (Léa dropped).
 * « sauf pour Hugo » books the other children only. Web Chat and SMS; asserts the reservations stored.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris (Thursday 19, Friday 20 November).
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
const both = [day('Hugo', '2026-11-26'), day('Léa', '2026-11-26'), day('Léa', '2026-11-27')];

describe('a child’s exception to the days said for every child', () => {
  it.each(table([
    ['inscrire les 2 à la cantine jeudi 26 et vendredi 27 novembre sauf Hugo vendredi', both],
    ['cantine le 26 et le 27 novembre pour mes enfants, sauf le vendredi pour hugo', both],
    ['réserver la cantine pour Léa et Hugo le 26 et le 27 novembre mais pas le 27 pour Hugo', both],
    ['les deux à la cantine le 26 et le 27 novembre sauf pour Hugo', [day('Léa', '2026-11-26'), day('Léa', '2026-11-27')]],
  ]))('%s: « %s » → %j', async (channel, phrasing, stored) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual(stored);
  });
});
