/**
 * « et Léa aussi » right after a booking or a cancellation confirmed for Hugo: the same one (activity, days) for Léa,
 * shown as a basket, booked once confirmed. It was menu.notUnderstood. Web Chat and SMS; the clock is Wednesday
 * 18 November 2026 (Monday is the 23rd).
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the same booking for another child, said right after', () => {
  it.each(table([['et Léa aussi'], ['lea aussi'], ['pareil pour Léa']]))('%s: « %s » after Hugo booked on Monday: Léa booked on Monday too', async (channelId, said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('inscrire Hugo à la cantine lundi');
    await c.say('oui');
    const basket = c.text(await c.say(said));
    expect(basket).not.toContain(textBefore('menu.notUnderstood'));
    expect(basket).toContain(textBefore('booking.basket.question'));
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([
      { child: 'Hugo', code: 'canteen', day: '2026-11-23' },
      { child: 'Léa', code: 'canteen', day: '2026-11-23' },
    ]);
  });

  it.each(table([['et Léa aussi']]))('%s: « %s » after Hugo\'s Monday cancelled: Léa\'s cancelled too', async (channelId, said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('inscrire Léa et Hugo à la cantine lundi');
    await c.say('oui');
    expect(bookedByChild(c)).toHaveLength(2);
    await c.say('annuler la cantine de Hugo lundi');
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-11-23' }]);
    await c.say(said);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([]);
  });
});

describe('the same booking for another child, when it both booked and cancelled', () => {
  it('« et Léa aussi » after Hugo booked on Tuesday and his Monday cancelled: Léa booked on Tuesday, her Monday cancelled', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    await c.say('inscrire Léa et Hugo à la cantine lundi');
    await c.say('oui');
    await c.say('réserver la cantine de Hugo mardi 24 et annuler lundi 23');
    await c.say('oui');
    await c.say('et Léa aussi');
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([
      { child: 'Hugo', code: 'canteen', day: '2026-11-24' },
      { child: 'Léa', code: 'canteen', day: '2026-11-24' },
    ]);
  });
});
