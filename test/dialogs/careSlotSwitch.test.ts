/**
 * At a care's calendar or basket, the other care said by its time of day alone: « euh non plutot le soir » at the
 * morning care's calendar, « non le matin » at the evening care's basket. It was « je n'ai pas compris les jours »
 * (« le soir » alone named no activity). « ce soir », « lundi soir » stay moments of a day. Asserts the locale key
 * said and the reservations stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { careSlotSaid } from '../../src/nlu/activities';
import { prepare } from '../../src/nlu/frenchText';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) =>
  c.core.db.$client.prepare("select a.code, ch.first_name as child, r.day from reservations r join activities a on a.id = r.activity_id join children ch on ch.id = r.child_id where r.status = 'confirmed' order by r.day").all();

describe('the other care said by its time of day', () => {
  it.each(table([['euh non plutot le soir'], ['plutôt celle du soir']]))('%s: « %s » at the morning care\'s calendar → the evening care\'s', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('je veux reserver la garderie');
    await c.say('le premier');
    const replies = await c.say(said);
    expect(c.text(replies)).toContain(textBefore('booking.switched'));
    expect(offered(await c.say('le 7 janvier'))).toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toEqual([{ code: 'evening', child: 'Hugo', day: '2027-01-07' }]);
  });

  // Léa chosen, not enrolled in the evening care (Hugo is): the calendar goes on for Hugo, and says so.
  it.each(table([['plutôt le soir']]))('%s: « %s » at Léa\'s morning care\'s calendar → the child it goes on for is said', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('reserver la garderie du matin pour lea');
    const text = c.text(await c.say(said));
    expect(text).toContain(textBefore('booking.switched'));
    expect(text).toContain(textBefore('booking.childrenNotHere'));
  });

  it.each(table([['non le matin']]))('%s: « %s » at the evening care\'s basket → the morning care\'s', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la garderie du soir pour hugo le 7 janvier'))).toEqual(BASKET);
    await c.say(said);
    await c.say('pour Léa le 8 janvier');
    await c.say('oui');
    expect(booked(c)).toEqual([{ code: 'morning', child: 'Léa', day: '2027-01-08' }]);
  });
});

describe('careSlotSaid', () => {
  it.each([
    ['plutot le soir', 'evening'],
    ['non le matin', 'morning'],
    ['celle du soir', 'evening'],
    ['ce soir', undefined],
    ['lundi soir', undefined],
    ['la cantine le soir', undefined],
  ])('« %s » → %p', (text, slot) => {
    expect(careSlotSaid(prepare(text))).toBe(slot);
  });
});
