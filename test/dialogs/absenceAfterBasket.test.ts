/**
 * An absence said right after a booking of a later month was confirmed: a weekday alone (« lundi ») is the coming one,
 * not that month's (the month shown is for a day said by its number). Right after an absence that found nothing booked,
 * « non lundi 23 novembre » is that absence for those days instead. Web Chat and SMS; the reservations stored (a day still free to cancel is cancelled).
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Léa's cantine days and their status (an absence on a day still free to cancel cancels it). */
const rows = (c: Chat) => (c.core.db.$client.prepare('select day, status from reservations order by day').all() as Array<{ day: string; status: string }>).map((r) => `${r.day} ${r.status}`);
const CANCELLED_23RD = ['2026-11-23 cancelled', '2027-01-05 confirmed'];

/** Léa's cantine booked on Monday 23 November and 5 January, in one basket (its month is January). */
async function bookedTillJanuary(channelId: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine le 23 novembre et le 5 janvier pour Léa'))).toEqual(BASKET);
  await c.say('Confirmer');
  return c;
}

describe('an absence after a January basket', () => {
  it.each(table([['lea sera absente lundi elle est malade'], ['Léa sera absente lundi']]))('%s: « %s » → the coming Monday, 23 November', async (channel, phrasing) => {
    const c = await bookedTillJanuary(channel);
    await c.say(phrasing);
    expect(rows(c)).toEqual(CANCELLED_23RD);
  });

  it.each(table([['non lundi 23 novembre'], ['non, plutôt le lundi 23 novembre']]))('%s: nothing booked on the 4 January, then « %s » → the absence on the 23rd', async (channel, phrasing) => {
    const c = await bookedTillJanuary(channel);
    const before = rows(c);
    await c.say('Léa sera absente le 4 janvier, elle est malade');
    expect(rows(c)).toEqual(before);
    await c.say(phrasing);
    expect(rows(c)).toEqual(CANCELLED_23RD);
  });
});
