/**
 * « annuler la cantine d'Hugo le 15 »: Hugo's canteen is booked on 15 January, his evening care on 15 December. Only the
 * canteen's bookings choose the month: 15 January is cancelled (the evening care of 15 December stays), not « rien à
 * annuler le 15 décembre ». The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const statuses = (c: Chat) => c.core.db.$client.prepare('select a.code, r.day, r.status from reservations r join activities a on a.id = r.activity_id order by r.day').all();

describe('a day without its month, for the activity named', () => {
  it.each(table([["annuler la cantine d'hugo le 15"], ['annule la cantine de hugo le 15 svp']]))('%s: « %s » cancels the canteen of 15 January', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo le 15 janvier');
    await c.say('oui');
    await c.say('réserver la garderie du soir pour Hugo le 15 décembre');
    await c.say('oui');
    await c.say(phrasing);
    await c.say('oui');
    expect(statuses(c)).toEqual([
      { code: 'evening', day: '2026-12-15', status: 'confirmed' },
      { code: 'canteen', day: '2027-01-15', status: 'cancelled' },
    ]);
  });
});
