/**
 * Days typed month first at the calendar (« janvier 12 14 », as a date is written in English): those days booked.
 * Web Chat and SMS; the rows stored after « oui ». The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status in ('confirmed', 'pending') order by r.day").all();

it.each(table([['janvier 12 14'], ['january 12 14']]))('%s: « %s » at Léa’s calendar: the 12th and 14th of January booked', async (channel, said) => {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  await c.say('resa cantine lea');
  await c.say(said);
  await c.say('oui');
  expect(rows(c)).toEqual([
    { child: 'Léa', day: '2027-01-12' },
    { child: 'Léa', day: '2027-01-14' },
  ]);
});
