/**
 * « lundi et mardi prochains », « lundi qui vient »: the coming weekdays from today, whatever month is on screen.
 * After « mes réservations de janvier », « hugo est malade il ira pas a l'ecole lundi et mardi prochains » was
 * read as 4–5 January and cancelled them; after « mes réservations de mars », « cantine pour hugo lundi et jeudi
 * prochains » put 1 and 4 March in the basket. Web Chat and SMS; each row asserts the rows stored.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris: next Monday is the 23rd.
 */
import { BASKET, family } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string): Promise<Chat> {
  return (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
}

describe('coming weekdays with another month on screen', () => {
  it.each(table([
    ['hugo est malade il ira pas a l\'ecole lundi et mardi prochains'],
    ['Hugo malade, absent lundi et mardi prochain'],
    ['hugo sera absent lundi et mardi qui viennent'],
  ]))('%s: Hugo booked on 23–24 November and 4–5 January, January shown, then « %s » → the absence is on 23–24 November; January is kept', async (channel, phrasing) => {
    const c = await chat(channel);
    const f = await family(c);
    for (const days of ['les 23 et 24 novembre', 'les 4 et 5 janvier']) {
      expect(offered(await c.say(`réserver la cantine pour Hugo ${days}`))).toEqual(BASKET);
      await c.say('oui');
    }
    await c.say('mes réservations de janvier');
    await c.say(phrasing);
    const absences = (c.core.db.$client.prepare('select day from absences order by day').all() as Array<{ day: string }>).map((a) => a.day);
    const kept = f.booked(f.hugo).filter((r) => r.status === 'confirmed').map((r) => r.day);
    expect(kept).toEqual(expect.arrayContaining(['2027-01-04', '2027-01-05']));
    expect(absences.filter((d) => d.startsWith('2027'))).toEqual([]);
    expect([...absences, ...f.booked(f.hugo).filter((r) => r.status === 'cancelled').map((r) => r.day)].sort()).toEqual(['2026-11-23', '2026-11-24']);
  });

  it.each(table([
    ['cantine pour hugo lundi et jeudi prochains', ['2026-11-23', '2026-11-26']],
    ['cantine pour hugo lundi qui vient', ['2026-11-23']],
    ['cantine pour hugo ce lundi', ['2026-11-23']],
  ]))('%s: March shown, then « %s » → the basket holds %p', async (channel, phrasing, wanted) => {
    const c = await chat(channel);
    const f = await family(c);
    await c.say('mes réservations de mars');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(f.booked(f.hugo).map((r) => r.day)).toEqual(wanted);
  });
});
