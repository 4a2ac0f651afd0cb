/**
 * Days said at a question that asks something else, or with « aussi » misspelt:
 * - « réserver mercredi pour léa », then « le 13 janvier » at the activity question: the 13th replaces the vague
 *   Wednesday and the activity is asked again with it kept (it was « pas compris », then the 25 November's calendar);
 * - in English, « Lea, the 8th and 9th of January » at « For which child? »: Léa, and those days kept for her (the
 *   calendar was shown with nothing chosen);
 * - « le 8 et le 9 ausi » at the calendar's days question: both days (« ausi » ended the reading at the 8th);
 * - by SMS with numbers only (« 3 » the activity, « 1 » the child, the days, « 1 » to confirm): still booked.
 * Web Chat and SMS; each row asserts the reservations stored. The clock is Wednesday 18 November 2026.
 */
import { BASKET, confirmedRows } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = async (channelId: string) => (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;

describe('a day said at the activity question', () => {
  it.each(table([['le 13 janvier'], ['plutôt le mercredi 13 janvier']]))('%s: « réserver mercredi pour léa », « %s », then the Wednesday club: booked on 13 January', async (channel, phrasing) => {
    const c = await chat(channel);
    const asked = offered(await c.say('réserver mercredi pour léa'));
    expect(asked).toContain('Accueil de loisirs du mercredi');
    expect(offered(await c.say(phrasing))).toEqual(asked);
    expect(offered(await c.say('Accueil de loisirs du mercredi'))).toEqual(BASKET);
    await c.say('oui');
    expect(confirmedRows(c)).toEqual([{ code: 'wednesday', child: 'Léa', day: '2027-01-13' }]);
  });

  it.each(table([['le 13 janvier à l\'accueil de loisirs']]))('%s: the day and the activity at once, « %s »: straight to the basket', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('réserver mercredi pour léa');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(confirmedRows(c)).toEqual([{ code: 'wednesday', child: 'Léa', day: '2027-01-13' }]);
  });
});

describe('days said with the child, in English', () => {
  it.each(table([['Lea, the 7th and 8th of January'], ['Léa on January 7 and 8']]))('%s: at « For which child? », « %s »: Léa, both days to the basket', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('english');
    await c.say('book the canteen');
    expect(offered(await c.say(phrasing))).toHaveLength(3);
    await c.say('Confirm');
    expect(confirmedRows(c)).toEqual([
      { code: 'canteen', child: 'Léa', day: '2027-01-07' },
      { code: 'canteen', child: 'Léa', day: '2027-01-08' },
    ]);
  });
});

describe('« aussi » misspelt at the calendar', () => {
  it.each(table([['le 8 et le 11 ausi'], ['le 8 et le 11 aussi'], ['le 8 et le 11 ossi']]))('%s: January\'s calendar on screen, « %s »: the 8th and the 11th', async (channel, phrasing) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa en janvier'))).not.toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(confirmedRows(c).map((r) => r.day)).toEqual(['2027-01-08', '2027-01-11']);
  });
});

describe('by SMS, numbers only', () => {
  it('« réserver », « 3 », « 1 », « 8 et 11 janvier », « 1 »: Léa booked at the canteen on both days', async () => {
    const c = await chat('sms');
    await c.say('réserver');
    await c.say('3');
    await c.say('1');
    expect(offered(await c.say('8 et 11 janvier'))).toEqual(BASKET);
    await c.say('1');
    expect(confirmedRows(c)).toEqual([
      { code: 'canteen', child: 'Léa', day: '2027-01-08' },
      { code: 'canteen', child: 'Léa', day: '2027-01-11' },
    ]);
  });
});
