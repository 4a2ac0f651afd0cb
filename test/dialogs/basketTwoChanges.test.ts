/**
 * Two changes said at once at the booking basket both apply: « ah non pas le 11, et ajoutez Hugo aussi »
 * takes the 11th out and adds Hugo for the days left; another activity named at a basket (« la cantine »
 * at a basket of the evening care) moves the basket's days to it. Web Chat and SMS; the rows stored once
 * confirmed. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

interface Row { firstName: string; day: string; code: string }
const booked = (c: Chat): string[] =>
  (c.core.db.$client
    .prepare("select c.first_name as firstName, r.day as day, a.code as code from reservations r join children c on c.id = r.child_id join activities a on a.id = r.activity_id where r.status = 'confirmed' order by a.code, c.first_name, r.day")
    .all() as Row[]).map((r) => `${r.code} ${r.firstName} ${r.day}`);

async function atBasket(channelId: string, say: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say(say))).toEqual(BASKET);
  return c;
}

describe('a day taken out and a child added in one answer', () => {
  it.each(table([['ah non pas le 11, et ajoutez hugo aussi'], ['pas le 11 mars et pour hugo aussi']]))('%s: « %s » → both apply', async (channel, phrasing) => {
    const c = await atBasket(channel, 'cantine pour lea les jeudis de mars');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(booked(c)).toEqual([]);
    await c.say('Confirmer');
    const thursdays = ['2027-03-04', '2027-03-18', '2027-03-25'];
    expect(booked(c)).toEqual(['canteen Hugo', 'canteen Léa'].flatMap((who) => thursdays.map((d) => `${who} ${d}`)));
  });
});

describe('another activity named at the basket', () => {
  it.each(table([['la cantine'], ['plutot la cantine']]))('%s: « %s » at a basket of the evening care → the same days at the cantine', async (channel, phrasing) => {
    const c = await atBasket(channel, 'réserver la garderie du soir pour hugo le 4 mars');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['canteen Hugo 2027-03-04']);
  });

  it.each(table([['cantine pour lea les jeudis de mars'], ['non la cantine pour Léa le 4 mars']]))('%s: « %s » at a basket of Hugo\'s evening care → that activity, child and days', async (channel, phrasing) => {
    const c = await atBasket(channel, 'réserver la garderie du soir pour hugo le 4 mars');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    const wanted = phrasing.includes('jeudis') ? ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25'] : ['2027-03-04'];
    expect(booked(c)).toEqual(wanted.map((d) => `canteen Léa ${d}`));
  });
});
