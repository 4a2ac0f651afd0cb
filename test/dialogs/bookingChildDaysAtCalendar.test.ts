/**
 * Each child's own days said at the calendar of two children: « Léa les lundis, Hugo les jeudis » was taken as a change of
 * the children alone (« C'est noté : pour Léa, Hugo »; by SMS nothing else), its days dropped, and the end said next gave both
 * children every weekday. Now « Jusqu'à quand ? » is asked and each child keeps its own weekdays up to the end; each child's
 * own dates (« Léa le 4 et Hugo le 7 » at January's calendar booked both children on both days) are theirs. Outcome: the rows booked, by child and day.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { BASKET, bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Row = { child: string; code: string; day: string };
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

async function atCalendar(channel: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine pour Léa et Hugo'))).not.toEqual(BASKET);
  return c;
}

describe("each child's own days at the calendar of both", () => {
  it.each(table([['Léa le 4 et Hugo le 7'], ['Léa le 4, Hugo le 7']]))('%s: January on screen, « %s »: Léa on 4 January, Hugo on the 7th', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa et Hugo en janvier'))).not.toEqual(BASKET);
    expect(offered(await c.say(said))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(bookedByChild(c)).toEqual([
      { child: 'Hugo', code: 'canteen', day: '2027-01-07' },
      { child: 'Léa', code: 'canteen', day: '2027-01-04' },
    ]);
  });

  it.each(table([['Léa les lundis, Hugo les jeudis'], ['Léa les lundis et Hugo les jeudis']]))('%s: « %s », then « jusqu\'à fin décembre »: Léa on Mondays, Hugo on Thursdays', async (channel, said) => {
    const c = await atCalendar(channel);
    expect(offered(await c.say(said))).not.toEqual(BASKET);
    expect(offered(await c.say("jusqu'à fin décembre"))).toEqual(BASKET);
    await c.say('Confirmer');
    const rows = bookedByChild(c) as Row[];
    expect(rows.filter((r) => r.child === 'Léa').length).toBeGreaterThan(1);
    expect(rows.filter((r) => r.child === 'Hugo').length).toBeGreaterThan(1);
    for (const r of rows) expect(weekday(r.day)).toBe(r.child === 'Léa' ? 1 : 4);
  });
});
