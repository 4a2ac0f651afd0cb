/**
 * The whole month said in words at the calendar (« tout décocher », « tout annuler », « tout cocher »,
 * as its buttons say, typed): the month's booked days cancelled, or its open days booked, through the
 * basket; nothing to tick one by one. Each row asserts the reservations stored. The clock is
 * Wednesday 18 November 2026; the calendar shown is December's.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const active = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status in ('confirmed', 'pending') order by day").all() as Array<{ day: string }>).map((r) => r.day);

describe('the whole month in words', () => {
  it.each(table([['tout décocher'], ['tout annuler'], ['annuler tout le mois']]))('%s: cancelling, « %s »: every December day cancelled', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine les 3, 4 et 7 décembre pour Léa');
    await c.say('oui');
    expect(active(c)).toEqual(['2026-12-03', '2026-12-04', '2026-12-07']);
    expect(offered(await c.say('annuler la cantine de Léa en décembre'))).not.toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(active(c)).toEqual([]);
  });

  it.each(table([['tout cocher'], ['tout le mois'], ['tous les jours du mois']]))('%s: booking, « %s »: every open December day booked', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa en décembre'))).not.toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    // School days of December before the Christmas holidays (from the 19th): Mondays, Tuesdays, Thursdays, Fridays;
    // the 1st is past its deadline, booked with the surcharge (as the card's « Tout cocher » ticks it).
    expect(active(c)).toEqual(['2026-12-01', '2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08', '2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18']);
  });
});
