/**
 * Days taken back right after an absence is recorded: « en fait pas le 14 », « non finalement pas le 14 »,
 * « j'ai dit le 21 pas le 14 », « pas le 14 mais le 21 ». They were not understood (the menu), and the day stayed
 * cancelled; now what was recorded that day is undone (the booking put back, the absence deleted) and the days said
 * instead are the absence's. Web Chat and SMS; each row asserts the bookings left and the absences stored.
 * The clock is Wednesday 18 November 2026: January is still free to cancel.
 */
import { bookedByChild, signInAgain } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const JANUARY = ['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28'];

async function booked(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa et Hugo les 7, 14, 21 et 28 janvier');
  await c.say('oui');
  expect(bookedByChild(c)).toHaveLength(8);
  return c;
}

const left = (c: Chat) => {
  const rows = bookedByChild(c) as Array<{ child: string; day: string }>;
  return { Hugo: rows.filter((r) => r.child === 'Hugo').map((r) => r.day), Léa: rows.filter((r) => r.child === 'Léa').map((r) => r.day) };
};
const but = (...days: string[]) => JANUARY.filter((d) => !days.includes(d));
const absences = (c: Chat) => c.core.db.$client.prepare('select day from absences order by day').all();

describe('an absence taken back right after it is recorded', () => {
  it.each(table([['en fait pas le 14'], ['non finalement pas le 14'], ['enfait pa le 14 stp'], ['pardon, pas le 14 janvier']]))('%s: Léa ill on 14 January, then « %s » → her booking of the 14th is back', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('lea est malade le 14 janvier');
    expect(left(c)).toEqual({ Hugo: JANUARY, Léa: but('2027-01-14') });
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: JANUARY, Léa: JANUARY });
  });

  it.each(table([["j'ai dit le 21 pas le 14"], ['pas le 14 mais le 21'], ['en fait pas le 14 le 21'], ['le 21 au lieu du 14'], ['non plutôt le 21'], ["en fait c'est le 21"]]))('%s: Léa absent on 14 January, then « %s » → the 14th back, the 21st cancelled', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('lea sera absente le 14 janvier');
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: JANUARY, Léa: but('2027-01-21') });
  });

  it.each(table([['en fait pas le 14']]))('%s: both children absent on the 14th and 21st, then « %s » → only the 14th is back, for both', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('les 2 seront absents le 14 et le 21 janvier');
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: but('2027-01-21'), Léa: but('2027-01-21') });
    // « et le 28 aussi » next: still the same absence (its children).
    await c.say('et le 28 aussi');
    expect(left(c)).toEqual({ Hugo: but('2027-01-21', '2027-01-28'), Léa: but('2027-01-21', '2027-01-28') });
  });

  it.each(table([['pas le 21']]))('%s: « %s » naming a day that is not the absence\'s changes nothing', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('lea est malade le 14 janvier');
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: JANUARY, Léa: but('2027-01-14') });
  });

  it.each(table([['en fait pas le 8']]))('%s: an absence past the deadline (noted, billed), then « %s » → its row for the 8th is deleted, the 7th kept', async (channel, phrasing) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine le 7 et le 8 décembre pour Léa');
    await c.say('oui');
    clock.advance(60 * 24 * 10);
    await signInAgain(c);
    const first = await c.say('Léa est malade le 7 et le 8 décembre');
    if (offered(first).length === 1) await c.say('plus tard');
    expect(absences(c)).toEqual([{ day: '2026-12-07' }, { day: '2026-12-08' }]);
    await c.say(phrasing);
    expect(absences(c)).toEqual([{ day: '2026-12-07' }]);
    expect(left(c).Léa).toEqual(['2026-12-07', '2026-12-08']);
  });
});

describe('a question about the absence right after it is recorded', () => {
  it.each(table([["c'est bon le 14 ?"], ["c'est bon pour le 14"]]))('%s: Léa absent on the 14th and 21st, then « %s » → nothing taken back', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('lea sera absente le 14 et le 21 janvier');
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: JANUARY, Léa: but('2027-01-14', '2027-01-21') });
  });
});

describe('the whole absence taken back right after it is recorded', () => {
  it.each(table([['finalement si il mangera'], ["annule l'absence"], ['en fait il va mieux il ira'], ["oubliez l'absence svp"], ["annuler l'absence du 14"]]))('%s: Hugo absent on the 14th, then « %s » → his booking is back', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('hugo ne mangera pas a la cantine le 14 janvier');
    expect(left(c)).toEqual({ Hugo: but('2027-01-14'), Léa: JANUARY });
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: JANUARY, Léa: JANUARY });
  });
});

describe('days taken out where the child is asked', () => {
  it.each(table([['en fait c le 21 janvier pas le 14 janvier'], ['pas le 14 janvier']]))('%s: Hugo absent on the 14th, then a new absence and « %s » at the child question: no absence on the 14th for Léa', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('hugo ne mangera pas a la cantine le 14 janvier');
    await c.say('signaler une absence');
    await c.say(phrasing);
    // Léa is the only child still booked on the 14th: she was taken as the child, her 14th cancelled.
    expect(left(c).Léa).toContain('2027-01-14');
  });
});

describe('a reason said after the absence is recorded', () => {
  it.each(table([['il a rdv chez le dentiste'], ['c pour une sortie en famille']]))('%s: « %s » right after Hugo\'s absence: no new absence asked, the absence kept', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('hugo ne mangera pas a la cantine le 14 janvier');
    const replies = await c.say(phrasing);
    expect(offered(replies)).toEqual([]);
    expect(c.text(replies)).toContain(fr['absence.reasonNoted']);
    expect(left(c)).toEqual({ Hugo: but('2027-01-14'), Léa: JANUARY });
  });
});
