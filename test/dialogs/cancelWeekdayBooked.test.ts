/**
 * « finalement annule le mardi » right after booking Monday 18 and Tuesday 19 January: nothing is booked on the coming
 * Tuesday (24 November), the one Tuesday booked ahead is meant. It was read as the coming Tuesday (« rien n'est réservé le
 * 24 novembre »); now the 19 January is cancelled. « mardi prochain » stays the coming Tuesday. Asserts the reservations'
 * status. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const statusOf = (c: Chat) => c.core.db.$client.prepare('select day, status from reservations order by day').all() as Array<{ day: string; status: string }>;

async function bookedMondayAndTuesday(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa le lundi 18 janvier et le mardi 19');
  await c.say('oui');
  expect(statusOf(c)).toEqual([
    { day: '2027-01-18', status: 'confirmed' },
    { day: '2027-01-19', status: 'confirmed' },
  ]);
  return c;
}

describe('a weekday alone cancelled, booked only weeks ahead', () => {
  it.each(table([['finalement annule le mardi'], ['annuler mardi'], ['cancel the tuesday']]))('%s: « %s » cancels Tuesday 19 January', async (channel, phrasing) => {
    const c = await bookedMondayAndTuesday(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say(channel === 'sms' ? '1' : 'oui');
    expect(statusOf(c)).toEqual([
      { day: '2027-01-18', status: 'confirmed' },
      { day: '2027-01-19', status: 'cancelled' },
    ]);
  });

  it('« annuler mardi prochain » stays the coming Tuesday: nothing cancelled', async () => {
    const c = await bookedMondayAndTuesday('webchat');
    await c.say('annuler mardi prochain');
    await c.say('oui');
    expect(statusOf(c).map((r) => r.status)).toEqual(['confirmed', 'confirmed']);
  });
});
