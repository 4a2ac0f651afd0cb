/**
 * A basket whose session ended: the sign-in is asked again. Changes of the basket typed at its e-mail (or code)
 * question (« pas le 11 », « ajoute le 12 », « le 14 ») are neither a wrong e-mail nor another booking: sign in
 * first, the basket is kept, the question asked again. Once signed in, the same basket is shown and booked.
 * Web Chat and SMS. The clock is Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
const days = (c: Chat) =>
  (c.core.db.$client.prepare("select r.day from reservations r where r.status != 'cancelled' order by r.day").all() as Array<{ day: string }>).map((r) => r.day);

/** A basket of the 7 and 8 January, then 31 minutes idle: « Confirmer » asks for the e-mail again. */
async function emailAskedAgain(channelId: string): Promise<Chat> {
  const { c, clock } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101', email: EMAIL });
  expect(offered(await c.say('réserver la cantine pour Léa les 7 et 8 janvier'))).toEqual(BASKET);
  clock.advance(31);
  const asked = c.text(await c.say('pas le 8'));
  expect(asked).toContain(fr['booking.sessionExpired']);
  expect(asked).toContain(fr['signIn.askEmail']);
  return c;
}

describe.each(CHANNELS)('changes of a basket typed while its sign-in is asked again (%s)', (channelId) => {
  it.each([['pas le 11'], ['ajoute le 12'], ['le 14'], ['enlève le 7']])('« %s » at the e-mail: sign in first, the basket kept', async (said) => {
    const c = await emailAskedAgain(channelId);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr['booking.signInFirst.basket']);
    expect(reply).toContain(fr['signIn.askEmail']);
    expect(reply).not.toContain(fr['signIn.badEmail']);
    // Not put aside for another booking: the e-mail, the code, and the same basket.
    await c.say(EMAIL);
    const code = c.text(await c.say(said));
    expect(code).toContain(fr['booking.signInFirst.basket']);
    expect(code).toContain(fr['signIn.askCode']);
    expect(offered(await c.say(lastCode(c.core.config.outboxDir, EMAIL)))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(days(c)).toEqual(['2027-01-07', '2027-01-08']);
  });
});
