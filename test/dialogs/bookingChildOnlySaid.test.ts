/**
 * « en fait c'est pour Hugo » at a basket or a calendar of Léa's: before, the learned model read it as Hugo's bookings asked
 * (the booking put aside, Hugo's list shown); now the booking's own answer: the days go to Hugo. Outcome: the rows booked.
 * « les réservations de Hugo » is still the list. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { BASKET, bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';
import { childOnlySaid } from '../../src/nlu/childOnlySaid';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = async (channel: string) => (await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' })).c;

describe('a child said alone at the basket or the calendar', () => {
  it.each(table([["en fait c'est pour Hugo"], ['non pour Hugo'], ["ah pardon c pour Hugo pas Léa"]]))('%s: at the basket, « %s »: Hugo booked on the 7th, not Léa', async (channel, said) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa le 7 décembre'))).toEqual(BASKET);
    expect(offered(await c.say(said))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-12-07' }]);
  });

  it.each(table([["en fait c'est pour Hugo"]]))('%s: at the calendar, « %s »: then « le 7 décembre » books Hugo', async (channel, said) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa'))).not.toEqual(BASKET);
    await c.say(said);
    expect(offered(await c.say('le 7 décembre'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-12-07' }]);
  });

  it('only small words beside a name', () => {
    expect(childOnlySaid("en fait c'est pour Hugo")).toBe(true);
    expect(childOnlySaid('les réservations de Hugo')).toBe(false);
    expect(childOnlySaid('Hugo est malade')).toBe(false);
    expect(childOnlySaid('oui')).toBe(false);
  });
});
