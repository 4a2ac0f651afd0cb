/**
 * « à partir de lundi … du lundi 7 au vendredi 11 »: the range said after the start is read whole, not its first day
 * only. Asserts the days booked (the canteen runs Monday, Tuesday, Thursday, Friday). The clock is Wednesday 18
 * November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);

describe('a start, then the range in full', () => {
  it.each(
    table([
      ['réserver la cantine pour Léa à partir de lundi … du lundi 7 au vendredi 11 décembre'],
      ['je voudrais la cantine pour Léa à partir de lundi, du 7 au 11 décembre'],
      ['cantine pr léa a partir de lundi du lundi 7 au vendredi 11 decembre'],
    ]),
  )('%s: « %s » books the 7th to the 11th', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toEqual(['2026-12-07', '2026-12-08', '2026-12-10', '2026-12-11']);
  });
});
