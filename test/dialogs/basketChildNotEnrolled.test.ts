/**
 * A child named at a basket who is not enrolled in its activity (the DURAND family: Léa's morning care, Hugo's
 * evening care): at Hugo's basket of the evening care, « ajoute Léa » says plainly that Léa is not enrolled there
 * (with her own care) and keeps the basket, asked again (it was « pas compris »).
 * Web Chat and SMS; the reservations stored are asserted. The clock is Wednesday 18 November 2026.
 */
import { confirmedRows as booked, onlyOn } from '../support/booking';
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const notUnderstood = (fr['choice.again'] ?? '').split('{{')[0] as string;
const notEnrolled = (fr['booking.basket.childNotEnrolled'] ?? '').split('{{')[0] as string;

describe('a child not enrolled in the basket\'s activity', () => {
  it.each(table([['ajoute lea'], ['et pour léa aussi']]))('%s: « %s » at Hugo\'s basket of the evening care: Léa not enrolled there, said so, the basket kept', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('garderie du soir pour hugo les lundis de fevrier'))).toEqual(BASKET);
    const replies = await c.say(said);
    expect(offered(replies)).toEqual(BASKET);
    expect(c.text(replies)).toContain(notEnrolled);
    expect(c.text(replies)).not.toContain(notUnderstood);
    await c.say('Confirmer');
    onlyOn(booked(c), 'evening', 'Hugo', 1);
  });
});
