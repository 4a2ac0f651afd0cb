/**
 * Each child with their own activity in one message (the DURAND family: both eat at the cantine, Léa has the
 * morning care, Hugo the evening care):
 * - « inscrire Léa à la cantine et Hugo à la garderie le 8 janvier »: Léa's cantine basket, then Hugo's evening
 *   care for the same day (both were put on the cantine);
 * - the same corrected in the message (« Léa et Hugo à la cantine le 8 janvier, non pas la cantine pour Hugo, la
 *   garderie »; it was read as a cancellation) or at the basket of both (« non pas la cantine pour Hugo, la
 *   garderie »: Hugo stayed alone at the cantine): Hugo moves to his care, nothing is cancelled.
 * Web Chat and SMS; the reservations stored are asserted. The clock is Wednesday 18 November 2026.
 */
import { BASKET, confirmedRows } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = async (channelId: string) => (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
const rows = (c: Chat) => c.core.db.$client.prepare('select ch.first_name as child, a.code, r.day, r.status from reservations r join activities a on a.id = r.activity_id join children ch on ch.id = r.child_id order by ch.first_name desc').all();
/** The basket waiting, by child and activity. */
const basket = (c: Chat) =>
  c.core.db.$client
    .prepare('select b.activity_id as activityId, a.code from baskets b join activities a on a.id = b.activity_id order by b.id desc limit 1')
    .get() as { activityId: number; code: string } | undefined;
const WANTED = [
  { child: 'Léa', code: 'canteen', day: '2027-01-08', status: 'confirmed' },
  { child: 'Hugo', code: 'evening', day: '2027-01-08', status: 'confirmed' },
];

describe('each child with their own activity', () => {
  it.each(table([
    ['inscrire Léa à la cantine et Hugo à la garderie le 8 janvier'],
    ['la cantine pour Léa et la garderie du soir pour Hugo le 8 janvier'],
    ['inscrire Léa et Hugo à la cantine le 8 janvier, non pas la cantine pour Hugo, la garderie'],
  ]))('%s: « %s »: Léa\'s cantine basket, then Hugo\'s evening care', async (channel, phrasing) => {
    const c = await chat(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(basket(c)?.code).toBe('canteen');
    expect(offered(await c.say('Confirmer'))).toEqual(BASKET);
    expect(confirmedRows(c)).toEqual([{ code: 'canteen', child: 'Léa', day: '2027-01-08' }]);
    expect(basket(c)?.code).toBe('evening');
    await c.say('Confirmer');
    expect(rows(c)).toEqual(WANTED);
  });

  it.each(table([['non pas la cantine pour Hugo, la garderie'], ['non, pas la cantine pour Hugo mais la garderie']]))('%s: at the cantine basket of both, « %s »: Léa stays, Hugo moves to his care next', async (channel, phrasing) => {
    const c = await chat(channel);
    expect(offered(await c.say('inscrire Léa et Hugo à la cantine le 8 janvier'))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(basket(c)?.code).toBe('canteen');
    expect(rows(c)).toEqual([]);
    await c.say('Confirmer');
    expect(basket(c)?.code).toBe('evening');
    await c.say('Confirmer');
    expect(rows(c)).toEqual(WANTED);
  });

  it.each(table([['Léa à la cantine et Hugo à la garderie le 11 janvier']]))('%s: at the cantine basket of both on the 8th, « %s »: the 11th, Léa at the cantine then Hugo at his care', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('inscrire Léa et Hugo à la cantine le 8 janvier');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    await c.say('Confirmer');
    expect(rows(c)).toEqual(WANTED.map((r) => ({ ...r, day: '2027-01-11' })));
  });

  it.each(table([['réserver la cantine pour Léa et Hugo le 8 janvier']]))('%s: one activity for both, « %s »: one basket, both at the cantine', async (channel, phrasing) => {
    const c = await chat(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(offered(await c.say('Confirmer'))).not.toEqual(BASKET);
    expect(rows(c)).toEqual([
      { child: 'Léa', code: 'canteen', day: '2027-01-08', status: 'confirmed' },
      { child: 'Hugo', code: 'canteen', day: '2027-01-08', status: 'confirmed' },
    ]);
  });
});
