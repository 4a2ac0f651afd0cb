/**
 * A day or a weekday said without a month follows the month the resident is looking at: at a basket
 * of January, « non plutôt le mardi » is the Tuesday of the basket's week (it was read as next
 * Tuesday, in December); after the agenda of January or a January basket confirmed, « annuler le 19 »
 * is 19 January (it was read as 19 December and the activity asked); so is an absence « le 19 ». Web Chat and SMS; each row
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

  it.each(table([['annuler le 19']]))('%s: the agenda of this month, then « %s » is the next 19th (nothing booked: the activity asked)', async (channel, phrasing) => {
    const c = await bookedInJanuary(channel);
    await c.say('mes réservations de novembre');
    expect(offered(await c.say(phrasing))).not.toEqual(BASKET);
    expect(days(c)).toEqual(['2027-01-18', '2027-01-19']);
  });

  it.each(table([['annuler le 19']]))('%s: « mes réservations » with nothing this month shows January, then « %s » → the basket cancelling 19 January', async (channel, phrasing) => {
    const c = await bookedInJanuary(channel);
    await c.say('mes réservations');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-18']);
  });

  it.each(table([['Léa sera absente le 19'], ['elle ne mangera pas le 19 finalement']]))('%s: a January basket just confirmed, then the absence « %s » → 19 January, cancelled free of charge', async (channel, phrasing) => {
    const c = await bookedInJanuary(channel);
    await c.say(phrasing);
    expect(days(c)).toEqual(['2027-01-18']);
  });

  it.each(table([['Léa'], ['le 19']]))('%s: a January basket just confirmed, then « signaler une absence », « %s » at the child\'s question, « le 19 » → 19 January', async (channel, phrasing) => {
    const c = await bookedInJanuary(channel);
    await c.say('signaler une absence');
    await c.say(phrasing);
    if (days(c).length === 2) await c.say('le 19');
    expect(days(c)).toEqual(['2027-01-18']);
  });

  it.each(table([['le 19']]))('%s: both children booked in January, « signaler une absence », « %s » at the child\'s question: the day is kept, the child asked again, « Hugo » → Hugo\'s 19 January only', async (channel, phrasing) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa et Hugo les 18 et 19 janvier'))).toEqual(BASKET);
    await c.say('oui');
    await c.say('signaler une absence');
    expect(offered(await c.say(phrasing))).toHaveLength(3);
    await c.say('Hugo');
    const rows = c.core.db.$client.prepare("select c.first_name as name, r.day from reservations r join children c on c.id = r.child_id where r.status = 'confirmed' order by r.day, c.first_name").all();
    expect(rows).toEqual([{ name: 'Hugo', day: '2027-01-18' }, { name: 'Léa', day: '2027-01-18' }, { name: 'Léa', day: '2027-01-19' }]);
  });
});
