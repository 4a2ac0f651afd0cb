/**
 * « tous les lundis sauf le 11 » (the start said or not), then at « Jusqu'à quand ? » an end said without « jusqu'à »:
 * « fin janvier », « ouais fin janv », « le 31 janvier », « les vacances de février ». They were January's calendar (the
 * recurrence and its exception lost, then « oui » not understood) or a Sunday asked alone. Now the Mondays up to that end,
 * from the start said, without the 11th. Web Chat and SMS; asserts the days booked. The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) => (c.core.db.$client.prepare(`select r.day from reservations r join children c on c.id = r.child_id where c.first_name = 'Hugo' order by r.day`).all() as Array<{ day: string }>).map((r) => r.day);

/** The Mondays of December and January but the 11th (21 and 28 December are holidays). */
const TO_JANUARY = ['2026-12-07', '2026-12-14', '2027-01-04', '2027-01-18', '2027-01-25'];
/** With the Mondays left in November (past their deadline: asked of the town hall). */
const FROM_TODAY = ['2026-11-23', '2026-11-30', ...TO_JANUARY];

describe('the end of a recurrence said without « jusqu’à »', () => {
  it.each(table([['fin janvier'], ['ouais fin janv'], ['le 31 janvier'], ['fin du mois de janvier svp']]))('%s: « tous les lundis sauf le 11 », then « %s »', async (channel, end) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo tous les lundis sauf le 11');
    await c.say(end);
    await c.say('oui');
    expect(days(c)).toEqual(FROM_TODAY);
  });

  it.each(table([['fin janvier'], ['31 janvier']]))('%s: « à partir du 7 décembre », then « %s »: from the start said', async (channel, end) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('cantine pour hugo tous les lundis à partir du 7 décembre sauf le 11 janvier');
    await c.say(end);
    await c.say('oui');
    expect(days(c)).toEqual(TO_JANUARY);
  });

  it.each(table([['les vacances de février']]))('%s: « à partir de décembre », then « %s »: up to the holidays', async (channel, end) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('à partir de décembre cantine pour hugo tous les lundis sauf le 11');
    await c.say(end);
    await c.say('oui');
    expect(days(c)).toEqual([...TO_JANUARY, '2027-02-01']);
  });
});
