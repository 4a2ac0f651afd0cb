/**
 * More days said right after a booking is confirmed: « et le 26 aussi », « what about the 25th too ». They
 * were not understood (the menu again) or answered with another topic (the rules on a child leaving the country);
 * now the same booking (same child, same activity) for those days, with the usual basket to confirm.
 * « aussi » misspelt or typed by SMS (« ausi », « ossi », « egalemnt ») is read the same.
 * Web Chat and SMS; each row asserts the reservations stored. The clock is Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const active = (c: Chat) =>
  c.core.db.$client
    .prepare("select ch.first_name as child, a.code as activity, r.day from reservations r join children ch on ch.id = r.child_id join activities a on a.id = r.activity_id where r.status != 'cancelled' order by r.day, ch.first_name")
    .all() as Array<{ child: string; activity: string; day: string }>;

async function chat(channelId: string, english = false): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  if (english) await c.say('english');
  return c;
}

describe('more days after a booking confirmed', () => {
  it.each(table([
    ['et le 26 aussi', '2027-01-26'],
    ['le 26 aussi svp', '2027-01-26'],
    ['pareil le 26', '2027-01-26'],
    ['et le mardi 26 aussi', '2027-01-26'],
    // « aussi » misspelt or typed by SMS, politeness around it.
    ['et le 26 ausi', '2027-01-26'],
    ['et le 26 aussi stp', '2027-01-26'],
    ['le 26 aussi', '2027-01-26'],
    ['et le 26 ossi', '2027-01-26'],
    ['le 26 aussii sil vous plait', '2027-01-26'],
    ['et le 26 egalemnt', '2027-01-26'],
  ]))('%s: Léa booked at the morning care on 19 January, then « %s » → the basket, then %s too', async (channel, phrasing, day) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver l\'accueil du matin pour Léa le 19 janvier'))).toEqual(BASKET);
    await c.say('oui');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(active(c)).toEqual([
      { child: 'Léa', activity: 'morning', day: '2027-01-19' },
      { child: 'Léa', activity: 'morning', day },
    ]);
  });

  it.each(table([['what about the 25th too'], ['and the 25th as well']]))('%s: in English, Hugo booked at the canteen on 18 January, then « %s » → the basket, then 25 January too', async (channel, phrasing) => {
    const c = await chat(channel, true);
    await c.say('book the canteen for Hugo on 18 January');
    await c.say('yes');
    const next = await c.say(phrasing);
    // The basket's three options, in English.
    expect(offered(next)).toHaveLength(3);
    await c.say('yes');
    expect(active(c)).toEqual([
      { child: 'Hugo', activity: 'canteen', day: '2027-01-18' },
      { child: 'Hugo', activity: 'canteen', day: '2027-01-25' },
    ]);
  });

  it.each(table([['et le 26 aussi']]))('%s: both children\'s canteen cancelled on 19 January, then « %s » → 26 January cancelled too', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('réserver la cantine pour Léa et Hugo les 19 et 26 janvier');
    await c.say('oui');
    await c.say('annuler la cantine de Léa et Hugo le 19 janvier');
    await c.say('oui');
    expect(active(c).map((r) => r.day)).toEqual(['2027-01-26', '2027-01-26']);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(active(c)).toEqual([]);
  });

  it.each(table([['et le 26 aussi']]))('%s: « %s » with no booking just confirmed is not a booking (the menu)', async (channel, phrasing) => {
    const c = await chat(channel);
    expect(offered(await c.say(phrasing))).not.toEqual(BASKET);
    expect(active(c)).toEqual([]);
  });
});
