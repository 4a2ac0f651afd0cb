/**
 * A day of the month followed by an English word the date reader did not know (« not the 19th for lea », « the 19th
 * for both kids », « the 14th only »): the day is read. « not the 19th for lea » at a basket of both children took Léa
 * alone with every day (the day was lost, the words read as « pour Léa »), and Hugo's days were dropped. Asserts the
 * days read and the reservations stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { understand } from '../../src/nlu/understand';
import { bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a day before an English word', () => {
  it.each([
    ['not the 19th for lea', ['2027-01-19']],
    ['the 19th for both kids', ['2027-01-19']],
    ['book the 14th only', ['2027-01-14']],
    // A count stays a count.
    ['les 2 enfants', []],
  ])('« %s » → %j', (text, days) => {
    expect(understand(text, { today: '2026-11-18', children: ['Léa', 'Hugo'], month: '2027-01' }).dates).toEqual(days);
  });

  it.each(table([['not the 19th for lea'], ['actually not the 19th for Léa']]))('%s: « %s » at a basket of both children takes Léa\'s 19th out only', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('english');
    await c.say('book canteen for both kids on January 18 and 19');
    await c.say(phrasing);
    await c.say('1');
    expect(bookedByChild(c)).toEqual([
      { child: 'Hugo', code: 'canteen', day: '2027-01-18' },
      { child: 'Hugo', code: 'canteen', day: '2027-01-19' },
      { child: 'Léa', code: 'canteen', day: '2027-01-18' },
    ]);
  });
});
