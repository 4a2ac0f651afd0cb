/**
 * The day of an absence corrected right after it is recorded, the child already known: « en fait c'est le 4 janvier qu'il
 * sera absent », « non c'est le 4 qu'il ne sera pas là ». It was a new absence on the 4th (the child asked again when both
 * children are booked), the 7th left cancelled. Now the absence moves: the 7th booked again, the 4th cancelled, for the same
 * child only. Web Chat and SMS; asserts the reservations' status. The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) => c.core.db.$client.prepare(`select c.first_name as name, r.day, r.status from reservations r join children c on c.id = r.child_id order by c.first_name, r.day`).all();

describe('the day of an absence corrected', () => {
  it.each(table([["en fait c'est le 4 janvier qu'il sera absent"], ["non c'est le 4 qu'il ne sera pas là"], ['enfait il sera absent le 4 janvier'], ["ouais en fait c le 4 janvier qu'il sera absent"]]))(
    '%s: Hugo absent on 7 January, then « %s »',
    async (channel, correction) => {
      const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
      await c.say('réserver la cantine pour Léa et Hugo le 4 et le 7 janvier');
      await c.say('oui');
      await c.say('Hugo sera absent le 7 janvier');
      await c.say(correction);
      expect(rows(c)).toEqual([
        { name: 'Hugo', day: '2027-01-04', status: 'cancelled' },
        { name: 'Hugo', day: '2027-01-07', status: 'confirmed' },
        { name: 'Léa', day: '2027-01-04', status: 'confirmed' },
        { name: 'Léa', day: '2027-01-07', status: 'confirmed' },
      ]);
    },
  );
});
