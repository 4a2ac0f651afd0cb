/**
 * Days to book and a day to cancel said in one message (« réservez la cantine du 11 au 15 janvier et annulez le 18 »):
 * one basket books the first and cancels the 18th; nothing is lost, nothing else cancelled. Said first, and at the
 * calendar shown. Web Chat and SMS; the rows stored after « oui » at the basket. The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) =>
  c.core.db.$client
    .prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id join activities a on a.id = r.activity_id where a.code = 'canteen' and r.status in ('confirmed', 'pending') order by r.day")
    .all();

async function withThe18th(channel: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa le 18 janvier');
  await c.say('oui');
  expect(rows(c)).toEqual([{ child: 'Léa', day: '2027-01-18' }]);
  return c;
}

const BOOKED = ['2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15'].map((day) => ({ child: 'Léa', day }));

describe('booking and cancelling in one message', () => {
  it.each(table([['réservez la cantine pour Léa du 11 au 15 janvier et annulez le 18'], ['reserver cantine lea du 11 au 15 janvier et annuler le 18']]))('%s: « %s »: the days booked, the 18th cancelled', async (channel, said) => {
    const c = await withThe18th(channel);
    await c.say('menu');
    await c.say(said);
    await c.say('oui');
    expect(rows(c)).toEqual(BOOKED);
  });

  it.each(table([['du 11 au 15 et annulez le 18']]))('%s: « %s » at January’s calendar: the days booked, the 18th cancelled', async (channel, said) => {
    const c = await withThe18th(channel);
    await c.say('menu');
    await c.say('réserver la cantine pour Léa en janvier');
    await c.say(said);
    await c.say('oui');
    expect(rows(c)).toEqual(BOOKED);
  });

  it.each(table([['ajoutez du 12 au 15 et annulez le 18']]))('%s: « %s » at a basket of the 11th: the days added, the 18th cancelled', async (channel, said) => {
    const c = await withThe18th(channel);
    await c.say('menu');
    await c.say('réserver la cantine pour Léa le 11 janvier');
    await c.say(said);
    await c.say('oui');
    expect(rows(c)).toEqual(BOOKED);
  });
});

describe('days said before the verb, when cancelling', () => {
  it.each(table([['Léa, le 18 janvier et réservez le 19']]))('%s: « annuler la cantine », then « %s » at the child question: the 18th cancelled, the 19th booked', async (channel, said) => {
    const c = await withThe18th(channel);
    await c.say('menu');
    await c.say('annuler la cantine');
    await c.say(said);
    await c.say('oui');
    expect(rows(c)).toEqual([{ child: 'Léa', day: '2027-01-19' }]);
  });
});
