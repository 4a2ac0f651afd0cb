/**
 * « les deux », « mes enfants » said at the calendar of one child (« inscrire les deux à la cantine du 11 au 15 janvier »
 * at Léa's): the days booked for every child of the activity, not for Léa alone. Web Chat and SMS; the rows stored after
 * « oui » at the basket. The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) =>
  c.core.db.$client
    .prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id join activities a on a.id = r.activity_id where a.code = 'canteen' and r.status in ('confirmed', 'pending') order by ch.first_name, r.day")
    .all();

describe('every child said at the calendar of one', () => {
  it.each(table([['inscrire les deux à la cantine le 11 et le 12 janvier'], ['pour mes enfants le 11 et le 12 janvier']]))('%s: « %s » at Léa’s calendar: both children booked', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine');
    await c.say('Léa');
    await c.say(said);
    await c.say('oui');
    expect(rows(c)).toEqual(['Hugo', 'Léa'].flatMap((child) => ['2027-01-11', '2027-01-12'].map((day) => ({ child, day }))));
  });
});
