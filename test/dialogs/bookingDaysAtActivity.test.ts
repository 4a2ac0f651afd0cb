/**
 * Days taken out where the activity is asked (« réserver l'étude pour Léa le 5 et le 7 janvier »: Léa is not enrolled
 * in the study, her activities are asked): « en fait pas le 7 » was read as a day of its own, in the month of today
 * (« C'est noté pour le 7 décembre »), and the 5 and 7 January were lost. Now the 7th leaves the days kept, and the
 * activity chosen next books the 5 January only. Web Chat and SMS.
 */
import { confirmedRows } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('days taken out at the activity question', () => {
  it.each(table([['en fait pas le 7', ['2027-01-05']], ['pas le 7 mais le 8', ['2027-01-05', '2027-01-08']], ['sauf le 7', ['2027-01-05']]]))('%s: « %s » keeps the January days left', async (channel, phrasing, days) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say("réserver l'étude pour lea le 5 et le 7 janvier");
    await c.say(phrasing);
    await c.say('la cantine');
    await c.say('1');
    expect(confirmedRows(c).map((r) => r.day)).toEqual(days);
  });
});
