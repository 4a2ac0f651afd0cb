/**
 * A child named up front who is not enrolled in the activity named (Hugo, in maternelle, has the
 * evening care and the canteen, not the morning care of the élémentaire): nothing is booked for
 * another child in his place. Named alone, his own activities are asked (the days kept); named with
 * Léa, who is enrolled, the basket is Léa's only and Hugo's absence from it is said. Each row asserts
 * the reservations stored. The clock is Wednesday 18 November 2026.
 */
import { BASKET, bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = bookedByChild;

describe('a child named who is not enrolled in the activity', () => {
  it.each(table([['inscrire Hugo à la garderie du matin lundi 7 décembre'], ['garderie du matin pour hugo le 7/12']]))('%s: « %s »: not booked for Léa; his activities asked, the day kept', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const replies = await c.say(phrasing);
    expect(offered(replies)).not.toEqual(BASKET);
    expect(offered(replies)).toHaveLength(2);
    await c.say('la garderie du soir');
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ child: 'Hugo', code: 'evening', day: '2026-12-07' }]);
  });

  it.each(table([['inscrire Léa et Hugo à la garderie du matin lundi 7 décembre']]))('%s: « %s »: Léa’s basket only', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain('Hugo');
    expect(offered(replies)).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ child: 'Léa', code: 'morning', day: '2026-12-07' }]);
  });
});
