/**
 * « jusqu'à fin janvier » said at a basket of Mondays (« le lundi », « tous les lundis jusqu'au 14 décembre », « tous les
 * lundis sauf le 11 janvier » ended in January then « jusqu'à fin février »): every school day up to that end was added.
 * Now the end is the recurrence's: its Mondays up to it, its exception kept. Web Chat and SMS; asserts the days booked.
 * The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) => (c.core.db.$client.prepare(`select r.day from reservations r join children c on c.id = r.child_id where c.first_name = 'Hugo' order by r.day`).all() as Array<{ day: string }>).map((r) => r.day);

/** The Mondays from today to the end of January (21 and 28 December are holidays). */
const MONDAYS = ['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'];

describe('an end said at a basket of a recurrence', () => {
  it.each(table([['cantine pour hugo le lundi'], ['cantine pour hugo tous les lundis jusqu’au 14 décembre']]))('%s: « %s », then « jusqu’à fin janvier »: the Mondays', async (channel, text) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say(text);
    await c.say('jusqu’à fin janvier');
    await c.say('oui');
    expect(days(c)).toEqual(MONDAYS);
  });

  it.each(table([['jusqu’à fin février']]))('%s: « tous les lundis sauf le 11 janvier », « fin janvier », then « %s »: the 11th still left out', async (channel, end) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('cantine pour hugo tous les lundis sauf le 11 janvier');
    await c.say('fin janvier');
    await c.say(end);
    await c.say('oui');
    // The winter holidays of zone C: 8 and 15 February.
    expect(days(c)).toEqual([...MONDAYS.filter((d) => d !== '2027-01-11'), '2027-02-01', '2027-02-22']);
  });
});
