/**
 * A weekday taken out of a basket of the Mondays and Thursdays of January (« pas jeudi il mange chez sa tata », « pas le jeudi
 * pour Hugo, il mange chez sa tata »): before, only Thursday 28 January left the basket (the Thursday of its last week); now
 * every Thursday of it, for the child named when one is. « pas jeudi 14 » is that day alone. Outcome: the rows booked.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { BASKET, bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Row = { child: string; code: string; day: string };
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
const MONDAYS = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'];
const THURSDAYS = ['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28'];
const daysOf = (rows: Row[], child: string) => rows.filter((r) => r.child === child).map((r) => r.day);

async function basket(channel: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine pour Léa et Hugo les lundis et jeudis de janvier'))).toEqual(BASKET);
  return c;
}

describe('a weekday taken out of a basket of several weeks', () => {
  it.each(table([['pas jeudi il mange chez sa tata'], ['pas le jeudi, ils mangent chez leur tata']]))('%s: « %s »: every Thursday leaves, the Mondays booked', async (channel, said) => {
    const c = await basket(channel);
    expect(offered(await c.say(said))).toEqual(BASKET);
    await c.say('Confirmer');
    const rows = bookedByChild(c) as Row[];
    expect(daysOf(rows, 'Léa')).toEqual(MONDAYS);
    expect(daysOf(rows, 'Hugo')).toEqual(MONDAYS);
  });

  it.each(table([['pas le jeudi pour Hugo, il mange chez sa tata']]))('%s: « %s »: Hugo on Mondays, Léa on Mondays and Thursdays', async (channel, said) => {
    const c = await basket(channel);
    expect(offered(await c.say(said))).toEqual(BASKET);
    await c.say('Confirmer');
    const rows = bookedByChild(c) as Row[];
    expect(daysOf(rows, 'Hugo')).toEqual(MONDAYS);
    expect(daysOf(rows, 'Léa')).toEqual([...MONDAYS, ...THURSDAYS].sort());
  });

  it.each(table([['pas jeudi 14']]))('%s: « %s »: that Thursday alone leaves', async (channel, said) => {
    const c = await basket(channel);
    await c.say(said);
    await c.say('Confirmer');
    const rows = bookedByChild(c) as Row[];
    expect(daysOf(rows, 'Léa').filter((d) => weekday(d) === 4)).toEqual(['2027-01-07', '2027-01-21', '2027-01-28']);
  });
});
