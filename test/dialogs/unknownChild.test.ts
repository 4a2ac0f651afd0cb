/**
 * A child's name that is none of the family's children (« inscrire lucas à la cantine lundi », the
 * file having Léa and Hugo): the bot says which children it knows and asks the child, keeping the
 * activity and the days; the booking then goes on with the child chosen. The same for an absence,
 * and for « lucas » typed at « Pour quel enfant ? ». It was silently ignored (the child asked with no
 * word about Lucas, or, with one child enrolled, the other child booked).
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { CHANNELS, fr, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const UNKNOWN = textBefore('children.unknown');
const linked = async (channelId: string) => (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;

describe.each(CHANNELS)('a child the file does not have, on %s', (channelId) => {
  it.each([
    ['inscrire lucas à la cantine lundi'],
    ['réserver la cantine pour Lucas lundi'],
    ['inscrire Léa et Lucas à la cantine lundi'],
    ['je voudrais inscrire mon fils Lucas à la cantine lundi'],
  ])('« %s »: said, the child asked, then Léa booked on Monday at the canteen (nothing else asked)', async (first) => {
    const c = await linked(channelId);
    const asked = c.text(await c.say(first));
    expect(asked).toContain(UNKNOWN);
    expect(asked).toContain('Lucas');
    expect(asked).toContain(fr['booking.askChildren']);
    expect(bookedByChild(c)).toEqual([]);
    const basket = c.text(await c.say('Léa'));
    expect(basket).toContain(textBefore('booking.basket.question'));
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-11-23' }]);
  });

  it('« lucas » typed at « Pour quel enfant ? »: said, asked again; the days said first still kept', async () => {
    const c = await linked(channelId);
    expect(c.text(await c.say('inscrire à la cantine lundi'))).toContain(fr['booking.askChildren']);
    const again = c.text(await c.say('lucas'));
    expect(again).toContain(UNKNOWN);
    expect(again).toContain(fr['booking.askChildren']);
    await c.say('Hugo');
    await c.say('ok');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-11-23' }]);
  });

  it('an absence for « lucas »: said, the child asked, the day kept', async () => {
    const c = await linked(channelId);
    await c.say('réserver la cantine lundi pour Léa et Hugo');
    await c.say('oui');
    expect(bookedByChild(c)).toHaveLength(2);
    const asked = c.text(await c.say('lucas sera absent lundi'));
    expect(asked).toContain(UNKNOWN);
    expect(asked).toContain(fr['absence.askChild']);
    // The day is kept: Léa's Monday cancelled without asking the day again (before its deadline, no reason asked).
    await c.say('Léa');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-11-23' }]);
  });

  it('« ajoute lucas » at the calendar, « et lucas le 24 » at the basket: said, nothing booked for anyone else', async () => {
    const c = await linked(channelId);
    await c.say('réserver la cantine');
    await c.say('Léa');
    expect(c.text(await c.say('ajoute lucas'))).toContain(UNKNOWN);
    expect(c.text(await c.say('lundi 23'))).toContain(textBefore('booking.basket.question'));
    const basket = c.text(await c.say('et lucas le 24'));
    expect(basket).toContain(UNKNOWN);
    expect(basket).toContain(textBefore('booking.basket.question'));
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-11-23' }]);
  });

  it('the children of the file named: nothing said about an unknown child', async () => {
    const c = await linked(channelId);
    const basket = c.text(await c.say('inscrire Léa et Hugo à la cantine lundi et mardi'));
    expect(basket).not.toContain(UNKNOWN);
    await c.say('oui');
    expect(bookedByChild(c)).toHaveLength(4);
  });
});
