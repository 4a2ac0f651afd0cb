/**
 * A basket whose session ended: the sign-in is asked again. The change that met the ended session, and changes typed
 * at the sign-in's e-mail (or code) question (« pas le 11 », « ajoute le 12 », « le 14 »), are neither a wrong e-mail
 * nor another booking: they are kept (booking.signInFirst.changeKept) and made, in order, once signed in again; the
 * basket then shown to be confirmed. « Confirmer » typed there: the basket comes back to be confirmed
 * (booking.signInFirst.confirm). It was « connectez-vous d'abord » at each message, and the changes lost.
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

/** A basket of the 7 and 8 January, then 31 minutes idle: « pas le 8 » asks for the e-mail again. */
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
  it.each([
    ['pas le 11', ['2027-01-07']],
    ['ajoute le 12', ['2027-01-07', '2027-01-12']],
    ['et le 14 aussi', ['2027-01-07', '2027-01-14']],
  ])('« %s » at the e-mail and the code: kept, made once signed in (with « pas le 8 »), then booked', async (said, booked) => {
    const c = await emailAskedAgain(channelId);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(fr['booking.signInFirst.changeKept']);
    expect(reply).toContain(fr['signIn.askEmail']);
    expect(reply).not.toContain(fr['signIn.badEmail']);
    // Not put aside for another booking: the e-mail, the code, and the same basket with the changes made.
    await c.say(EMAIL);
    const code = c.text(await c.say(said));
    expect(code).toContain(fr['booking.signInFirst.changeKept']);
    expect(code).toContain(fr['signIn.askCode']);
    expect(offered(await c.say(lastCode(c.core.config.outboxDir, EMAIL)))).toEqual(BASKET);
    expect(days(c)).toEqual([]);
    await c.say('Confirmer');
    expect(days(c)).toEqual(booked);
  });

  it('« Confirmer » when the session has ended, and again at the e-mail: the basket shown once signed in, then booked', async () => {
    const { c, clock } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101', email: EMAIL });
    await c.say('réserver la cantine pour Léa les 7 et 8 janvier');
    clock.advance(31);
    expect(c.text(await c.say('Confirmer'))).toContain(fr['booking.sessionExpired']);
    const again = c.text(await c.say('je confirme'));
    expect(again).toContain(fr['booking.signInFirst.confirm']);
    expect(again).not.toContain(fr['signIn.badEmail']);
    await c.say(EMAIL);
    expect(offered(await c.say(lastCode(c.core.config.outboxDir, EMAIL)))).toEqual(BASKET);
    expect(days(c)).toEqual([]);
    await c.say('Confirmer');
    expect(days(c)).toEqual(['2027-01-07', '2027-01-08']);
  });
});
