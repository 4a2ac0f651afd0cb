/**
 * Rules said in one message kept whole: « tous les mercredis sauf le 25 » without a month asks « Jusqu'à quand ? »
 * and reads the answer with the recurrence and its exception (the exception was lost, and « jusqu'aux vacances »
 * booked every day to the holidays, listing the other days as not kept); « annule toute la cantine de janvier »
 * cancels the month (a calendar was shown); a basket for a month or a range no longer lists the days that plainly
 * do not apply (week-ends, the holiday, days not booked), while a few days named still say why they are not kept.
 * Web Chat and SMS; the reservations stored are asserted. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat, name: string) =>
  (c.core.db.$client.prepare("select r.day from reservations r join children ch on ch.id = r.child_id where ch.first_name = ? and r.status != 'cancelled' order by r.day").all(name) as Array<{ day: string }>).map((r) => r.day);
/** The reason of a day not kept, as the basket words it. */
const why = (key: string) => `(${fr[key] as string})`;

async function chat(channelId: string): Promise<Chat> {
  return (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
}

describe('a recurrence without its end, with an exception', () => {
  it.each(table([['jusqu aux vacances'], ['jusqu\'au 16 décembre']]))('%s: « centre de loisirs tous les mercredis sauf le 25 pour lea », then « %s »: the Wednesdays to the holidays but 25 November', async (channel, end) => {
    const c = await chat(channel);
    expect(offered(await c.say('centre de loisirs tous les mercredis sauf le 25 pour lea'))).not.toEqual(BASKET);
    const replies = await c.say(end);
    expect(offered(replies)).toEqual(BASKET);
    expect(c.text(replies)).not.toContain(why('booking.closed.notThatDay'));
    await c.say('Confirmer');
    expect(booked(c, 'Léa')).toEqual(['2026-12-02', '2026-12-09', '2026-12-16']);
  });
});

describe('a whole month cancelled', () => {
  it.each(table([['annule toute la cantine de janvier pr hugo'], ['annuler toutes les réservations de cantine de janvier pour Hugo']]))('%s: Hugo booked on 4, 5 and 7 January, « %s »: the cancel basket, no line for the days that do not apply', async (channel, said) => {
    const c = await chat(channel);
    await c.say('réserver la cantine pour Hugo les 4, 5 et 7 janvier');
    await c.say('oui');
    expect(booked(c, 'Hugo')).toEqual(['2027-01-04', '2027-01-05', '2027-01-07']);
    const replies = await c.say(said);
    expect(offered(replies)).toEqual(BASKET);
    for (const key of ['booking.closed.weekend', 'booking.closed.publicHoliday', 'booking.aside.notBooked']) expect(c.text(replies)).not.toContain(why(key));
    await c.say('Confirmer');
    expect(booked(c, 'Hugo')).toEqual([]);
  });

  it.each(table([['annuler la cantine les 4 et 8 janvier pour Hugo']]))('%s: a few days named, « %s »: the day not booked still said not kept', async (channel, said) => {
    const c = await chat(channel);
    await c.say('réserver la cantine pour Hugo les 4, 5 et 7 janvier');
    await c.say('oui');
    const replies = await c.say(said);
    expect(offered(replies)).toEqual(BASKET);
    expect(c.text(replies)).toContain(why('booking.aside.notBooked'));
    await c.say('Confirmer');
    expect(booked(c, 'Hugo')).toEqual(['2027-01-05', '2027-01-07']);
  });
});
