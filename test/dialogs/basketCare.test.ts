/**
 * « la garderie » at a basket, the commune having a morning and an evening care (the DURAND family: Léa's
 * morning, Hugo's evening). It was « pas compris »:
 * - at a basket of the evening care, « la garderie » (or « la garderie du soir ») is that activity: the basket
 *   asked again, then confirmed as it was;
 * - at a basket of the cantine, the care is asked between the two that fit the basket's child (« matin ou
 *   soir ? », as the booking asks up front), else the one that fits, with the basket's days kept.
 * The same at the calendar (it was « je n'ai pas compris les jours »): the calendar of the evening care again, or
 * the care asked from the cantine's calendar.
 * Web Chat and SMS; the reservations stored are asserted. The clock is Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) =>
  c.core.db.$client.prepare("select a.code, ch.first_name as child, r.day from reservations r join activities a on a.id = r.activity_id join children ch on ch.id = r.child_id where r.status = 'confirmed' order by r.day").all();
/** Hugo's cares, as offered. */
const careLabels = (c: Chat) =>
  (c.core.db.$client.prepare("select a.label from enrolments e join activities a on a.id = e.activity_id join children ch on ch.id = e.child_id where ch.first_name = 'Hugo' and a.code in ('morning', 'evening') order by a.label").all() as Array<{ label: string }>).map((a) => a.label);
/** Hugo enrolled in the morning care as well (the family's two cares then both fit him). */
const enrolHugoMornings = (c: Chat) =>
  c.core.db.$client
    .prepare("insert into enrolments (child_id, activity_id, school_year) select ch.id, a.id, e.school_year from children ch, activities a, enrolments e where ch.first_name = 'Hugo' and a.code = 'morning' and e.child_id = ch.id limit 1")
    .run();
const sameActivity = (fr['booking.basket.sameActivity'] ?? '').split('{{')[0] as string;
const notUnderstood = (fr['choice.again'] ?? '').split('{{')[0] as string;
const calendarSame = (fr['booking.calendar.sameActivity'] ?? '').split('{{')[0] as string;
const daysNotUnderstood = (fr['booking.daysNotUnderstood'] ?? '').slice(0, 30);

describe('« la garderie » at a basket', () => {
  it.each(table([['la garderie', false], ['la garderie du soir', false], ['garderie', true]]))(
    '%s: « %s » at a basket of the evening care (Hugo in the morning care too: %s): that activity, the basket again, then confirmed',
    async (channel, said, both) => {
      const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
      expect(offered(await c.say('inscrire hugo a la garderie du soir le 14 et 15 janvier'))).toEqual(BASKET);
      if (both) enrolHugoMornings(c);
      const replies = await c.say(said);
      expect(offered(replies)).toEqual(BASKET);
      expect(c.text(replies)).toContain(sameActivity);
      expect(c.text(replies)).not.toContain(notUnderstood);
      await c.say('Confirmer');
      expect(booked(c)).toEqual([{ code: 'evening', child: 'Hugo', day: '2027-01-14' }, { code: 'evening', child: 'Hugo', day: '2027-01-15' }]);
    },
  );

  it.each(table([['la garderie']]))('%s: « %s » at a basket of the cantine for Hugo: his one care, with the same day', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour hugo le 14 janvier'))).toEqual(BASKET);
    expect(offered(await c.say(said))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ code: 'evening', child: 'Hugo', day: '2027-01-14' }]);
  });

  it.each(table([['la garderie', 'matin', 'morning'], ['garderie', 'le soir', 'evening']]))(
    '%s: « %s » at a basket of the cantine, Hugo in both cares: « matin ou soir ? », then « %s » books that care on the same day',
    async (channel, said, which, code) => {
      const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
      enrolHugoMornings(c);
      expect(offered(await c.say('réserver la cantine pour hugo le 14 janvier'))).toEqual(BASKET);
      expect([...offered(await c.say(said))].sort()).toEqual(careLabels(c));
      expect(offered(await c.say(which))).toEqual(BASKET);
      await c.say('Confirmer');
      expect(booked(c)).toEqual([{ code, child: 'Hugo', day: '2027-01-14' }]);
    },
  );
});

describe('« la garderie » at the calendar', () => {
  it.each(table([['la garderie'], ['garderie du soir']]))('%s: « %s » at the calendar of the evening care: that calendar again, then a day booked there', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('inscrire hugo a la garderie');
    const text = c.text(await c.say(said));
    expect(text).toContain(calendarSame);
    expect(text).not.toContain(daysNotUnderstood);
    expect(offered(await c.say('le 14 janvier'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ code: 'evening', child: 'Hugo', day: '2027-01-14' }]);
  });

  it.each(table([['la garderie', 'soir', 'evening']]))('%s: « %s » at the calendar of the cantine, Hugo in both cares: « matin ou soir ? », then « %s »', async (channel, said, which, code) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    enrolHugoMornings(c);
    await c.say('réserver la cantine pour hugo');
    expect([...offered(await c.say(said))].sort()).toEqual(careLabels(c));
    await c.say(which);
    expect(offered(await c.say('le 14 janvier'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ code, child: 'Hugo', day: '2027-01-14' }]);
  });
});
