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

/** Léa's canteen booked on 7 and 8 December, the confirmation just said. */
async function bookedSeventhAndEighth(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa les 7 et 8 décembre');
  await c.say('oui');
  return c;
}

describe('days of the booking just confirmed taken back', () => {
  it.each(table([['en fait pas le 8'], ['ah non pas le 8 finalement'], ['non finalement pas le 8 svp'], ["c'est bon mais pas le 8 finalement"]]))('%s: « %s » offers the 8th alone to cancel, cancelled only on « oui »', async (channel, phrasing) => {
    const c = await bookedSeventhAndEighth(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(status(c)).toEqual([
      { day: '2026-12-07', status: 'confirmed' },
      { day: '2026-12-08', status: 'cancelled' },
    ]);
  });

  it.each(table([['le 10 au lieu du 8'], ['en fait pas le 8 mais le 10']]))('%s: « %s » cancels the 8th and books the 10th in one basket', async (channel, phrasing) => {
    const c = await bookedSeventhAndEighth(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(status(c)).toEqual([
      { day: '2026-12-07', status: 'confirmed' },
      { day: '2026-12-08', status: 'cancelled' },
      { day: '2026-12-10', status: 'confirmed' },
    ]);
  });

  it('« en fait pas le 8 » after a cancellation books the 8th again', async () => {
    const c = await bookedSeventhAndEighth('webchat');
    await c.say('annuler la cantine de Léa les 7 et 8 décembre');
    await c.say('oui');
    expect(offered(await c.say('en fait pas le 8'))).toEqual(BASKET);
    await c.say('oui');
    const confirmed = (status(c) as Array<{ day: string; status: string }>).filter((r) => r.status === 'confirmed').map((r) => r.day);
    expect(confirmed).toEqual(['2026-12-08']);
  });

  it('« en fait pas le 15 », a day the booking did not hold, is not taken for it', async () => {
    const c = await bookedSeventhAndEighth('webchat');
    await c.say('en fait pas le 15');
    expect(status(c)).toEqual([
      { day: '2026-12-07', status: 'confirmed' },
      { day: '2026-12-08', status: 'confirmed' },
    ]);
  });
});

describe('a booking that both booked and cancelled, taken back', () => {
  const mixed = async (channel?: string) => {
    const { c } = await signedInChat(chats, { ...(channel ? { channelId: channel } : {}), linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa les 7 et 8 décembre');
    await c.say('oui');
    await c.say('réserver la cantine pour Léa le 10 décembre et annuler le 8');
    await c.say('oui');
    return c;
  };
  const confirmed = (c: Chat) => (status(c) as Array<{ day: string; status: string }>).filter((r) => r.status === 'confirmed').map((r) => r.day);

  it.each(table([['en fait pas le 8']]))('%s: « %s », the day it cancelled, books the 8th again', async (channel, phrasing) => {
    const c = await mixed(channel);
    expect(confirmed(c)).toEqual(['2026-12-07', '2026-12-10']);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(confirmed(c)).toEqual(['2026-12-07', '2026-12-08', '2026-12-10']);
  });

  it('« annule ça » undoes each day: the 10th cancelled, the 8th booked again', async () => {
    const c = await mixed();
    expect(offered(await c.say('annule ça'))).toEqual(BASKET);
    await c.say('oui');
    expect(confirmed(c)).toEqual(['2026-12-07', '2026-12-08']);
  });
});

describe('a question or an approval right after a booking confirmed', () => {
  it.each(table([["c'est bon le 7 ?"], ["c'est le 7 ?"], ["c'est bon le 7"]]))('%s: « %s » takes nothing back', async (channel, phrasing) => {
    const c = await bookedSeventhAndEighth(channel);
    expect(offered(await c.say(phrasing))).not.toEqual(BASKET);
    await c.say('oui');
    expect(status(c)).toEqual([
      { day: '2026-12-07', status: 'confirmed' },
      { day: '2026-12-08', status: 'confirmed' },
    ]);
  });

  it('« non, plutôt le 7 » after the 7th and the 8th: the 8th alone offered to cancel', async () => {
    const c = await bookedSeventhAndEighth('webchat');
    expect(offered(await c.say('non, plutôt le 7'))).toEqual(BASKET);
    await c.say('oui');
    expect(status(c)).toEqual([
      { day: '2026-12-07', status: 'confirmed' },
      { day: '2026-12-08', status: 'cancelled' },
    ]);
  });
});

describe('the booking just confirmed, its children on different days', () => {
  const rows = (c: Chat) => c.core.db.$client.prepare('select c.first_name as child, r.day, r.status from reservations r join children c on c.id = r.child_id order by c.first_name, r.day').all();
  const notBooked = (c: Chat) => c.core.texts.for('fr')('booking.aside.notBooked');

  // Every day taken back, or only the day Hugo had alone: the statuses each child's days end with.
  const cancelledAll = { h7: 'cancelled', h8: 'cancelled', h11: 'cancelled', l7: 'cancelled', l8: 'cancelled' };
  const cancelled11 = { h7: 'confirmed', h8: 'confirmed', h11: 'cancelled', l7: 'confirmed', l8: 'confirmed' };
  it.each(table([['annule tout', cancelledAll], ['oups annule ça', cancelledAll], ['en fait pas le 11', cancelled11]]))('%s: « %s » takes back each child\'s own days, no « not booked » for the other', async (channel, phrasing, end) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa et Hugo les 7 et 8 janvier');
    await c.say('et le 11 aussi pour Hugo');
    await c.say('oui');
    const replies = await c.say(phrasing);
    expect(offered(replies)).toEqual(BASKET);
    expect(c.text(replies)).not.toContain(notBooked(c));
    await c.say('oui');
    expect(rows(c)).toEqual([
      { child: 'Hugo', day: '2027-01-07', status: end.h7 },
      { child: 'Hugo', day: '2027-01-08', status: end.h8 },
      { child: 'Hugo', day: '2027-01-11', status: end.h11 },
      { child: 'Léa', day: '2027-01-07', status: end.l7 },
      { child: 'Léa', day: '2027-01-08', status: end.l8 },
    ]);
  });
});
