/**
 * A day said to be another at the booking basket (« nan le 12 c le 13 pardon », « non le 12 c'est le 13 »): that day
 * swapped alone, the basket's other days kept — also when the day taken back was set aside (no activity that day).
 * Web Chat and SMS; the rows stored once confirmed. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

interface Row { firstName: string; day: string }
const booked = (c: Chat): string[] =>
  (c.core.db.$client
    .prepare("select c.first_name as firstName, r.day as day from reservations r join children c on c.id = r.child_id where r.status = 'confirmed' order by c.first_name, r.day")
    .all() as Row[]).map((r) => `${r.firstName} ${r.day}`);

describe('a day said to be another at the basket', () => {
  it.each(
    table([
      ['nan le 4 c le 5 pardon'],
      ["non le 4 c'est le 5"],
      ["le jeudi 4 c'était plutôt le vendredi 5"],
      ['le jeudi 4 je voulais dire le vendredi 5'],
      ['non je voulais dire le vendredi 5 au lieu du jeudi 4'],
      ['au lieu du jeudi 4 le vendredi 5'],
      ["jeudi 4 c'est plutôt vendredi 5"],
      ['le 4 en fait je voulais dire le 5'],
      ['non au lieu du 4 mettez le 5'],
    ]),
  )('%s: « %s » swaps that day only', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('cantine pour hugo le 2 et le 4 mars'))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['Hugo 2027-03-02', 'Hugo 2027-03-05']);
  });

  it.each(table([['nan le 3 c le 4 pardon']]))('%s: « %s », the 3rd set aside (a Wednesday), keeps the 2nd', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('garderie soir pour hugo le 2 et le 3 mars'))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['Hugo 2027-03-02', 'Hugo 2027-03-04']);
  });
});
