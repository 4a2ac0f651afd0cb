/**
 * English at the basket (« english » chosen, or an English locale): « without January 15 »,
 * « remove the 15th », « not the 15th » take the day out as « sauf le 15 » does; they were read
 * as the basket's new days (« without January 15 » kept the 15th alone) or not understood
 * (« the 15th » was no day). « and the 19th too », « also », « as well » add days (« too » replaced them);
 * « the 21st and 22nd » are two days (they were not understood). Web Chat and SMS; each row asserts the reservations stored.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { understand } from '../../src/nlu/understand';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);
/** The English basket's buttons (locales/en.json), or its numbers by SMS. */
const offeredCount = (replies: Array<{ suggestedActions?: { actions: unknown[] }; text?: string }>) =>
  replies.at(-1)?.suggestedActions?.actions.length ?? (replies.at(-1)?.text ?? '').split('\n').filter((l) => /^\d+\. /.test(l)).length;

describe('a day taken out of the basket, in English', () => {
  it.each(table([['without January 15'], ['remove the 15th'], ['not the 15th'], ['except the 15th'], ['drop the 15th']]))('%s: « %s » → the basket of the 12th alone, confirmed', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('english');
    expect(offeredCount(await c.say('book the canteen for Léa on January 12 and 15'))).toBe(3);
    expect(offeredCount(await c.say(phrasing))).toBe(3);
    expect(days(c)).toEqual([]);
    await c.say('Confirm');
    expect(days(c)).toEqual(['2027-01-12']);
  });

  it.each(table([['the 15th instead'], ['no, rather the 15th']]))('%s: « %s » still replaces the days (nothing taken out)', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('english');
    await c.say('book the canteen for Léa on January 12');
    await c.say(phrasing);
    await c.say('Confirm');
    expect(days(c)).toEqual(['2027-01-15']);
  });
});

describe('days added to the basket, in English', () => {
  it.each(table([['and the 19th too'], ['the 19th also'], ['and the 19th as well']]))('%s: basket of 18 January, « %s » → the 18th and the 19th, confirmed', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('english');
    expect(offeredCount(await c.say('book the canteen for Léa on January 18'))).toBe(3);
    expect(offeredCount(await c.say(phrasing))).toBe(3);
    await c.say('Confirm');
    expect(days(c)).toEqual(['2027-01-18', '2027-01-19']);
  });

  it.each(table([['the 21st and 22nd'], ['21st, 22nd']]))('%s: January\'s calendar on screen, « %s » → the basket of the 21st and the 22nd, confirmed', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('english');
    expect(offeredCount(await c.say('book the canteen for Léa in January'))).not.toBe(3);
    expect(offeredCount(await c.say(phrasing))).toBe(3);
    await c.say('Confirm');
    expect(days(c)).toEqual(['2027-01-21', '2027-01-22']);
  });
});

describe('« the 15th » is a day of the month', () => {
  const read = (text: string) => understand(text, { today: '2026-11-18', month: '2027-01', fallback: false, model: false }).dates;
  it.each([
    ['remove the 15th', ['2027-01-15']],
    ['book the 12th and the 15th', ['2027-01-12', '2027-01-15']],
    ['the 21st and 22nd', ['2027-01-21', '2027-01-22']],
    ['the 21st, 22nd and 23rd', ['2027-01-21', '2027-01-22', '2027-01-23']],
    // Weeks are not days.
    ['the 2nd and 3rd week', []],
    // Counts and times are not days.
    ['the 2 kids', []],
    ['at the 3 pm pickup', []],
  ])('« %s » → %p', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a day set aside in English at the basket, however « except » is said', () => {
  it.each(table([['except for the 15th'], ['but not the 15th'], ['excluding the 15th']]))('%s: « %s » → the basket of the 12th alone, confirmed', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('english');
    await c.say('book the canteen for Léa on January 12 and 15');
    expect(offeredCount(await c.say(phrasing))).toBe(3);
    await c.say('Confirm');
    expect(days(c)).toEqual(['2027-01-12']);
  });
});
