/**
 * A correction inside the booking message (« réserver la cantine pour Léa le 15, je voulais dire le 14 et le 15 »): the days
 * after the correction replace those before, in the same month: the basket holds the 14th and the 15th of that month,
 * never the 14th of the month after. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The days in the basket shown last (the newest basket stored). */
const basketDays = (c: Chat) => {
  const row = c.core.db.$client.prepare('select changes from baskets order by id desc limit 1').get() as { changes: string } | undefined;
  return row ? (JSON.parse(row.changes) as Array<{ day: string }>).map((x) => x.day).sort() : [];
};

describe('a correction inside the booking message', () => {
  it.each([
    ['webchat', 'réserver la cantine pour Léa le 15, je voulais dire le 14 et le 15', ['2026-12-14', '2026-12-15']],
    ['sms', 'réserver la cantine pour Léa le 15, je voulais dire le 14 et le 15', ['2026-12-14', '2026-12-15']],
    ['sms', 'réserver la cantine pour Léa le 18, je veux dire le 17', ['2026-12-17']],
  ])('%s: « %s »: the basket holds %j', async (channel, said, days) => {
    // Said on Wednesday 18 November: « le 15 » is 15 December.
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say(said);
    expect(basketDays(c)).toEqual(days);
  });
});
