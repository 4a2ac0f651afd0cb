/**
 * Questions about the basket asked at it (basketAsked.ts): « est-ce qu'il mange déjà le 11 ? », « Léa est déjà inscrite
 * jeudi ? » are answered in place (booked or not, for that child and day), « c'est combien en tout ? », « ça fait combien ? »
 * with the basket's estimated total. Before, the booking was put aside for the list of bookings, the rates or the invoices.
 * Outcome: the booking still under way at its basket (nothing put aside), the answer's key and figures, the rows booked once
 * « Confirmer » is said. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { BASKET, bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { pausedDialogs, runningDialogs } from '../support/dialogStack';
import { offered, ratesIntro, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Léa booked on 7 December, then a basket of the 10, 11, 14 and 15 December (12,40 € at 3,10 € a day). */
async function atBasket(channel: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa le 7 décembre');
  await c.say('Confirmer');
  expect(offered(await c.say('réserver la cantine pour Léa du 9 au 16 décembre'))).toEqual(BASKET);
  return c;
}

/** The basket still waiting, nothing put aside; « Confirmer » books its four days. */
async function basketKept(c: Chat) {
  expect(runningDialogs(c).slice(-2)).toEqual(['bookingBasket', 'bookingPrompt']);
  expect(pausedDialogs(c)).toEqual([]);
  await c.say('Confirmer');
  expect(bookedByChild(c)).toEqual(['07', '10', '11', '14', '15'].map((d) => ({ child: 'Léa', code: 'canteen', day: `2026-12-${d}` })));
}

const BOOKED: Array<[string, string, string]> = [
  ["est-ce qu'il mange déjà le 11 ?", '11 décembre', 'booking.basket.notBookedYet'],
  ["est-ce qu'elle mange déjà le 7 ?", '7 décembre', 'booking.basket.bookedAlready'],
  ['Léa est déjà inscrite le 7 décembre ?', '7 décembre', 'booking.basket.bookedAlready'],
  ['Léa est déjà inscrite jeudi ?', '19 novembre', 'booking.basket.notBookedYet'],
];

describe('a question about the basket asked at it', () => {
  it.each(table(BOOKED))('%s: « %s »: %s answered (%s), the basket kept', async (channel, question, days, key) => {
    const c = await atBasket(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const replies = await c.say(question);
    expect(c.text(replies)).toContain(t(key, { name: 'Léa', days, activity: 'Restauration scolaire' }));
    expect(offered(replies)).toEqual(BASKET);
    await basketKept(c);
  });

  it.each(table([["c'est combien en tout ?"], ['ça fait combien ?'], ['ça coûte combien au total ?']]))('%s: « %s »: the basket\'s total, not the rates, the basket kept', async (channel, question) => {
    const c = await atBasket(channel);
    const replies = await c.say(question);
    // The answer (the first message, before the basket's question again): its total, not the rates.
    const answer = c.text(replies.slice(0, 1)).replace(/[\u202f\u00a0]/g, ' ');
    expect(answer).toContain('12,40 €');
    expect(answer).not.toContain(ratesIntro(channel));
    expect(offered(replies)).toEqual(BASKET);
    await basketKept(c);
  });
});
