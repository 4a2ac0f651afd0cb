/**
 * « la première semaine », « la 2e semaine » of the holidays restricts the booking to that week; « enlève la 2e
 * semaine » at the basket takes that week of its days out. Madame DUPONT (Rémi, holiday centre) at
 * Chanteloup-les-Vignes, Web Chat and SMS; the days stored once confirmed. The clock is Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat): string[] =>
  (c.core.db.$client.prepare("select day from reservations where status in ('confirmed', 'pending') order by day").all() as Array<{ day: string }>).map((r) => r.day);

// The winter holidays of Chanteloup-les-Vignes (its zone): Saturday 6 February to Monday 22 February 2027.
const FIRST = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];
const SECOND = ['2027-02-15', '2027-02-16', '2027-02-17', '2027-02-18', '2027-02-19'];

const dupont = async (channelId: string) =>
  (await signedInChat(chats, { channelId, communeId: 'chanteloup-les-vignes', email: 'aurelie.dupont@example.org', linkFile: 'CLV-F-000042' })).c;

describe('one week of the holidays', () => {
  it.each(table<[0 | 1]>([
    ['je voudrais inscrire rémi au centre de loisirs pendant les vacances de février, la première semaine', 0],
    ['inscrire remi au centre de loisirs la 1ere semaine des vacances de fevrier', 0],
    ['reserver le centre de loisirs pendant les vacances de fevrier pour remi, la 2e semaine', 1],
    ['centre de loisirs la deuxième semaine des vacances d hiver', 1],
  ]))('%s: « %s » → that week alone', async (channel, phrasing, week) => {
    const c = await dupont(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(stored(c)).toEqual(week === 0 ? FIRST : SECOND);
  });

  it.each(table([['enlève la 2e semaine'], ['non pas la deuxième semaine'], ['enlever la derniere semaine']]))('%s: both weeks in the basket, « %s » → the first week alone', async (channel, phrasing) => {
    const c = await dupont(channel);
    expect(offered(await c.say('je voudrais inscrire rémi au centre de loisirs pendant les vacances de février'))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(stored(c)).toEqual(FIRST);
  });
});
