/**
 * A day or a weekday said without a month follows the month the resident is looking at: at a basket
 * of January, « non plutôt le mardi » is the Tuesday of the basket's week (it was read as next
 * Tuesday, in December); after the agenda of January or a January basket confirmed, « annuler le 19 »
 * is 19 January (it was read as 19 December and the activity asked). Web Chat and SMS; each row
 * asserts the reservations stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);

async function chat(channelId: string): Promise<Chat> {
  return (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
}

describe('a weekday at a basket of another month', () => {
  it.each(table([
    ['non plutôt le mardi', ['2027-01-12']],
    ['plutôt jeudi', ['2027-01-14']],
    ['et le vendredi aussi', ['2027-01-11', '2027-01-15']],
    ['non, le 12 plutôt', ['2027-01-12']],
  ]))('%s: basket of Monday 11 January, « %s » → %p', async (channel, phrasing, wanted) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa le lundi 11 janvier'))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(wanted);
  });

  it.each(table([['jeudi', ['2027-01-07']], ['le mardi et le jeudi', ['2027-01-05', '2027-01-07']]]))('%s: January\'s calendar on screen, « %s » → %p', async (channel, phrasing, wanted) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa en janvier'))).not.toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(wanted);
  });
});

describe('a day without a month after a month was shown', () => {
  async function bookedInJanuary(channel: string): Promise<Chat> {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa les 18 et 19 janvier'))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-18', '2027-01-19']);
    return c;
  }

  it.each(table([['annuler le 19'], ['annule le 19 svp']]))('%s: the agenda of January, then « %s » → the basket cancelling 19 January', async (channel, phrasing) => {
    const c = await bookedInJanuary(channel);
    await c.say('mes réservations de janvier');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-18']);
  });

  it.each(table([['annuler le 19']]))('%s: a January basket just confirmed, then « %s » → the basket cancelling 19 January', async (channel, phrasing) => {
    const c = await bookedInJanuary(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-18']);
  });

  it.each(table([['annuler le 19']]))('%s: the agenda of this month, then « %s » is the next 19th, as before (nothing booked: the activity asked)', async (channel, phrasing) => {
    const c = await bookedInJanuary(channel);
    await c.say('mes réservations');
    expect(offered(await c.say(phrasing))).not.toEqual(BASKET);
    expect(days(c)).toEqual(['2027-01-18', '2027-01-19']);
  });
});
