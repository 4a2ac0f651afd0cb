/**
 * More days, or another child, said right after an absence is recorded: « et le 21 aussi », « et le 7 aussi »,
 * « et lea aussi le 28 », « et Hugo aussi ». They were not understood (the menu); now the same absence (the same
 * child, or the child named; the same days when none are said). Web Chat and SMS; each row asserts the bookings
 * left and the absences stored. The clock is Wednesday 18 November 2026: January is still free to cancel.
 */
import { bookedByChild, signInAgain } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const JANUARY = ['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28'];
const REASONS = labels('absence.reason.illness', 'absence.reason.other');

/** Léa and Hugo booked at the canteen on the Thursdays of January. */
async function booked(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa et Hugo les 7, 14, 21 et 28 janvier');
  await c.say('oui');
  expect(bookedByChild(c)).toHaveLength(8);
  return c;
}

/** The days still booked, by child. */
const left = (c: Chat) => {
  const rows = bookedByChild(c) as Array<{ child: string; day: string }>;
  return { Hugo: rows.filter((r) => r.child === 'Hugo').map((r) => r.day), Léa: rows.filter((r) => r.child === 'Léa').map((r) => r.day) };
};
const but = (...days: string[]) => JANUARY.filter((d) => !days.includes(d));

describe('more days after an absence recorded', () => {
  it.each(table([['et le 21 aussi'], ['le 21 aussi svp'], ['pareil le 21'], ['et le 21 ausi']]))('%s: Léa ill on 14 January, then « %s » → her 21 January too', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('lea est malade le 14 janvier');
    expect(left(c)).toEqual({ Hugo: JANUARY, Léa: but('2027-01-14') });
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: JANUARY, Léa: but('2027-01-14', '2027-01-21') });
  });

  it.each(table([['et le 7 aussi']]))('%s: Hugo absent on 28 January, then « %s » → his 7 January (of the same month) too', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('hugo est absent le 28 janvier');
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: but('2027-01-07', '2027-01-28'), Léa: JANUARY });
  });

  it.each(table([['et lea aussi le 28'], ['et Léa aussi'], ['pareil pour lea'], ['et lea ausi le 28']]))('%s: Hugo absent on 28 January, then « %s » → Léa absent on the 28th', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say('hugo est absent le 28 janvier');
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: but('2027-01-28'), Léa: but('2027-01-28') });
  });

  it.each(table([['et le 21 aussi']]))('%s: « %s » with no absence just recorded cancels nothing', async (channel, phrasing) => {
    const c = await booked(channel);
    await c.say(phrasing);
    expect(left(c)).toEqual({ Hugo: JANUARY, Léa: JANUARY });
  });

  it.each(table([['et le 8 aussi']]))('%s: an illness past the deadline, then « %s »: the same reason, not asked again', async (channel, phrasing) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine le 7 et le 8 décembre pour Léa');
    await c.say('oui');
    // 28 November: both days past their deadline.
    clock.advance(60 * 24 * 10);
    await signInAgain(c);
    const first = await c.say('Léa est malade le 7 décembre');
    if (offered(first).length === 1) await c.say('plus tard');
    const next = await c.say(phrasing);
    expect(offered(next)).not.toEqual(REASONS);
    if (offered(next).length === 1) await c.say('plus tard');
    const absences = c.core.db.$client.prepare('select day, reason from absences order by day').all();
    const illness = labels('absence.reason.illness')[0];
    expect(absences).toEqual([{ day: '2026-12-07', reason: illness }, { day: '2026-12-08', reason: illness }]);
  });
});
