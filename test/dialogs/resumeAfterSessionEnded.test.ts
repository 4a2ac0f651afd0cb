/**
 * A basket put aside by « menu » after the session ended (30 minutes idle): once signed in again, the booking is
 * offered back (topics.offer), and « reprendre » brings the basket to be confirmed. It was put aside as « offered »
 * without the state it was offered in, so never offered again: the resident was not told their basket was waiting.
 * Web Chat and SMS; the clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';

describe.each(CHANNELS)('a basket put aside while signed out (%s)', (channelId) => {
  it('offered back once signed in again, then booked', async () => {
    const { c, clock } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101', email: EMAIL });
    expect(c.text(await c.say('inscrire Hugo à la cantine le 26 novembre'))).toContain(textBefore('booking.basket.question'));
    clock.advance(31);
    expect(c.text(await c.say('menu'))).toContain(textBefore('topics.paused'));
    await c.say('me connecter');
    await c.say(EMAIL);
    const welcome = c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)));
    expect(welcome).toContain(textBefore('topics.offer'));
    expect(c.text(await c.say('reprendre'))).toContain(fr['booking.basket.question']);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-11-26' }]);
  });
});
