/**
 * Days said in the first message before sign-in (« bjr je veux reserver la cantine pr lea le 14 et le 15 »): once signed
 * in by e-mail and code, they are offered in the basket (nothing stored before « Confirmer »), not asked again.
 * Web Chat and SMS; asserts the basket offered, the rows stored before and after « oui ». The clock is Sunday
 * 6 December 2026, 01:50 in Paris (the 14th and 15th after their deadline). A guard: it passed on `int` already.
 */
import { BASKET, bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const day = (child: string, d: string) => ({ child, code: 'canteen', day: d });

describe('days said before sign-in', () => {
  it.each(table([
    ['bjr je veux reserver la cantine pr lea le 14 et le 15', [day('Léa', '2026-12-14'), day('Léa', '2026-12-15')]],
    ['réserver la cantine pour Hugo le 14 décembre', [day('Hugo', '2026-12-14')]],
  ]))('%s: « %s » → %j', async (channel, phrasing, stored) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101', signIn: false });
    clock.advance(25130); // Sunday 6 December 2026, 00:50 UTC
    await c.say(phrasing);
    await c.say('francoise.durand@example.org');
    expect(offered(await c.say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org')))).toEqual(BASKET);
    expect(bookedByChild(c)).toEqual([]);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual(stored);
  });
});
