/**
 * An absence recorded earlier (several turns ago, or on another day after signing in again) taken back:
 * « annuler l'absence du 14 », « finalement Léa ira à la cantine le 14 », « annuler une absence » then its number.
 * It started a new absence (« Quel enfant sera absent ? ») and the booking stayed cancelled. Now the booking it
 * cancelled is put back (or, recorded after the deadline, its absence rows deleted); a day that could no longer be
 * booked on time is said so and left as it is. Web Chat and SMS; each row asserts the bookings and absences stored.
 * The clock starts on Wednesday 18 November 2026: January is still free to cancel.
 */
import { signInAgain } from '../support/booking';
import type { SettableClock } from '../../src/domain/clock';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table, textBefore } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Each child's bookings not cancelled, by first name. */
const booked = (c: Chat) => {
  const rows = c.core.db.$client
    .prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status in ('confirmed', 'pending') order by r.day")
    .all() as Array<{ child: string; day: string }>;
  return { Hugo: rows.filter((r) => r.child === 'Hugo').map((r) => r.day), Léa: rows.filter((r) => r.child === 'Léa').map((r) => r.day) };
};
const absences = (c: Chat) => c.core.db.$client.prepare('select day from absences order by day').all();
const JANUARY = ['2027-01-07', '2027-01-14', '2027-01-21'];

/**
 * Léa and Hugo booked at the canteen on 7, 14 and 21 January; Léa absent on the 14th, Hugo on the 21st; then other
 * turns. Through its turns on each channel's first test, the next tests from a copy of that state (test/support/reachedCopy.ts).
 */
const absencesSaid = reachedOnce(async (channelId) => {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa et Hugo les 7, 14 et 21 janvier');
  await c.say('oui');
  await c.say('lea sera absente le 14 janvier');
  await c.say('hugo ne mangera pas a la cantine le 21 janvier');
  await c.say('horaires de la mairie');
  return { c, asked: await c.say('menu') };
});
/** The chat and its clock (the copy's, moved on by the tests that sign in again later). */
async function absentBefore(channelId: string): Promise<{ c: Chat; clock: SettableClock }> {
  const { c } = await absencesSaid(channelId, chats);
  expect(booked(c)).toEqual({ Hugo: ['2027-01-07', '2027-01-14'], Léa: ['2027-01-07', '2027-01-21'] });
  return { c, clock: c.core.service.clock as SettableClock };
}

describe('an absence recorded earlier, taken back', () => {
  it.each(table([["annuler l'absence du 14 janvier"], ['annule labsence de lea du 14'], ['finalement lea ira a la cantine le 14'], ['en fait Léa mangera à la cantine le 14 janvier']]))(
    '%s: « %s » puts back Léa\'s booking of the 14th, Hugo\'s absence kept',
    async (channel, phrasing) => {
      const { c } = await absentBefore(channel);
      await c.say(phrasing);
      expect(booked(c)).toEqual({ Hugo: ['2027-01-07', '2027-01-14'], Léa: JANUARY });
    },
  );

  it.each(table([['2'], ['celle de hugo']]))('%s: « annuler une absence », both offered, then « %s »: Hugo\'s booking of the 21st is back', async (channel, answer) => {
    const { c } = await absentBefore(channel);
    const offered = c.text(await c.say('annuler une absence'));
    expect(offered).toContain(fr['absence.withdraw.which']);
    await c.say(answer);
    expect(booked(c)).toEqual({ Hugo: JANUARY, Léa: ['2027-01-07', '2027-01-21'] });
  });

  it('webchat: on another day, signed in again, « annuler l\'absence du 21 » (no month said) is Hugo\'s of 21 January', async () => {
    const { c, clock } = await absentBefore('webchat');
    clock.advance(60 * 24 * 2);
    await signInAgain(c);
    await c.say("annuler l'absence du 21");
    expect(booked(c)).toEqual({ Hugo: JANUARY, Léa: ['2027-01-07', '2027-01-21'] });
  });

  it('webchat: an absence recorded after the deadline (the day billed, its absence noted) is deleted, the booking kept', async () => {
    const { c, clock } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa le 7 décembre');
    await c.say('oui');
    // 25 November: the 7th's deadline (15 days before) is past.
    clock.advance(60 * 24 * 7);
    await signInAgain(c);
    await c.say('lea sera absente le 7 decembre');
    await c.say('autre motif');
    expect(absences(c)).toEqual([{ day: '2026-12-07' }]);
    await c.say('horaires de la mairie');
    await c.say("annuler l'absence du 7 décembre");
    expect(absences(c)).toEqual([]);
    expect(booked(c).Léa).toEqual(['2026-12-07']);
  });

  it('webchat: a booking cancelled by the absence whose day can no longer be booked on time: said so, nothing changed', async () => {
    const { c, clock } = await absentBefore('webchat');
    // 5 January: the 14th's deadline (30 December) is past.
    clock.advance(60 * 24 * 48);
    await signInAgain(c);
    const said = c.text(await c.say("annuler l'absence du 14 janvier"));
    expect(said).toContain(textBefore('absence.withdraw.tooLate'));
    expect(booked(c)).toEqual({ Hugo: ['2027-01-07', '2027-01-14'], Léa: ['2027-01-07', '2027-01-21'] });
  });

  it('webchat: « finalement lea ira a la cantine le 8 janvier » with no absence that day is a booking, as before', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    const said = c.text(await c.say('finalement lea ira a la cantine le 8 janvier'));
    expect(said).toContain(fr['booking.basket.question']);
    await c.say('oui');
    expect(booked(c).Léa).toEqual(['2027-01-08']);
  });
});
