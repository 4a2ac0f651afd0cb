/**
 * Right after a booking confirmed, « annule cette réservation », « oups je me suis trompée, annule »: that booking's days
 * offered to cancel (the basket), then cancelled on « oui »; not « Quelle activité ? ». A cancellation naming its own
 * child and day is that one. Asserts the options asked and the reservations' status.
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

const status = (c: Chat) => c.core.db.$client.prepare('select day, status from reservations order by day').all();

describe('the booking just confirmed, cancelled', () => {
  it.each(table([['annule cette réservation'], ['oups je me suis trompée, annule']]))('%s: « %s » cancels the days just booked', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa les 7 et 8 décembre');
    await c.say('oui');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(status(c)).toEqual([
      { day: '2026-12-07', status: 'cancelled' },
      { day: '2026-12-08', status: 'cancelled' },
    ]);
  });
});

describe('a bare « annule » right after a booking confirmed', () => {
  it.each(table([['annule ça'], ['annule'], ['non annule'], ['annulez tout']]))('%s: « %s » offers the days just booked to cancel, cancelled only on « oui »', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa les 7 et 8 décembre');
    await c.say('oui');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(status(c)).toEqual([
      { day: '2026-12-07', status: 'confirmed' },
      { day: '2026-12-08', status: 'confirmed' },
    ]);
    await c.say('oui');
    expect(status(c)).toEqual([
      { day: '2026-12-07', status: 'cancelled' },
      { day: '2026-12-08', status: 'cancelled' },
    ]);
  });
});
