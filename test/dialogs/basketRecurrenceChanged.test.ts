/**
 * At the basket of the Tuesdays of January, « plutôt les jeudis »: the Thursdays of that month instead (not « Vous ne
 * confirmez pas » nor « jusqu'à quand ? »). Web Chat and SMS; asserts the options asked and the days booked.
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

const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status != 'cancelled' order by day").all() as Array<{ day: string }>).map((r) => r.day);

describe('a recurrence changed at the basket', () => {
  it.each(table([['plutôt les jeudis'], ['finalement les jeudis']]))('%s: « %s » at the Tuesdays of January', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa les mardis de janvier'))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toEqual(['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28']);
  });
});
