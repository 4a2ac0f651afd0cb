/**
 * An absence said for a day with no school nor activity: « Hugo est malade demain » on Saturday 5 December is Sunday.
 * Nothing was said but « nothing booked, write réserver » (as if Sunday could be booked). Now the day without
 * activity is said, nothing is stored for it, and the next booked day is offered (« oui » reports it, days said
 * instead are taken, « non » records nothing); with nothing booked ahead, the days are asked. Web Chat and SMS.
 */
import { signInAgain } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const YES_NO = labels('absence.offer.yes', 'absence.offer.no');
const absences = (c: Chat) => c.core.db.$client.prepare('select day from absences order by day').all();
const cancelled = (c: Chat) => c.core.db.$client.prepare("select day from reservations where status = 'cancelled' order by day").all();

/** Hugo booked at the canteen from Monday 7 to Friday 11 December; the clock then moved to Saturday 5 December. */
async function onSaturday(channelId: string, book = true): Promise<Chat> {
  const { c, clock } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  if (book) {
    await c.say('réserver la cantine pour Hugo du 7 au 11 décembre');
    await c.say('oui');
  }
  clock.advance((Date.parse('2026-12-05T09:00:00Z') - Date.parse('2026-11-18T14:00:00Z')) / 60_000);
  await signInAgain(c);
  return c;
}

describe('an absence said for a day without activity', () => {
  it.each(table([['hugo est malade demain'], ['Hugo sera absent demain'], ['hugo malade dimanche']]))('%s: « %s » on a Saturday: nothing stored for Sunday, Monday offered; « oui » reports Monday', async (channel, phrasing) => {
    const c = await onSaturday(channel);
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(textBefore('absence.noActivity'));
    expect(offered(replies)).toEqual(YES_NO);
    expect(absences(c)).toEqual([]);
    let next = await c.say('oui');
    // Not said ill: the reason is asked (the day is past its deadline).
    if (offered(next).length === 2) next = await c.say('1');
    if (offered(next).length === 1) await c.say('plus tard');
    // Monday is past its deadline: the absence is noted (the day stays booked, billed without a certificate).
    expect(absences(c)).toEqual([{ day: '2026-12-07' }]);
  });

  it.each(table([['non'], ['2']]))('%s: « %s » to the offer records nothing', async (channel, answer) => {
    const c = await onSaturday(channel);
    await c.say('hugo est malade demain');
    await c.say(answer);
    expect(absences(c)).toEqual([]);
    expect(cancelled(c)).toEqual([]);
  });

  it.each(table([['non mardi'], ['le 8']]))('%s: « %s » to the offer: the absence for that day instead', async (channel, answer) => {
    const c = await onSaturday(channel);
    await c.say('hugo est malade demain');
    const next = await c.say(answer);
    if (offered(next).length === 1) await c.say('plus tard');
    expect(absences(c)).toEqual([{ day: '2026-12-08' }]);
  });

  it.each(table([['hugo est malade demain']]))('%s: « %s » with nothing booked ahead: the day without activity said, the days asked', async (channel, phrasing) => {
    const c = await onSaturday(channel, false);
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(textBefore('absence.noActivity'));
    expect(c.text(replies)).toContain(textBefore('absence.askDays'));
    expect(absences(c)).toEqual([]);
  });
});
