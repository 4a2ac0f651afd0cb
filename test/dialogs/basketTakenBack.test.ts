/**
 * A day taken out of the booking basket can be put back: « finalement si le 18 », « en fait si le 18 »,
 * « remets le 18 » add it again, the rest of the basket kept (it was replaced by that day alone, and saved so).
 * « ah non pas le 14 pour Hugo, il est chez sa mamie » at the basket takes the 14th out of it: the reason is only
 * a reason, no absence is started. Web Chat and SMS; the rows stored once confirmed.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET, confirmedRows } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const MONDAYS_THURSDAYS = ['2027-01-04', '2027-01-07', '2027-01-11', '2027-01-14', '2027-01-18', '2027-01-21', '2027-01-25', '2027-01-28'];
const rows = (c: Chat) => confirmedRows(c).map((r) => `${r.child} ${r.day}`).sort();
const both = (days: readonly string[], hugoWithout: readonly string[] = []) =>
  [...days.map((d) => `Léa ${d}`), ...days.filter((d) => !hugoWithout.includes(d)).map((d) => `Hugo ${d}`)].sort();

async function atBasket(channelId: string, say: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say(say))).toEqual(BASKET);
  return c;
}

describe('a day taken out, then put back', () => {
  it.each(table([['finalement si le 18 pour hugo'], ['en fait si le 18 pour hugo'], ['remets le 18 pour hugo'], ['finalement si le 18']]))('%s: « pas le 18 pour hugo » then « %s » → every day back', async (channel, phrasing) => {
    const c = await atBasket(channel, 'cantine pr mes 2 enfants tt les lundi et jeudi de janvier');
    expect(offered(await c.say('pas le 18 pour hugo'))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(rows(c)).toEqual([]);
    await c.say('ok');
    expect(rows(c)).toEqual(both(MONDAYS_THURSDAYS));
  });

  it.each(table([['finalement si le 3'], ['remets le 3']]))('%s: one child\'s basket, « pas le 3 » then « %s » → both days', async (channel, phrasing) => {
    const c = await atBasket(channel, 'réserver la cantine le 3 et le 4 décembre pour Léa');
    await c.say('pas le 3');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(['Léa 2026-12-03', 'Léa 2026-12-04']);
  });
});

describe('a day taken out with a reason that sounds like an absence', () => {
  it.each(table([['ah non pas le 14 pour hugo il est chez sa mamie'], ['pas le 14 pour hugo, il est malade ce jour-là']]))('%s: « %s » at the basket → the 14th out for Hugo, no absence', async (channel, phrasing) => {
    const c = await atBasket(channel, 'cantine pr mes 2 enfants tt les lundi et jeudi de janvier');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(both(MONDAYS_THURSDAYS, ['2027-01-14']));
    expect(c.core.db.$client.prepare('select count(*) as n from absences').get()).toEqual({ n: 0 });
  });
});

describe('a child named between « pas » and the day', () => {
  it.each(table([['en fait pas hugo le 14'], ['pas hugo jeudi 14'], ['nan pas pour hugo le 14']]))('%s: « %s » at the basket → the 14th out for Hugo, no absence', async (channel, phrasing) => {
    const c = await atBasket(channel, 'cantine pr mes 2 enfants tt les lundi et jeudi de janvier');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(both(MONDAYS_THURSDAYS, ['2027-01-14']));
    expect(c.core.db.$client.prepare('select count(*) as n from absences').get()).toEqual({ n: 0 });
  });
});

describe('a child and a weekday of the basket', () => {
  it.each(table([['en fait pas hugo vendredi'], ['pas hugo le vendredi']]))('%s: « %s » at a basket of Thursday 7 and Friday 8 January → Hugo\'s Friday out', async (channel, phrasing) => {
    const c = await atBasket(channel, 'cantine pour les deux le 7 et le 8 janvier');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(both(['2027-01-07', '2027-01-08'], ['2027-01-08']));
    expect(c.core.db.$client.prepare('select count(*) as n from absences').get()).toEqual({ n: 0 });
  });
});
