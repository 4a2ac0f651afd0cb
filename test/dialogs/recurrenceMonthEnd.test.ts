/**
 * « les mardis » then « jusqu'à la fin du mois » at January's calendar: the Tuesdays of January (the month shown), not
 * those up to the end of this month. Léa's canteen is booked on the Tuesdays of January, then cancelled so.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const statuses = (c: Chat) => c.core.db.$client.prepare('select day, status from reservations order by day').all();
const TUESDAYS = ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26'];

describe('a recurrence ended « à la fin du mois » at a later month\'s calendar', () => {
  it.each(table([["jusqu'à la fin du mois"], ['tout le mois']]))('%s: « %s » is the end of January', async (channel, end) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa les mardis de janvier');
    await c.say('oui');
    await c.say('annuler la cantine de Léa');
    await c.say('les mardis');
    await c.say(end);
    await c.say('oui');
    expect(statuses(c)).toEqual(TUESDAYS.map((day) => ({ day, status: 'cancelled' })));
  });
});
