/**
 * Bare day numbers where a question asks for days and shows no numbered options: at January's calendar,
 * « 8 », « 8 et 11 », « 8 11 », « 8, 11 » are the 8th and the 11th of January (they were « days not
 * understood »); at the absence's « Quels jours ? », « 15 » is the 15th. Numbers where options are numbered
 * stay the options (the child asked at an absence: « 1 » is the first child). Web Chat and SMS; each row
 * asserts the reservations or absences stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { bareDays } from '../../src/nlu/bareDays';
import { BASKET, bookedThenLate } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);
const absences = (c: Chat) => (c.core.db.$client.prepare('select day from absences order by day').all() as Array<{ day: string }>).map((r) => r.day);
const REASONS = labels('absence.reason.illness', 'absence.reason.other');

async function chat(channelId: string): Promise<Chat> {
  return (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
}

describe('bare day numbers at the calendar', () => {
  it.each(table([
    ['8', ['2027-01-08']],
    ['8 et 11', ['2027-01-08', '2027-01-11']],
    ['8 11', ['2027-01-08', '2027-01-11']],
    ['8, 11', ['2027-01-08', '2027-01-11']],
  ]))('%s: January\'s calendar on screen, « %s » → the basket, then %p', async (channel, phrasing, wanted) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa en janvier'))).not.toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(wanted);
  });
});

describe('bare day numbers at the absence\'s days question', () => {
  it.each(table([['7'], ['7.']]))('%s: Léa booked on 7 December, « Quels jours ? », « %s » → the reason asked, then her absence on the 7th', async (channel, phrasing) => {
    const { c } = await bookedThenLate(chats, channel);
    expect(offered(await c.say('signaler une absence de Léa'))).not.toEqual(REASONS);
    expect(offered(await c.say(phrasing))).toEqual(REASONS);
    const next = await c.say('maladie');
    if (offered(next).length === 1) await c.say('plus tard');
    expect(absences(c)).toEqual(['2026-12-07']);
  });

  it.each(table([['1']]))('%s: where the children are numbered options, « %s » stays the first child (Léa)', async (channel, phrasing) => {
    const { c } = await bookedThenLate(chats, channel, 'Léa et Hugo');
    expect(offered(await c.say('signaler une absence le 7 décembre'))).toHaveLength(3);
    expect(offered(await c.say(phrasing))).toEqual(REASONS);
    const next = await c.say('maladie');
    if (offered(next).length === 1) await c.say('plus tard');
    expect(c.core.db.$client.prepare('select c.first_name as name, a.day from absences a join children c on c.id = a.child_id').all()).toEqual([{ name: 'Léa', day: '2026-12-07' }]);
  });
});

describe('what bare numbers are days', () => {
  it.each([
    ['8', 'le 8'],
    ['8 et 11', 'le 8 et le 11'],
    ['8, 11.', 'le 8 et le 11'],
    ['8 and 11', 'le 8 et le 11'],
    // Out of 1–31, or with other words: as said.
    ['0', '0'],
    ['32', '32'],
    ['2 enfants', '2 enfants'],
  ])('« %s » → « %s »', (text, expected) => {
    expect(bareDays(text)).toBe(expected);
  });
});
