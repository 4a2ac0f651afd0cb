/**
 * At a basket, an answer opening on « et » (« et le 12 », « et Hugo le 14 ») adds those days to the basket; it
 * replaced its days (the 11th was lost). « et plutôt le 12 » still replaces them. Web Chat and SMS; the clock is
 * Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('« et … » at a basket', () => {
  it.each(
    table([
      ['et le 12', [{ child: 'Léa', code: 'canteen', day: '2027-01-11' }, { child: 'Léa', code: 'canteen', day: '2027-01-12' }]],
      ['et Hugo le 14', [{ child: 'Hugo', code: 'canteen', day: '2027-01-14' }, { child: 'Léa', code: 'canteen', day: '2027-01-11' }]],
      ['et plutôt le 12', [{ child: 'Léa', code: 'canteen', day: '2027-01-12' }]],
    ]),
  )('%s: « %s » after Léa\'s 11 January', async (channelId, said, booked) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('inscrire Léa à la cantine le 11 janvier');
    await c.say(said);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual(booked);
  });
});
