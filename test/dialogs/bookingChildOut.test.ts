/**
 * A child taken out of a booking of Léa and Hugo at the canteen on 15 and 17 December: « en fait pas hugo », « sans hugo »
 * at the basket (basketChildOut.ts), and « pas hugo le 15 », « en fait pas hugo » at the sign-in the booking asked for
 * (bookingKeptAtSignIn.ts: kept and made at the basket once signed in). Asserts the rows booked.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import { lastCode } from '../support/outbox';
import { fr, table } from '../support/prompts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
const REQUEST = 'inscrire lea et hugo a la cantine le 15 et le 17 decembre';
const row = (child: string, day: string) => ({ child, code: 'canteen', day });
const LEA_ONLY = [row('Léa', '2026-12-15'), row('Léa', '2026-12-17')];
const NOT_HUGO_15 = [row('Hugo', '2026-12-17'), ...LEA_ONLY];

describe('a child taken out at the basket', () => {
  it.each(table([['en fait pas hugo'], ['sans hugo'], ['enleve hugo'], ['non pas pour Hugo']]))('%s: « %s »: Léa\'s days booked, not Hugo\'s', async (channelId, answer) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say(REQUEST);
    await c.say(answer);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual(LEA_ONLY);
  });

  it.each(table([['pas hugo, lea']]))('%s: « %s » at a basket of Hugo alone: Léa\'s days booked instead', async (channelId, answer) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('inscrire hugo a la cantine le 15 et le 17 decembre');
    await c.say(answer);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual(LEA_ONLY);
  });
});

describe('a child taken out at the sign-in a booking asked for', () => {
  it.each(
    table([
      ['pas hugo le 15', NOT_HUGO_15],
      ['pas le 15 pour hugo', NOT_HUGO_15],
      ['hugo pas le 15', NOT_HUGO_15],
      ['en fait pas hugo', LEA_ONLY],
    ]),
  )('%s: « %s » at the e-mail question: kept, made at the basket once signed in', async (channelId, atSignIn, rows) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101', signIn: false });
    expect(c.text(await c.say(REQUEST))).toContain(fr['signIn.askEmail']);
    const said = c.text(await c.say(atSignIn));
    expect(said).toContain(fr['booking.keptForBasket']);
    expect(said).toContain(fr['signIn.askEmail']);
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    await c.say('oui');
    expect(bookedByChild(c)).toEqual(rows);
  });
});
