/**
 * Right after a booking confirmed, one of its days named by its rank (« annule le 2e jour », « enlève le dernier jour »,
 * « cancel the second day »): that day alone offered to cancel (the basket), cancelled on « oui »; the whole booking was
 * offered (or, for « le dernier jour », nothing: read as today). Asserts the reservations' status.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const status = (c: Chat) => c.core.db.$client.prepare('select day, status from reservations order by day').all();

describe('a day of the booking just confirmed, named by its rank', () => {
  it.each(table([
    ['annule le 2e jour', '2026-12-08'],
    ['annulez le deuxième jour svp', '2026-12-08'],
    ['enlève le dernier jour', '2026-12-10'],
    ['annule le premier jour', '2026-12-07'],
    ['cancel the second day', '2026-12-08'],
  ]))('%s: « %s » offers %s alone to cancel, cancelled on « oui »', async (channel, phrasing, day) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa les 7, 8 et 10 décembre');
    await c.say('oui');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(status(c)).toEqual(['2026-12-07', '2026-12-08', '2026-12-10'].map((d) => ({ day: d, status: d === day ? 'cancelled' : 'confirmed' })));
  });
});
