/**
 * « le plus grand de mes enfants sera absent », « un seul de mes enfants », « l'aînée de mes deux enfants »: one child picked
 * out of « mes enfants », not every child; which one is asked, nothing recorded before. « mes enfants seront absents » is
 * every child. Asserts the reservations cancelled. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const cancelled = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status = 'cancelled' order by ch.first_name, r.day").all();

async function bothBooked(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa et Hugo le 11 janvier');
  await c.say('oui');
  return c;
}

describe('one of my children absent', () => {
  it.each(
    table([
      ['le plus grand de mes enfants sera absent le 11 janvier'],
      ['un seul de mes enfants mangera pas à la cantine le 11 janvier, il est malade'],
      ["l'aînée de mes deux enfants sera absente le 11 janvier"],
    ]),
  )('%s: « %s » asks which child, nothing cancelled', async (channel, phrasing) => {
    const c = await bothBooked(channel);
    expect(offered(await c.say(phrasing))).toHaveLength(3);
    expect(cancelled(c)).toEqual([]);
  });

  it.each(['webchat', 'sms'])('%s: « mes enfants seront absents le 11 janvier »: both', async (channel) => {
    const c = await bothBooked(channel);
    await c.say('mes enfants seront absents le 11 janvier, ils sont malades');
    expect(cancelled(c)).toEqual([{ child: 'Hugo', day: '2027-01-11' }, { child: 'Léa', day: '2027-01-11' }]);
  });
});
